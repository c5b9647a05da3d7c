import { describe, expect, it } from 'vitest'
import { addView, drainTally, SeenRecently, totalViews, type ViewTally } from './viewTally'

describe('addView / drainTally', () => {
  it('tallies views per report and Vietnam calendar day', () => {
    const tally: ViewTally = new Map()
    addView(tally, '12', '2026-03-01T16:59:59Z') // 23:59 on 01/03 in Hà Nội
    addView(tally, '12', '2026-03-01T17:00:00Z') // 00:00 on 02/03
    addView(tally, '12', '2026-03-01T23:00:00Z')
    addView(tally, '64b7f0c2a1b2c3d4e5f60718', new Date('2026-03-01T03:00:00Z'))
    expect(drainTally(tally)).toEqual([
      { report: '12', day: '2026-03-01', views: 1 },
      { report: '12', day: '2026-03-02', views: 2 },
      { report: '64b7f0c2a1b2c3d4e5f60718', day: '2026-03-01', views: 1 },
    ])
    // a drained tally starts again from nothing
    expect(tally.size).toBe(0)
    expect(drainTally(tally)).toEqual([])
  })

  it('keeps at most `max` report-days, dropping the oldest (a flood of made-up ids)', () => {
    const tally: ViewTally = new Map()
    for (let i = 0; i < 5; i++) addView(tally, String(i), '2026-03-01T03:00:00Z', 3)
    addView(tally, '4', '2026-03-01T03:00:00Z', 3) // an existing key never evicts
    expect(drainTally(tally).map((b) => [b.report, b.views])).toEqual([['2', 1], ['3', 1], ['4', 2]])
  })
})

describe('totalViews', () => {
  it('is the imported start plus every counted row', () => {
    expect(totalViews(223, [{ count: 2 }, { count: 5 }])).toBe(230)
    expect(totalViews(null, [{ count: 1 }])).toBe(1)
    expect(totalViews(undefined, [])).toBe(0)
  })

  it('ignores what is not a count', () => {
    expect(totalViews(Number.NaN, [{ count: null }, { count: -3 }, { count: 4 }, {}, { count: Number.POSITIVE_INFINITY }])).toBe(4)
  })
})

describe('SeenRecently', () => {
  it('counts a client once per report per window', () => {
    const seen = new SeenRecently(1000, 10)
    expect(seen.firstTime('1.2.3.4 Chrome', '12', 0)).toBe(true)
    expect(seen.firstTime('1.2.3.4 Chrome', '12', 500)).toBe(false)
    expect(seen.firstTime('1.2.3.4 Chrome', '13', 500)).toBe(true)
    expect(seen.firstTime('5.6.7.8 Chrome', '12', 500)).toBe(true)
    expect(seen.firstTime('1.2.3.4 Chrome', '12', 1001)).toBe(true)
  })

  it('keeps at most its bound, forgetting the oldest first', () => {
    const seen = new SeenRecently(60_000, 3)
    for (const report of ['1', '2', '3', '4']) seen.firstTime('a', report, 0)
    expect(seen.firstTime('a', '1', 1)).toBe(true) // forgotten
    expect(seen.firstTime('a', '4', 1)).toBe(false)
  })
})

describe('isBotAgent', () => {
  it('knows crawlers, previewers and scripts that say so', async () => {
    const { isBotAgent } = await import('./viewTally')
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'facebookexternalhit/1.1',
      'Zalo-Preview',
      'curl/8.5.0',
      'python-requests/2.31',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36',
      '',
      null,
    ])
      expect([agent, isBotAgent(agent)]).toEqual([agent, true])
  })
  it('counts readers\' browsers', async () => {
    const { isBotAgent } = await import('./viewTally')
    for (const agent of [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 Zalo android/12.0',
      'Browser-A',
    ])
      expect([agent, isBotAgent(agent)]).toEqual([agent, false])
  })
})
