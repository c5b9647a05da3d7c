/**
 * Which photos a document shows: its upload and relationship fields that point at photos, at
 * any depth (arrays, groups, named tabs, blocks), and the photos inside its rich text (Lexical
 * upload and relationship nodes). Reports, officials and models store the result
 * (`photosUsed`), so that whether a photo is public can be asked of the database
 * (src/data/photoPublicity.ts).
 */

type Id = number | string

/** The shape of Payload's flattened fields this needs (a collection's `flattenedFields`). */
export type FieldLike = {
  type: string
  name?: string
  relationTo?: string | string[]
  flattenedFields?: FieldLike[]
  blocks?: ({ slug: string; flattenedFields?: FieldLike[] } | string)[]
}

type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

/** An id as stored, or the id of a populated document; polymorphic values name their collection. */
function idOf(value: unknown, relationTo: string | string[] | undefined, slug: string): Id | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'number' || typeof value === 'string') return typeof relationTo === 'string' && relationTo === slug ? value : null
  if (!isObject(value)) return null
  if ('relationTo' in value && 'value' in value) return value.relationTo === slug ? idOf(value.value, slug, slug) : null
  return relationTo === slug && (typeof value.id === 'number' || typeof value.id === 'string') ? value.id : null
}

/** Upload and relationship nodes anywhere in a Lexical tree (children, and block or link fields). */
function fromRichText(node: unknown, slug: string, out: Id[]): void {
  if (Array.isArray(node)) {
    for (const child of node) fromRichText(child, slug, out)
    return
  }
  if (!isObject(node)) return
  if ((node.type === 'upload' || node.type === 'relationship') && node.relationTo === slug) {
    const id = idOf(node.value, slug, slug)
    if (id !== null) out.push(id)
  }
  for (const value of Object.values(node)) if (typeof value === 'object') fromRichText(value, slug, out)
}

function walk(fields: FieldLike[], data: Data, previous: Data | undefined, slug: string, out: Id[]): void {
  for (const field of fields) {
    if (!field.name) continue
    // a field left out of an update keeps its stored value
    const value = field.name in data ? data[field.name] : previous?.[field.name]
    switch (field.type) {
      case 'upload':
      case 'relationship':
        for (const v of Array.isArray(value) ? value : [value]) {
          const id = idOf(v, field.relationTo, slug)
          if (id !== null) out.push(id)
        }
        break
      case 'richText':
        fromRichText(value, slug, out)
        break
      case 'group':
      case 'tab':
        if (isObject(value) || isObject(previous?.[field.name])) walk(field.flattenedFields ?? [], isObject(value) ? value : {}, isObject(previous?.[field.name]) ? (previous[field.name] as Data) : undefined, slug, out)
        break
      case 'array':
        if (Array.isArray(value)) for (const row of value) if (isObject(row)) walk(field.flattenedFields ?? [], row, undefined, slug, out)
        break
      case 'blocks':
        if (Array.isArray(value))
          for (const row of value) {
            if (!isObject(row)) continue
            const block = field.blocks?.find((b): b is { slug: string; flattenedFields?: FieldLike[] } => typeof b === 'object' && b.slug === row.blockType)
            if (block) walk(block.flattenedFields ?? [], row, undefined, slug, out)
          }
        break
    }
  }
}

/**
 * The photo ids a document uses, each once, in the order met. `previous` is the stored
 * document an update is applied to: fields the update leaves out count as they are stored.
 * A field named `skip` (the stored result itself) is not read.
 */
export function photosUsedIn(fields: FieldLike[], data: Data, previous?: Data | null, options: { slug?: string; skip?: string } = {}): Id[] {
  const slug = options.slug ?? 'media'
  const out: Id[] = []
  walk(fields.filter((f) => f.name !== (options.skip ?? 'photosUsed')), data, previous ?? undefined, slug, out)
  const seen = new Set<string>()
  return out.filter((id) => !seen.has(String(id)) && Boolean(seen.add(String(id))))
}
