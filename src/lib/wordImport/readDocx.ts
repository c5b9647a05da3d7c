import mammoth from 'mammoth'
import { stripBadCharacters } from '../text/badText'
import type { DocxPackage } from './inspectDocx'

/**
 * A .docx read into the few things a report is made of. mammoth reads the package (styles,
 * numbering, tracked changes accepted, deleted text and comments left out, field results kept);
 * its document model (handed over by its documented `transformDocument` option) is walked here
 * straight into blocks, rather than through its HTML and an HTML-to-Lexical pass: the model
 * already says which paragraph is a list item at which level, which is a heading or a caption,
 * where each picture stands and what its alt text is, and needs no DOM on the server.
 */

/** Lexical's text format bits. */
export const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, subscript: 32, superscript: 64 } as const

export type InlineText = { text: string; format: number; url?: string }
export type ParagraphStyle = 'normal' | 'title' | 'heading' | 'quote' | 'caption'
export type WordParagraph = {
  kind: 'paragraph'
  style: ParagraphStyle
  /** Word's heading level (1 for "Heading 1"). */
  level?: number
  list?: { level: number; ordered: boolean }
  align?: string
  inline: InlineText[]
  /** The paragraph's text, spaces collapsed, NFC. */
  text: string
}
export type WordImage = { kind: 'image'; index: number; contentType: string; altText?: string; read: () => Promise<Buffer> }
export type WordTable = { kind: 'table'; rows: { header: boolean; cells: { colSpan: number; rowSpan: number; blocks: WordBlock[] }[] }[] }
export type WordBlock = WordParagraph | WordImage | WordTable
export type WordDocument = { blocks: WordBlock[]; footnotes: number; comments: number }

type MammothNode = {
  type: string
  children?: MammothNode[]
  value?: string
  styleId?: string | null
  styleName?: string | null
  numbering?: { level: string | number; isOrdered: boolean } | null
  alignment?: string | null
  isBold?: boolean
  isItalic?: boolean
  isUnderline?: boolean
  isStrikethrough?: boolean
  verticalAlignment?: string
  href?: string
  breakType?: string
  isHeader?: boolean
  colSpan?: number
  rowSpan?: number
  altText?: string
  contentType?: string
  /** What mammoth's zip file `read` gave for the picture: here the package's Buffer (readDocx's mammothFile). */
  readAsArrayBuffer?: () => Promise<Buffer>
  notes?: { _notes?: Record<string, unknown> }
  comments?: unknown[]
}

function styleOf(node: MammothNode): Pick<WordParagraph, 'style' | 'level'> {
  const name = (node.styleName ?? node.styleId ?? '').trim()
  if (/^(title|tiêu đề)$/i.test(name)) return { style: 'title' }
  const heading = /^(?:heading|đầu đề)\s*(\d)$/i.exec(name)
  if (heading) return { style: 'heading', level: Number(heading[1]) }
  if (/^(?:intense\s+)?quote$|^(?:block\s*text)$|^trích dẫn/i.test(name)) return { style: 'quote' }
  if (/^(caption|chú thích)$/i.test(name)) return { style: 'caption' }
  return { style: 'normal' }
}

function formatOf(run: MammothNode): number {
  let format = 0
  if (run.isBold) format |= FORMAT.bold
  if (run.isItalic) format |= FORMAT.italic
  if (run.isUnderline) format |= FORMAT.underline
  if (run.isStrikethrough) format |= FORMAT.strikethrough
  if (run.verticalAlignment === 'subscript') format |= FORMAT.subscript
  if (run.verticalAlignment === 'superscript') format |= FORMAT.superscript
  return format
}

/**
 * Text as one line: NFC, no control or invisible characters, every run of white space (tabs,
 * manual line breaks, no-break spaces) one space, nothing at either end. Adjacent pieces of
 * the same format and link are merged.
 */
export function tidyInline(pieces: InlineText[]): InlineText[] {
  const out: InlineText[] = []
  for (const piece of pieces) {
    let text = stripBadCharacters(piece.text.normalize('NFC')).replace(/\u00AD/g, '').replace(/\s+/g, ' ')
    const previous = out[out.length - 1]
    if (text.startsWith(' ') && (!previous || previous.text.endsWith(' '))) text = text.slice(1)
    if (!text) continue
    if (previous && previous.format === piece.format && previous.url === piece.url) previous.text += text
    else out.push({ text, format: piece.format, ...(piece.url ? { url: piece.url } : {}) })
  }
  const last = out[out.length - 1]
  if (last) {
    last.text = last.text.replace(/ $/, '')
    if (!last.text) out.pop()
  }
  for (const piece of out) piece.text = piece.text.normalize('NFC')
  return out
}

/** Walks a mammoth document into blocks; a picture inside a paragraph splits it where it stands. */
class Walker {
  images = 0

  blocks(nodes: MammothNode[]): WordBlock[] {
    const out: WordBlock[] = []
    for (const node of nodes) {
      if (node.type === 'paragraph') this.paragraph(node, out)
      else if (node.type === 'table') out.push(...this.table(node))
    }
    return out
  }

  paragraph(node: MammothNode, out: WordBlock[]) {
    const base = {
      kind: 'paragraph' as const,
      ...styleOf(node),
      ...(node.numbering ? { list: { level: Number(node.numbering.level) || 0, ordered: node.numbering.isOrdered } } : {}),
      ...(node.alignment ? { align: node.alignment } : {}),
    }
    let pieces: InlineText[] = []
    const flush = () => {
      const inline = tidyInline(pieces)
      pieces = []
      if (inline.length) out.push({ ...base, inline, text: inline.map((p) => p.text).join('') })
    }
    const visit = (n: MammothNode, format: number, url?: string) => {
      switch (n.type) {
        case 'text':
          pieces.push({ text: n.value ?? '', format, ...(url ? { url } : {}) })
          return
        case 'tab':
          pieces.push({ text: ' ', format, ...(url ? { url } : {}) })
          return
        case 'break':
          // manual line and page breaks inside a paragraph: the text runs on
          pieces.push({ text: ' ', format })
          return
        case 'image':
          flush()
          // the package's own Buffer (readAsBuffer would copy each photo once more)
          out.push({ kind: 'image', index: this.images++, contentType: n.contentType ?? '', altText: n.altText?.trim() || undefined, read: () => n.readAsArrayBuffer!() })
          return
        case 'run':
          for (const child of n.children ?? []) visit(child, formatOf(n), url)
          return
        case 'hyperlink':
          for (const child of n.children ?? []) visit(child, format, n.href || undefined)
          return
        default:
          // bookmarks, comment and note references, checkboxes: nothing of the text
          for (const child of n.children ?? []) visit(child, format, url)
      }
    }
    for (const child of node.children ?? []) visit(child, 0)
    flush()
  }

  table(node: MammothNode): WordBlock[] {
    const pictures: WordBlock[] = []
    const rows = (node.children ?? [])
      .filter((r) => r.type === 'tableRow')
      .map((row) => ({
        header: Boolean(row.isHeader),
        cells: (row.children ?? [])
          .filter((c) => c.type === 'tableCell')
          .map((cell) => {
            const blocks = this.blocks(cell.children ?? [])
            // a picture inside a table is kept, after the table
            pictures.push(...blocks.filter((b) => b.kind === 'image'))
            return { colSpan: cell.colSpan ?? 1, rowSpan: cell.rowSpan ?? 1, blocks: blocks.filter((b) => b.kind !== 'image') }
          }),
      }))
      .filter((row) => row.cells.length > 0)
    return rows.length ? [{ kind: 'table', rows }, ...pictures] : pictures
  }
}

/**
 * The checked package as mammoth's zip file (its `{ file }` input: `exists` and `read`), so it
 * reads the very parts inspectDocx unpacked and counted. Word's simple fields (`w:fldSimple`,
 * e.g. a date or a document property) are unwrapped to the text they show, which mammoth 1.13
 * would otherwise leave out.
 */
function mammothFile(pkg: DocxPackage) {
  return {
    exists: (name: string) => pkg.exists(name),
    read: async (name: string, encoding?: string) => {
      // pictures: unpacked off the main thread when the importer reads them
      if (!encoding) return pkg.read(name)
      const text = pkg.text(name) ?? pkg.bytes(name).toString('utf8')
      return /^word\/.*\.xml$/.test(name) ? text.replace(/<w:fldSimple\b[^>]*\/>|<w:fldSimple\b[^>]*>|<\/w:fldSimple>/g, '') : text
    },
  }
}

/** Reads a checked .docx (inspectDocx) into blocks; pictures are unpacked only when read. */
export async function readDocx(pkg: DocxPackage): Promise<WordDocument> {
  let captured: MammothNode | null = null
  await mammoth.convertToHtml(
    // `file` is mammoth's own input for an opened package (lib/unzip.js), beside path and buffer
    { file: mammothFile(pkg) } as unknown as { buffer: Buffer },
    {
      externalFileAccess: false,
      // the HTML is not used: convert nothing, read no picture
      transformDocument: (document: MammothNode) => {
        captured = document
        return { ...document, children: [] }
      },
    },
  )
  const document = captured as MammothNode | null
  if (!document) return { blocks: [], footnotes: 0, comments: 0 }
  const walker = new Walker()
  return {
    blocks: walker.blocks(document.children ?? []),
    footnotes: Object.keys(document.notes?._notes ?? {}).length,
    comments: document.comments?.length ?? 0,
  }
}
