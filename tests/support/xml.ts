/**
 * A small strict XML reader for the tests: it accepts well-formed documents only (balanced
 * tags, quoted attributes, known or numeric entities, one root, no stray "<" or "&") and
 * returns the element tree, so a feed or sitemap can be checked element by element.
 */
export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(raw: string, at: number): string {
  return raw.replace(/&([^;\s&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare "&" near offset ${at}`)
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    if (!(name in ENTITIES)) throw new Error(`unknown entity &${name}; near offset ${at}`)
    return ENTITIES[name]
  })
}

export function parseXml(source: string): XmlElement {
  let i = 0
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${i}`)
  }
  while (i < source.length) {
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i)
      if (end < 0) fail('unterminated processing instruction')
      i = end + 2
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i)
      if (end < 0) fail('unterminated comment')
      i = end + 3
    } else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i)
      if (end < 0 || !stack.length) fail('bad CDATA')
      stack[stack.length - 1].text += source.slice(i + 9, end)
      i = end + 3
    } else if (source.startsWith('</', i)) {
      const end = source.indexOf('>', i)
      const name = source.slice(i + 2, end).trim()
      const open = stack.pop()
      if (!open || open.name !== name) fail(`closing </${name}> does not match <${open?.name}>`)
      i = end + 1
    } else if (source[i] === '<') {
      const match = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(source.slice(i))
      if (!match) fail('malformed tag')
      const attrs: Record<string, string> = {}
      for (const a of match![2].matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1] in attrs) fail(`duplicate attribute ${a[1]}`)
        attrs[a[1]] = decode(a[2] ?? a[3] ?? '', i)
      }
      const element: XmlElement = { name: match![1], attrs, children: [], text: '' }
      if (stack.length) stack[stack.length - 1].children.push(element)
      else if (root) fail('second root element')
      else root = element
      if (!match![3]) stack.push(element)
      i += match![0].length
    } else {
      const next = source.indexOf('<', i)
      const end = next < 0 ? source.length : next
      const text = source.slice(i, end)
      if (!stack.length) {
        if (text.trim()) fail('text outside the root element')
      } else {
        if (text.includes('>') && /\]\]>/.test(text)) fail('"]]>" in text')
        stack[stack.length - 1].text += decode(text, i)
      }
      i = end
    }
  }
  if (stack.length) fail(`unclosed <${stack[stack.length - 1].name}>`)
  if (!root) fail('no root element')
  return root!
}

export const child = (el: XmlElement, name: string): XmlElement | undefined => el.children.find((c) => c.name === name)
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name)
