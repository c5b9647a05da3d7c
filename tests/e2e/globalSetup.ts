/**
 * Builds the app once (`npm run build` into SITE_DIST_DIR) for every browser test file: the
 * public site's tests and the admin's both run the production server on it, each with its own
 * database. SITE_REUSE_BUILD=1 keeps a build already there; E2E_ADMIN_SERVER=dev builds nothing
 * here (the admin's tests then run `next dev`, and the site's tests build for themselves).
 */
import { buildSite, removeSite, siteEnvironment } from '../support/productionServer'

export default function setup(): void {
  if (process.env.E2E_ADMIN_SERVER === 'dev') return
  const site = siteEnvironment()
  try {
    buildSite(site)
  } finally {
    removeSite(site)
  }
  // the test files' processes start after this and inherit it: they take this build as it is
  process.env.SITE_REUSE_BUILD = '1'
}
