/**
 * Word's clipboard HTML → clean semantic HTML for the rich-text editor.
 *
 * Word (2010 to 365, Windows and Mac; Outlook too) writes lists as paragraphs styled
 * `mso-list:l0 level2 lfo1` whose bullet or number is drawn by a marker span
 * (`<span style='mso-list:Ignore'>·…</span>`, between `<![if !supportLists]>` and
 * `<![endif]>`), so a plain HTML import shows "·" and "o" paragraphs. This rebuilds real nested
 * <ul>/<ol> from them and keeps what a report needs: paragraphs, headings, tables (cell
 * paragraphs unwrapped), bold, italic, underline, strikethrough, sub/superscript and web links.
 * Everything else (classes, styles, <o:p>, conditional comments, <style>, VML, language spans,
 * hidden text, empty paragraphs, page breaks, runs of &nbsp;) is dropped; text is NFC.
 *
 * Written against the DOM API only, so it runs in the browser (DOMParser) and under a DOM
 * implementation in unit tests.
 */

/** Clipboard HTML from Word, Outlook or Excel: their Office namespaces, Mso classes or mso- styles. */
export function isWordHtml(html: string): boolean {
  return /urn:schemas-microsoft-com:office|\bclass=["']?(?:Mso|xl\d)|\bmso-[a-z]/i.test(html)
}

export type ParseHtml = (html: string) => Document

const parseWithDomParser: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html')

export function cleanWordHtml(html: string, parse: ParseHtml = parseWithDomParser): string {
  const doc = parse(prepare(html))
  const out = doc.createElement('div')
  new Converter(doc).blocks(doc.body, out, NO_MARKS)
  finalize(out)
  return out.innerHTML
}

/** Conditional markup Word leaves for old browsers that no parser should see. */
function prepare(html: string): string {
  return (
    html
      // the zero-height row Word appends to tables with merged cells
      .replace(/<!(?:--)?\[if !supportMisalignedColumns\](?:--)?>[\s\S]*?<!(?:--)?\[endif\](?:--)?>/gi, '')
      // Word's downlevel conditionals as ordinary comments, so every parser reads them alike
      .replace(/<!\[(if [^\]]*|endif)\]>/gi, '<!--[$1]-->')
  )
}

type Marks = {
  bold: boolean
  italic: boolean
  underline: boolean
  strike: boolean
  script: 'sub' | 'sup' | null
  href: string | null
}

const NO_MARKS: Marks = { bold: false, italic: false, underline: false, strike: false, script: null, href: null }

/** Elements dropped with everything inside them. */
const DROP = new Set(['head', 'style', 'script', 'meta', 'link', 'title', 'xml', 'img', 'picture', 'svg', 'object', 'embed', 'iframe', 'input', 'button', 'select', 'textarea', 'map', 'area', 'canvas', 'video', 'audio', 'noscript', 'template', 'col', 'colgroup', 'hr'])

/** Elements that start a new block; anything else is inline and unwrapped. */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul'])

const BLOCK_SELECTOR = Array.from(BLOCKS).join(',')

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Blocks of the output whose children are inline content. */
const TEXT_BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,td,th'

const MARK_TAGS = new Set(['a', 'strong', 'em', 'u', 's', 'sub', 'sup'])

function tagOf(el: Element): string {
  // tagName, not localName: an HTML parser gives Word's <o:p> the tag name "O:P"
  return el.tagName.toLowerCase()
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1
}

function isText(node: Node): node is Text {
  return node.nodeType === 3
}

/** An element's inline style as lower-cased properties (CSSStyleDeclaration would drop the mso- ones). */
function styleOf(el: Element): Map<string, string> {
  const style = new Map<string, string>()
  for (const part of (el.getAttribute('style') ?? '').split(';')) {
    const colon = part.indexOf(':')
    if (colon > 0) style.set(part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).replace(/\s+/g, ' ').trim().toLowerCase())
  }
  return style
}

function isDropped(el: Element): boolean {
  const tag = tagOf(el)
  if (DROP.has(tag)) return true
  // Office namespaces: o:p (Word's empty-paragraph filler), v: shapes (drawn twice: as VML and as a fallback)
  if (/^[ov]:/.test(tag)) return true
  const style = styleOf(el)
  return style.get('display') === 'none' || style.get('mso-hide') === 'all' || style.get('visibility') === 'hidden' || style.get('mso-list') === 'ignore'
}

function isPageBreak(el: Element): boolean {
  const style = styleOf(el)
  return /always|page/.test(style.get('page-break-before') ?? '') || /always|page/.test(style.get('page-break-after') ?? '') || /page|section|column/.test(style.get('mso-break-type') ?? '') || style.get('mso-column-break-before') === 'always'
}

function safeHref(href: string | null): string | null {
  const value = href?.trim()
  return value && /^(https?:|mailto:|tel:)/i.test(value) ? value : null
}

function marksOf(el: Element, inherited: Marks): Marks {
  const marks = { ...inherited }
  const tag = tagOf(el)
  if (tag === 'b' || tag === 'strong') marks.bold = true
  if (tag === 'i' || tag === 'em') marks.italic = true
  if (tag === 'u' || tag === 'ins') marks.underline = true
  if (tag === 's' || tag === 'strike' || tag === 'del') marks.strike = true
  if (tag === 'sub' || tag === 'sup') marks.script = tag
  if (tag === 'a') marks.href = safeHref(el.getAttribute('href')) ?? marks.href
  const style = styleOf(el)
  // only the plain properties: Word's mso-bidi-font-weight:normal on a <b> does not unbold it
  const weight = style.get('font-weight')
  if (weight) marks.bold = /^(bold|bolder|[6-9]00)$/.test(weight) ? true : /^(normal|lighter|[1-4]00)$/.test(weight) ? false : marks.bold
  const fontStyle = style.get('font-style')
  if (fontStyle) marks.italic = fontStyle === 'italic' || fontStyle === 'oblique' ? true : fontStyle === 'normal' ? false : marks.italic
  const decoration = style.get('text-decoration') ?? style.get('text-decoration-line')
  if (decoration) {
    if (decoration.includes('none')) marks.underline = marks.strike = false
    if (decoration.includes('underline')) marks.underline = true
    if (decoration.includes('line-through')) marks.strike = true
  }
  const align = style.get('vertical-align')
  if (align === 'super' || align === 'sub') marks.script = align === 'super' ? 'sup' : 'sub'
  return marks
}

type ListKind = { kind: 'bullet' } | { kind: 'number'; start: number } | { kind: 'literal' }

/** What a list marker means: a bullet, a number to count from, or text to keep as written ("Điều 1.", "1.1."). */
export function classifyMarker(marker: string, font: string): ListKind {
  const m = marker.replace(/[\s\u00a0]+/g, '')
  if (!m) return { kind: 'literal' }
  // Symbol, Wingdings and Webdings draw letters as pictures (Wingdings "Ø" is an arrow, "§" a square)
  if (/symbol|wingdings|webdings/i.test(font)) return { kind: 'bullet' }
  if (m.length === 1 && !/[\p{L}\p{N}]/u.test(m)) return { kind: 'bullet' }
  if (m === 'o') return { kind: 'bullet' } // Courier New "o", Word's second-level bullet
  const number = /^\(?(\d+|[a-z]|[ivxlcdm]+)[.)]$/i.exec(m) ?? /^(\d+)$/.exec(m)
  if (number) return { kind: 'number', start: ordinal(number[1]) }
  return { kind: 'literal' }
}

function ordinal(token: string): number {
  if (/^\d+$/.test(token)) return Number(token)
  const lower = token.toLowerCase()
  if (lower.length > 1 || lower === 'i') return roman(lower)
  return lower.charCodeAt(0) - 96
}

function roman(value: string): number {
  const digits: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 }
  let total = 0
  for (let i = 0; i < value.length; i++) {
    const digit = digits[value[i]]
    const next = digits[value[i + 1]] ?? 0
    total += digit < next ? -digit : digit
  }
  return total
}

type ListParagraph = { level: number; listId: string; marker: string; font: string; markerNodes: Node[]; ignoreSpan: Element | null }

/** A Word list paragraph's level, list and marker; null for any other element. */
function readListParagraph(el: Element): ListParagraph | null {
  const msoList = styleOf(el).get('mso-list') ?? ''
  const level = /level(\d+)/.exec(msoList)
  if (!level) return null
  const listId = `${/\bl(\d+)/.exec(msoList)?.[1] ?? ''}-${/lfo(\d+)/.exec(msoList)?.[1] ?? ''}`
  const markerNodes = nodesBetweenSupportListsComments(el)
  const ignoreSpan = findIgnoreSpan(el)
  const markerRoot = ignoreSpan ?? markerNodes.find(isElement) ?? null
  const marker = ignoreSpan ? (ignoreSpan.textContent ?? '') : markerNodes.map((node) => node.textContent ?? '').join('')
  let font = ''
  for (let node: Element | null = markerRoot; node && node !== el && !font; node = node.parentElement) font = styleOf(node).get('font-family') ?? ''
  if (!font && markerRoot) for (const inner of Array.from(markerRoot.querySelectorAll('[style]'))) font ||= styleOf(inner).get('font-family') ?? ''
  return { level: Number(level[1]), listId, marker, font, markerNodes, ignoreSpan }
}

function findIgnoreSpan(el: Element): Element | null {
  for (const candidate of Array.from(el.querySelectorAll('[style]'))) if (styleOf(candidate).get('mso-list') === 'ignore') return candidate
  return null
}

/** The marker Word puts between `[if !supportLists]` and `[endif]` comments (siblings of one parent). */
function nodesBetweenSupportListsComments(el: Element): Node[] {
  const nodes: Node[] = []
  const visit = (parent: Node) => {
    let inside = false
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === 8) {
        const data = (child as Comment).data.trim().toLowerCase()
        if (data === '[if !supportlists]') inside = true
        else if (data === '[endif]') inside = false
      } else if (inside) nodes.push(child)
      else visit(child)
    }
  }
  visit(el)
  return nodes
}

type ListItem = { level: number; listId: string; tag: 'ul' | 'ol'; start: number; li: Element }

class Converter {
  constructor(private readonly doc: Document) {}

  private create(tag: string): Element {
    return this.doc.createElement(tag)
  }

  /** Block content of `parent` appended to `out`: paragraphs, headings, lists, tables. */
  blocks(parent: Node, out: Element, marks: Marks): void {
    let paragraph: Element | null = null
    let items: ListItem[] = []
    const flushParagraph = () => {
      if (paragraph) out.append(paragraph)
      paragraph = null
    }
    const flushList = () => {
      if (items.length) out.append(...buildLists(items, (tag) => this.create(tag)))
      items = []
    }
    for (const child of Array.from(parent.childNodes)) {
      if (isText(child)) {
        // the line breaks between Word's paragraphs are source formatting, not text
        if (!paragraph && !child.data.replace(/[\s\u00a0]+/g, '')) continue
        flushList()
        paragraph ??= this.create('p')
        this.text(child.data, marks, paragraph)
        continue
      }
      if (!isElement(child) || isDropped(child)) continue
      const tag = tagOf(child)
      const childMarks = marksOf(child, marks)
      if (!BLOCKS.has(tag) && !child.querySelector(BLOCK_SELECTOR)) {
        if (tag === 'br') {
          if (paragraph && !isPageBreak(child)) paragraph.append(this.create('br'))
          continue
        }
        flushList()
        paragraph ??= this.create('p')
        this.inline(child, childMarks, paragraph)
        continue
      }
      flushParagraph()
      const listParagraph = readListParagraph(child)
      if (listParagraph) {
        const kind = classifyMarker(listParagraph.marker, listParagraph.font)
        // numbered headings ("I. KẾT QUẢ ĐẠT ĐƯỢC") stay headings, their number written out
        if (kind.kind !== 'literal' && !HEADINGS.has(tag)) {
          for (const node of listParagraph.markerNodes) node.parentNode?.removeChild(node)
          listParagraph.ignoreSpan?.remove()
          const li = this.create('li')
          this.inline(child, childMarks, li)
          items.push({ level: listParagraph.level, listId: listParagraph.listId, tag: kind.kind === 'number' ? 'ol' : 'ul', start: kind.kind === 'number' ? kind.start : 1, li })
          continue
        }
        if (listParagraph.ignoreSpan) listParagraph.ignoreSpan.replaceWith(this.doc.createTextNode(`${listParagraph.marker.replace(/[\s\u00a0]+/g, ' ').trim()} `))
      } else if (items.length && /^MsoListParagraphCxSp(Middle|Last)$/i.test(child.getAttribute('class') ?? '')) {
        // an unnumbered paragraph inside a list continues the item above it
        const li = items[items.length - 1].li
        li.append(this.create('br'))
        this.inline(child, childMarks, li)
        continue
      }
      flushList()
      if (tag === 'table') out.append(...this.table(child, childMarks))
      else if (tag === 'ul' || tag === 'ol') out.append(this.list(child, childMarks))
      else if (HEADINGS.has(tag) || ['p', 'li', 'pre', 'address', 'dt', 'dd', 'caption', 'figcaption'].includes(tag)) {
        const block = this.create(HEADINGS.has(tag) ? tag : 'p')
        this.inline(child, childMarks, block)
        out.append(block)
      } else this.blocks(child, out, childMarks) // div, section, blockquote, a <span> around blocks…
    }
    flushParagraph()
    flushList()
  }

  /** Inline content of `parent` appended to `target`; blocks met inside become line breaks. */
  inline(parent: Node, marks: Marks, target: Element): void {
    for (const child of Array.from(parent.childNodes)) this.inlineNode(child, marks, target)
  }

  private inlineNode(node: Node, marks: Marks, target: Element): void {
    if (isText(node)) return this.text(node.data, marks, target)
    if (!isElement(node) || isDropped(node)) return
    const tag = tagOf(node)
    if (tag === 'br') {
      if (!isPageBreak(node)) target.append(this.create('br'))
      return
    }
    if ((tag === 'ul' || tag === 'ol') && tagOf(target) === 'li') {
      target.append(this.list(node, marks))
      return
    }
    if (tag === 'td' || tag === 'th') this.text(' ', marks, target)
    const block = BLOCKS.has(tag)
    if (block) this.lineBreak(target)
    this.inline(node, marksOf(node, marks), target)
    if (block) this.lineBreak(target)
  }

  private lineBreak(target: Element): void {
    const last = target.lastChild
    if (last && !(isElement(last) && tagOf(last) === 'br')) target.append(this.create('br'))
  }

  /** Text wrapped in its marks, outermost first: link, bold, italic, underline, strikethrough, sub/sup. */
  private text(text: string, marks: Marks, target: Element): void {
    let node: Node = this.doc.createTextNode(text)
    const wrap = (tag: string): Element => {
      const el = this.create(tag)
      el.append(node)
      node = el
      return el
    }
    if (marks.script) wrap(marks.script)
    if (marks.strike) wrap('s')
    if (marks.underline) wrap('u')
    if (marks.italic) wrap('em')
    if (marks.bold) wrap('strong')
    if (marks.href) wrap('a').setAttribute('href', marks.href)
    target.append(node)
  }

  /** A semantic <ul>/<ol> (HTML that already has them). */
  private list(el: Element, marks: Marks): Element {
    const tag = tagOf(el) === 'ol' ? 'ol' : 'ul'
    const list = this.create(tag)
    const start = Number(el.getAttribute('start'))
    if (tag === 'ol' && Number.isInteger(start) && start > 1) list.setAttribute('start', String(start))
    for (const child of Array.from(el.childNodes)) {
      if (isElement(child) && isDropped(child)) continue
      if (isText(child) && !child.data.trim()) continue
      const li = this.create('li')
      if (isElement(child) && tagOf(child) === 'li') this.inline(child, marksOf(child, marks), li)
      else if (isElement(child) && (tagOf(child) === 'ul' || tagOf(child) === 'ol')) li.append(this.list(child, marks))
      else this.inlineNode(child, marks, li)
      list.append(li)
    }
    return list
  }

  /** A table as rows of cells, each cell's paragraphs unwrapped into lines; its caption a paragraph before it. */
  private table(el: Element, marks: Marks): Element[] {
    const result: Element[] = []
    const table = this.create('table')
    const body = this.create('tbody')
    table.append(body)
    const rows: Element[] = []
    for (const child of Array.from(el.children)) {
      const tag = tagOf(child)
      if (tag === 'tr') rows.push(child)
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') rows.push(...Array.from(child.children).filter((row) => tagOf(row) === 'tr'))
      else if (tag === 'caption') {
        const caption = this.create('p')
        this.inline(child, marksOf(child, marks), caption)
        result.push(caption)
      }
    }
    for (const row of rows) {
      const tr = this.create('tr')
      for (const cell of Array.from(row.children)) {
        const tag = tagOf(cell)
        if (tag !== 'td' && tag !== 'th') continue
        const td = this.create(tag)
        for (const span of ['colspan', 'rowspan']) {
          const value = Number(cell.getAttribute(span))
          if (Number.isInteger(value) && value > 1) td.setAttribute(span, String(value))
        }
        const content = this.create('div')
        this.blocks(cell, content, marksOf(cell, marks))
        finalize(content)
        this.unwrapInto(content, td)
        tr.append(td)
      }
      if (tr.childNodes.length) body.append(tr)
    }
    result.push(table)
    return result
  }

  /** A cell's blocks as its own content: paragraphs become lines, lists stay, a table inside becomes lines. */
  private unwrapInto(content: Element, cell: Element): void {
    for (const block of Array.from(content.children)) {
      const tag = tagOf(block)
      if (tag === 'ul' || tag === 'ol') {
        cell.append(block)
        continue
      }
      const lines = tag === 'table' ? Array.from(block.querySelectorAll('td,th')) : [block]
      for (const line of lines) {
        if (!line.childNodes.length) continue
        const last = cell.lastChild
        if (last && !(isElement(last) && ['ul', 'ol'].includes(tagOf(last)))) cell.append(this.create('br'))
        cell.append(...Array.from(line.childNodes))
      }
    }
  }
}

/** Word's list paragraphs as nested lists: a deeper level nests in the item above, another list or kind starts anew. */
function buildLists(items: ListItem[], create: (tag: string) => Element): Element[] {
  const roots: Element[] = []
  const stack: Array<{ list: Element; level: number; listId: string; tag: string }> = []
  for (const item of items) {
    while (stack.length && stack[stack.length - 1].level > item.level) stack.pop()
    let top = stack[stack.length - 1]
    if (top && top.level === item.level && (top.tag !== item.tag || top.listId !== item.listId)) {
      stack.pop()
      top = stack[stack.length - 1]
    }
    if (!top || top.level < item.level) {
      const list = create(item.tag)
      if (item.tag === 'ol' && item.start > 1) list.setAttribute('start', String(item.start))
      if (top) {
        let parentItem = top.list.lastElementChild
        if (!parentItem) top.list.append((parentItem = create('li')))
        parentItem.append(list)
      } else roots.push(list)
      top = { list, level: item.level, listId: item.listId, tag: item.tag }
      stack.push(top)
    }
    top.list.append(item.li)
  }
  return roots
}

/** Merges what the conversion split, collapses whitespace, drops what is empty, writes text as NFC. */
function finalize(root: Element): void {
  mergeAdjacent(root)
  for (const block of Array.from(root.querySelectorAll(TEXT_BLOCKS))) collapseWhitespace(block)
  // children before their parents, so an emptied list item empties its list in the same pass
  const all = Array.from(root.querySelectorAll('*')).reverse()
  for (const el of all) {
    const tag = tagOf(el)
    if (MARK_TAGS.has(tag) && !hasContent(el)) el.remove()
  }
  for (const block of Array.from(root.querySelectorAll(TEXT_BLOCKS))) trimBreaks(block)
  for (const el of Array.from(root.querySelectorAll('*')).reverse()) {
    const tag = tagOf(el)
    if (MARK_TAGS.has(tag) && !hasContent(el)) el.remove()
    else if ((tag === 'p' || HEADINGS.has(tag) || tag === 'table') && !hasText(el)) el.remove()
    else if (tag === 'li' && !hasText(el) && !el.querySelector('ul,ol')) el.remove()
    else if ((tag === 'ul' || tag === 'ol') && !el.querySelector('li')) el.remove()
  }
  mergeAdjacent(root)
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (isText(child)) {
        const text = child.data.normalize('NFC')
        if (text) child.data = text
        else child.remove()
      } else walk(child)
    }
  }
  walk(root)
}

function hasText(el: Element): boolean {
  return /[^\s\u00a0]/.test(el.textContent ?? '')
}

function hasContent(el: Element): boolean {
  return (el.textContent ?? '') !== '' || el.querySelector('br') !== null
}

/** `<strong>a</strong><strong>b</strong>` → `<strong>ab</strong>`, adjacent text nodes joined. */
function mergeAdjacent(parent: Node): void {
  let previous: Node | null = null
  for (const child of Array.from(parent.childNodes)) {
    if (previous && isText(previous) && isText(child)) {
      previous.data += child.data
      child.remove()
      continue
    }
    if (previous && isElement(previous) && isElement(child) && MARK_TAGS.has(tagOf(child)) && tagOf(previous) === tagOf(child) && previous.getAttribute('href') === child.getAttribute('href')) {
      previous.append(...Array.from(child.childNodes))
      child.remove()
      continue
    }
    previous = child
  }
  for (const child of Array.from(parent.childNodes)) if (isElement(child)) mergeAdjacent(child)
}

/**
 * HTML's whitespace rules made explicit for the editor: source line breaks and runs of spaces or
 * &nbsp; become one space, none at the start or end of a line; a single &nbsp; between words
 * stays (it was typed on purpose: "TP.&nbsp;Hà Nội").
 */
function collapseWhitespace(block: Element): void {
  const segments: Text[][] = [[]]
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (isText(child)) segments[segments.length - 1].push(child)
      else if (isElement(child)) {
        const tag = tagOf(child)
        if (tag === 'br' || BLOCKS.has(tag)) segments.push([])
        else walk(child)
        if (BLOCKS.has(tag)) segments.push([])
      }
    }
  }
  walk(block)
  for (const texts of segments) {
    const joined = texts.map((text) => text.data).join('')
    const owner: number[] = []
    texts.forEach((text, index) => {
      for (let i = 0; i < text.data.length; i++) owner.push(index)
    })
    const output = texts.map(() => '')
    const space = /[ \t\n\r\f\u00a0]/
    for (let i = 0; i < joined.length; ) {
      if (!space.test(joined[i])) {
        output[owner[i]] += joined[i]
        i++
        continue
      }
      let end = i
      while (end < joined.length && space.test(joined[end])) end++
      const run = joined.slice(i, end)
      if (i > 0 && end < joined.length) output[owner[i]] += run === '\u00a0' ? '\u00a0' : ' '
      i = end
    }
    texts.forEach((text, index) => (text.data = output[index]))
  }
}

/** No line break at the start or end of a block, or just before a nested list. */
function trimBreaks(block: Element): void {
  const edge = (el: Element, first: boolean): Node | null => {
    let node = first ? el.firstChild : el.lastChild
    while (node && isText(node) && node.data === '') node = first ? node.nextSibling : node.previousSibling
    if (node && isElement(node) && MARK_TAGS.has(tagOf(node))) return edge(node, first) ?? node
    return node
  }
  for (const first of [true, false]) {
    for (let node = edge(block, first); node && isElement(node) && tagOf(node) === 'br'; node = edge(block, first)) node.remove()
  }
  for (const list of Array.from(block.children).filter((child) => ['ul', 'ol'].includes(tagOf(child)))) {
    let before = list.previousSibling
    while (before && ((isText(before) && before.data === '') || (isElement(before) && tagOf(before) === 'br'))) {
      const previous: ChildNode | null = before.previousSibling
      if (isElement(before)) before.remove()
      before = previous
    }
  }
}
