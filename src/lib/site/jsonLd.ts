export type NewsArticleInput = {
  headline: string
  description?: string | null
  /** absolute canonical URL */
  url: string
  datePublished?: string | null
  dateModified?: string | null
  byline?: string | null
  /** the unit the report was published under */
  publisher: string
  /** absolute URLs */
  images: string[]
  section?: string | null
  /** absolute URL of the site's logo */
  logo?: string | null
}

/** schema.org NewsArticle for a report page. Headlines over 110 characters are cut, as Google asks. */
export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const headline = input.headline.length > 110 ? `${input.headline.slice(0, 109).trimEnd()}…` : input.headline
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    inLanguage: 'vi',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    publisher: { '@type': 'Organization', name: input.publisher, ...(input.logo ? { logo: { '@type': 'ImageObject', url: input.logo } } : {}) },
  }
  if (input.description) data.description = input.description
  if (input.datePublished) data.datePublished = new Date(input.datePublished).toISOString()
  if (input.dateModified || input.datePublished) data.dateModified = new Date((input.dateModified ?? input.datePublished)!).toISOString()
  if (input.byline) data.author = [{ '@type': 'Person', name: input.byline }]
  else data.author = [{ '@type': 'Organization', name: input.publisher }]
  if (input.images.length) data.image = input.images
  if (input.section) data.articleSection = input.section
  return data
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export const serializeJsonLd = (data: unknown): string =>
  JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
