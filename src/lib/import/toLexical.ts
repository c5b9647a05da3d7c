import type { BodyBlock } from './parsePage'

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const block = (b: BodyBlock) =>
  b.kind === 'heading'
    ? { type: 'heading', tag: 'h3', format: '', indent: 0, version: 1, direction: 'ltr', children: [text(b.text)] }
    : { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [text(b.text)] }

/** The body as Lexical's serialised editor state, one node per paragraph. */
export function toLexical(body: BodyBlock[]) {
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: body.map(block) } } as const
}

/** The paragraphs of a Lexical body, in order (what toLexical wrote, or an editor since). */
export function lexicalParagraphs(state: unknown): string[] {
  const out: string[] = []
  const walk = (node: { type?: string; text?: string; children?: unknown[] }, into: string[]) => {
    if (node.type === 'text') into.push(node.text ?? '')
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child, into)
  }
  for (const node of ((state as { root?: { children?: unknown[] } })?.root?.children ?? []) as { children?: unknown[] }[]) {
    const parts: string[] = []
    walk(node, parts)
    out.push(parts.join(''))
  }
  return out
}
