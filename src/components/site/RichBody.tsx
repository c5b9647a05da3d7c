import { LinkJSXConverter, RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { pictureOf, type MediaLike } from '@/lib/site/images'
import { reportPath } from '@/lib/site/urls'
import { Figure } from './Picture'

type LinkNode = { fields?: { doc?: { relationTo?: string; value?: { slug?: string; unit?: { slug?: string } } | number } } }

/** Internal links to reports go to the report's public address; anything else to the home page. */
function internalDocToHref({ linkNode }: { linkNode: unknown }): string {
  const doc = (linkNode as LinkNode).fields?.doc
  const value = doc?.value
  if (doc?.relationTo === 'reports' && value && typeof value === 'object' && value.slug && value.unit?.slug) return reportPath(value.unit, value)
  return '/'
}

/** Photos inside the body use the pipeline's sizes and keep their captions and credits; relationship nodes show nothing. */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...LinkJSXConverter({ internalDocToHref: internalDocToHref as never }),
  upload: ({ node }) => {
    const picture = pictureOf((node as { value?: unknown }).value as MediaLike, 'hero')
    if (!picture) return null
    return <Figure picture={picture} caption={picture.caption} sizes="(min-width: 960px) 44rem, 100vw" />
  },
  relationship: () => null,
  // Tables (pasted from Word, mostly) scroll within themselves on a phone instead of widening the
  // page; a scrollable region is focusable so the keyboard can scroll it too. Borders come from site.css.
  table: ({ node, nodesToJSX }) => (
    <div className="table-scroll" role="region" aria-label="Bảng" tabIndex={0}>
      <table>
        <tbody>{nodesToJSX({ nodes: node.children })}</tbody>
      </table>
    </div>
  ),
  tablecell: ({ node, nodesToJSX }) => {
    const Cell = node.headerState > 0 ? 'th' : 'td'
    return (
      <Cell colSpan={node.colSpan && node.colSpan > 1 ? node.colSpan : undefined} rowSpan={node.rowSpan && node.rowSpan > 1 ? node.rowSpan : undefined}>
        {nodesToJSX({ nodes: node.children })}
      </Cell>
    )
  },
})

export function RichBody({ data }: { data: unknown }) {
  if (!data || typeof data !== 'object') return null
  return <RichText className="article__body" data={data as never} converters={converters} />
}
