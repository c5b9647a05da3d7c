/**
 * The site's public address (canonical URLs, RSS, the sitemap, JSON-LD, "Lưu bài" links,
 * e-mails): SITE_URL, or SERVER_URL when only that is set. Production refuses to start without
 * one (src/lib/config/checkStartup.ts): every link would otherwise point at localhost.
 */
type Env = Record<string, string | undefined>

export const SITE_URL_HELP =
  'Set SITE_URL to the address readers use, e.g. `SITE_URL=https://danvan.example.gov.vn` in .env ' +
  '(docker compose passes it on; SERVER_URL is used when SITE_URL is not set).'

export function configuredSiteUrl(env: Env): string | null {
  return env.SITE_URL?.trim() || env.SERVER_URL?.trim() || null
}

export function siteUrlProblem(env: Env): string | null {
  if (env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build') return null
  const url = configuredSiteUrl(env)
  if (!url) return `SITE_URL is not set. ${SITE_URL_HELP}`
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return `SITE_URL "${url}" is not an address. ${SITE_URL_HELP}`
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `SITE_URL "${url}" must start with https:// or http://. ${SITE_URL_HELP}`
  return null
}
