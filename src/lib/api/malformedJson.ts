/** The query parameters Payload's REST handlers read with JSON.parse (its parseParams). */
const JSON_PARAMS = ['where', 'data'] as const

export type MalformedJson = { name: (typeof JSON_PARAMS)[number]; value: string }

/**
 * The query parameter that was not JSON, when Payload failed on a REST request with a
 * SyntaxError: `?where=abc` reached its JSON.parse and came back a 500, though the fault is the
 * client's (a body that is not JSON Payload refuses itself, with 400). Undefined for any other
 * error, or when every such parameter reads (the SyntaxError came from somewhere else).
 */
export function malformedJson(error: unknown, url: string | undefined): MalformedJson | undefined {
  if (!(error instanceof SyntaxError) || !url) return undefined
  const params = new URL(url, 'http://localhost').searchParams
  for (const name of JSON_PARAMS) {
    const value = params.get(name)
    if (value && !parses(value)) return { name, value: value.slice(0, 40) }
  }
  return undefined
}

function parses(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
