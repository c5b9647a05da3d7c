import { rfc822 } from '../format/dates'
import { xmlText } from './xml'

export type FeedItem = {
  title: string
  /** absolute URL */
  link: string
  description?: string | null
  publishedAt?: string | null
  category?: string | null
  author?: string | null
  /** absolute URL of an image, sent as an enclosure */
  image?: { url: string; type: string; length?: number } | null
}

export type Feed = {
  title: string
  /** absolute URL of the HTML page the feed mirrors */
  link: string
  /** absolute URL of the feed itself */
  self: string
  description: string
  items: FeedItem[]
  /** for lastBuildDate; defaults to the newest item's date */
  updatedAt?: string | null
}

/**
 * An RSS 2.0 document: channel title, link and description (the three the spec requires),
 * language, lastBuildDate and an atom:link to itself; each item with title, link, a
 * permalink guid, description, pubDate, category, the byline as dc:creator (RSS's own
 * <author> must be an e-mail address) and the featured photo as an enclosure.
 */
export function buildRss(feed: Feed): string {
  const newest = feed.updatedAt ?? feed.items.find((i) => i.publishedAt)?.publishedAt ?? null
  const items = feed.items.map((item) => {
    const parts = [
      `<title>${xmlText(item.title)}</title>`,
      `<link>${xmlText(item.link)}</link>`,
      `<guid isPermaLink="true">${xmlText(item.link)}</guid>`,
    ]
    if (item.description) parts.push(`<description>${xmlText(item.description)}</description>`)
    if (item.publishedAt) parts.push(`<pubDate>${rfc822(item.publishedAt)}</pubDate>`)
    if (item.category) parts.push(`<category>${xmlText(item.category)}</category>`)
    if (item.author) parts.push(`<dc:creator>${xmlText(item.author)}</dc:creator>`)
    if (item.image) parts.push(`<enclosure url="${xmlText(item.image.url)}" type="${xmlText(item.image.type)}" length="${item.image.length ?? 0}"/>`)
    return `<item>${parts.join('')}</item>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${xmlText(feed.title)}</title>`,
    `<link>${xmlText(feed.link)}</link>`,
    `<description>${xmlText(feed.description)}</description>`,
    '<language>vi</language>',
    `<atom:link href="${xmlText(feed.self)}" rel="self" type="application/rss+xml"/>`,
    newest ? `<lastBuildDate>${rfc822(newest)}</lastBuildDate>` : '',
    '<generator>Dân vận CMS</generator>',
    ...items,
    '</channel>',
    '</rss>',
    '',
  ]
    .filter(Boolean)
    .join('\n')
}
