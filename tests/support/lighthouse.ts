/**
 * Lighthouse 12 (npm) against Debian's Chromium, offline: the same browser and flags as the
 * browser tests (tests/e2e/browser.ts), nothing downloaded. Performance, accessibility, best
 * practices and SEO, each score 0–100, as Lighthouse's mobile run (simulated slow 4G and a 4×
 * slower CPU, worked out from one real load) or its desktop preset.
 */
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number]
/** `mainThreadMs`: Lighthouse's main-thread work (its 4x CPU multiplier applied on mobile), steadier than the score on a loaded machine. */
export type LighthouseResult = { url: string; formFactor: FormFactor; scores: Record<LighthouseCategory, number>; mainThreadMs: number; failing: string[] }
export type FormFactor = 'mobile' | 'desktop'

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** One Chromium for every address, one Lighthouse run each, in turn. */
export async function lighthouseScores(urls: string[], formFactor: FormFactor = 'mobile'): Promise<LighthouseResult[]> {
  const config = formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined
  const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', chromeFlags: FLAGS })
  try {
    const results: LighthouseResult[] = []
    for (const url of urls) {
      const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] }, config)
      if (!run || run.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${run?.lhr.runtimeError?.message ?? 'no result'}`)
      const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, Math.round((run.lhr.categories[c]?.score ?? 0) * 100)])) as Record<LighthouseCategory, number>
      // what cost points, to say why in a failure
      const failing = Object.values(run.lhr.audits)
        .filter((a) => typeof a.score === 'number' && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`)
      results.push({ url, formFactor, scores, mainThreadMs: Math.round(run.lhr.audits['mainthread-work-breakdown']?.numericValue ?? 0), failing })
    }
    return results
  } finally {
    chrome.kill()
  }
}
