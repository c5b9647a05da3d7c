/**
 * Lighthouse on the production server (`npm run build`, then dist/serve.mjs as `npm start` runs
 * it): home, a report, a unit, /en and the model directory, each page served once from the cache
 * first (as readers get it). Debian's Chromium, offline (tests/support/lighthouse.ts).
 *
 * Both Lighthouse's mobile run (a 4× slower CPU simulated from this machine's own timings) and
 * its desktop preset. Goal: at least 95 in performance, accessibility, best practices and SEO on
 * every page; LIGHTHOUSE_FORM=mobile or desktop runs one. Each page's main-thread work is printed
 * too: the score follows the machine's load more than the work does.
 * Not in `npm test`: five runs take minutes on two cores, and the performance score follows the
 * machine's load. SITE_REUSE_BUILD=1 takes a build already there.
 */
import { LIGHTHOUSE_CATEGORIES, lighthouseScores, type FormFactor } from '../tests/support/lighthouse'
import { buildSite, prepareDatabase, removeSite, siteEnvironment, startSite } from '../tests/support/productionServer'

const GOAL = 95
const site = siteEnvironment()
let server: Awaited<ReturnType<typeof startSite>> | undefined
let failed = false
try {
  console.log('building…')
  buildSite(site)
  console.log('preparing the database…')
  const fx = prepareDatabase(site)
  server = await startSite(site)
  const pages = { home: '/', report: fx.reports.main.path, unit: fx.units.haiDuong.path, english: '/en', models: '/mo-hinh' }
  for (const p of Object.values(pages)) for (let i = 0; i < 3; i++) await (await fetch(`${server.url}${p}`)).text()
  const forms = (process.env.LIGHTHOUSE_FORM ? [process.env.LIGHTHOUSE_FORM] : ['mobile', 'desktop']) as FormFactor[]
  for (const form of forms) {
    const results = await lighthouseScores(
      Object.values(pages).map((p) => `${server!.url}${p}`),
      form,
    )
    for (const [name, result] of Object.entries(pages).map(([name], i) => [name, results[i]] as const)) {
      const low = LIGHTHOUSE_CATEGORIES.filter((c) => result.scores[c] < GOAL)
      if (low.length) failed = true
      const scores = LIGHTHOUSE_CATEGORIES.map((c) => `${c} ${result.scores[c]}`).join(', ')
      console.log(
        `bench lighthouse ${form} ${name}: ${scores}, main thread ${result.mainThreadMs} ms (goal ≥${GOAL})${low.length ? ` — below: ${low.join(', ')}; ${result.failing.join(', ')}` : ''}`,
      )
    }
  }
} finally {
  await server?.stop()
  removeSite(site)
}
process.exit(failed ? 1 : 0)
