import { randomBytes } from 'node:crypto'
import { linkAllowed } from '../text/badText'
import type { InlineText, WordBlock, WordTable } from './readDocx'
import type { BodyItem } from './wordToReport'

/**
 * A Word report's body as Lexical's serialised state, in the shapes Payload's editor writes
 * (paragraph, heading, quote, list/listitem, link v3, upload v3 and the table feature's nodes).
 */

type Id = string | number
type Node = Record<string, unknown>

const nodeId = () => randomBytes(12).toString('hex')
const element = (type: string, children: Node[], extra: Node = {}): Node => ({ type, version: 1, format: '', indent: 0, direction: null, children, ...extra })
const text = (piece: InlineText): Node => ({ type: 'text', version: 1, text: piece.text, format: piece.format, detail: 0, mode: 'normal', style: '' })

/** Only links a report may carry (web, e-mail, telephone); any other keeps its words without the link. */
const webLink = (url: string | undefined) => (url && linkAllowed(url) && !/^[#?/]/.test(url.trim()) ? url.trim() : null)

export function inlineNodes(inline: InlineText[]): Node[] {
  const out: Node[] = []
  for (let i = 0; i < inline.length; i++) {
    const url = webLink(inline[i].url)
    if (!url) {
      out.push(text(inline[i]))
      continue
    }
    // the pieces of one link, whatever their formats, go under one link node
    const pieces = [inline[i]]
    while (i + 1 < inline.length && inline[i + 1].url === inline[i].url) pieces.push(inline[++i])
    out.push({ ...element('link', pieces.map(text)), version: 3, id: nodeId(), fields: { linkType: 'custom', url, newTab: false } })
  }
  return out
}

const paragraph = (inline: InlineText[]) => element('paragraph', inlineNodes(inline), { textFormat: 0, textStyle: '' })

/** Nested lists as Lexical keeps them: a nested list sits alone in a list item of its parent list. */
function lists(items: Extract<BodyItem, { kind: 'listItem' }>[]): Node[] {
  const top: Node[] = []
  const base = Math.min(...items.map((i) => i.level))
  type Open = { depth: number; ordered: boolean; node: Node & { children: Node[] } }
  const stack: Open[] = []
  const newList = (depth: number, ordered: boolean): Open => ({ depth, ordered, node: element('list', [], { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' }) as Open['node'] })
  for (const item of items) {
    const depth = Math.min(item.level - base, (stack.at(-1)?.depth ?? -1) + 1)
    while (stack.length && (stack.at(-1)!.depth > depth || (stack.at(-1)!.depth === depth && stack.at(-1)!.ordered !== item.ordered))) stack.pop()
    if (!stack.length || stack.at(-1)!.depth < depth) {
      const list = newList(Math.max(0, depth), item.ordered)
      const parent = stack.at(-1)
      if (parent) parent.node.children.push(element('listitem', [list.node], { indent: parent.depth, value: parent.node.children.length + 1 }))
      else top.push(list.node)
      stack.push(list)
    }
    const open = stack.at(-1)!
    open.node.children.push(element('listitem', inlineNodes(item.inline), { indent: open.depth, value: open.node.children.length + 1 }))
  }
  return top
}

function cellBlocks(blocks: WordBlock[]): Node[] {
  const items: BodyItem[] = []
  for (const b of blocks) {
    if (b.kind === 'paragraph') items.push(b.list ? { kind: 'listItem', level: b.list.level, ordered: b.list.ordered, inline: b.inline } : { kind: 'paragraph', inline: b.inline })
    else if (b.kind === 'table') items.push({ kind: 'table', table: b })
  }
  const nodes = bodyNodes(items, new Map())
  return nodes.length ? nodes : [paragraph([])]
}

function table(t: WordTable): Node {
  return element(
    'table',
    t.rows.map((row) =>
      element(
        'tablerow',
        row.cells.map((cell) => element('tablecell', cellBlocks(cell.blocks), { headerState: row.header ? 1 : 0, colSpan: cell.colSpan, rowSpan: cell.rowSpan, backgroundColor: null })),
      ),
    ),
  )
}

function bodyNodes(items: BodyItem[], photoIds: Map<number, Id>): Node[] {
  const out: Node[] = []
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    switch (item.kind) {
      case 'paragraph':
        out.push(paragraph(item.inline))
        break
      case 'heading':
        // the report's title is the page's h1: Word's Heading 1 is the body's h2
        out.push(element('heading', inlineNodes(item.inline), { tag: `h${Math.min(6, item.level + 1)}` }))
        break
      case 'quote':
        out.push(element('quote', inlineNodes(item.inline)))
        break
      case 'listItem': {
        const run = [item]
        while (items[i + 1]?.kind === 'listItem') run.push(items[++i] as typeof item)
        out.push(...lists(run))
        break
      }
      case 'table':
        out.push(table(item.table))
        break
      case 'photo': {
        const id = photoIds.get(item.index)
        if (id !== undefined) out.push({ type: 'upload', version: 3, format: '', id: nodeId(), fields: null, relationTo: 'media', value: id })
        break
      }
    }
  }
  return out
}

/** The body with each stored photo where it stood; a photo not stored (refused) leaves no node. */
export function wordBodyToLexical(items: BodyItem[], photoIds: Map<number, Id>) {
  return { root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: bodyNodes(items, photoIds) } }
}
