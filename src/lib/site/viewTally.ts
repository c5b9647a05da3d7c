import { dayVN } from '../format/dates'

/**
 * Views counted in memory and not yet written, per report and Vietnam calendar day (a burst
 * of readers of one report costs one write per flush). Keys are `${report} ${day}`.
 */
export type ViewTally = Map<string, number>

export type ViewBatch = { report: string; day: string; views: number }

/** Counts one view of a report at a moment, on that moment's Vietnam day. */
export function addView(tally: ViewTally, report: string, at: string | Date, max = 10_000): void {
  const key = `${report} ${dayVN(at)}`
  const current = tally.get(key)
  // a flood of made-up ids must not grow the tally without end: the oldest entry goes
  if (current === undefined && tally.size >= max) tally.delete(tally.keys().next().value as string)
  tally.set(key, (current ?? 0) + 1)
}

/** Takes everything tallied so far (the tally is left empty), in the order it came. */
export function drainTally(tally: ViewTally): ViewBatch[] {
  const batch = [...tally].map(([key, views]) => {
    const [report, day] = key.split(' ')
    return { report, day, views }
  })
  tally.clear()
  return batch
}

const countOf = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0)

/** A report's views: the count imported from its old site plus every counted row. */
export function totalViews(start: unknown, rows: Array<{ count?: unknown }>): number {
  return rows.reduce<number>((sum, row) => sum + countOf(row.count), countOf(start))
}

/**
 * Who has already been counted for a report in the current window: one view per client
 * (address and browser) per report per window, so reloading a page, or a script posting
 * the beacon in a loop, adds one view, not thousands. Bounded: when full, the oldest go.
 */
export class SeenRecently {
  private readonly seen = new Map<string, number>()
  constructor(
    private readonly windowMs = 30 * 60_000,
    private readonly max = 100_000,
  ) {}

  /** True the first time a client reads a report in the window (count it); false after. */
  firstTime(client: string, report: string, now: number): boolean {
    const key = `${client}\u0000${report}`
    const until = this.seen.get(key)
    if (until !== undefined && until > now) return false
    this.seen.delete(key) // re-inserted at the end: the map stays in order of expiry
    if (this.seen.size >= this.max) this.seen.delete(this.seen.keys().next().value as string)
    this.seen.set(key, now + this.windowMs)
    return true
  }
}

// crawlers, link previewers, monitors and scripted clients that name themselves in the User-Agent
const BOT_AGENT = /bot\b|bot\/|crawl|spider|slurp|facebookexternalhit|embedly|preview|monitor|pingdom|uptime|headless|lighthouse|curl\/|wget\/|python-requests|python-urllib|go-http-client|java\/|okhttp|axios\/|node-fetch|libwww|httpclient|scrapy|phantomjs/i

/** Whether a User-Agent says it is no human reader (empty ones included): such visits are not counted. */
export function isBotAgent(userAgent: string | null | undefined): boolean {
  const agent = (userAgent ?? '').trim()
  return agent === '' || BOT_AGENT.test(agent)
}
