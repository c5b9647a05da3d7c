/**
 * Vietnamese text normalisation. Everything stored is Unicode NFC: pasted text often
 * arrives decomposed (NFD from macOS and some Word exports), which looks identical but
 * breaks equality, search and slugs.
 */
export function toNFC(value: string): string {
  return value.normalize('NFC')
}

/** True when the string contains a decomposed sequence that NFC would compose. */
export function isNotNFC(value: string): boolean {
  return value !== value.normalize('NFC')
}

/**
 * Deep-normalises every string inside a JSON-like value (used for Lexical rich text,
 * whose node type names are ASCII and therefore unchanged by NFC).
 */
export function deepNFC<T>(value: T): T {
  if (typeof value === 'string') return toNFC(value) as T
  if (Array.isArray(value)) return value.map((item) => deepNFC(item)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = deepNFC(item)
    return out as T
  }
  return value
}
