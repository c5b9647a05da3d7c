/** Header fields as Node gives them (`req.headers`, `res.getHeaders()`): lower-case names. */
export type HeaderFields = Record<string, string | string[] | number | undefined>

/** One field's value as a string: a repeated field joined with commas, '' when absent. */
export function headerValue(headers: HeaderFields, name: string): string {
  const value = headers[name]
  return Array.isArray(value) ? value.join(',') : String(value ?? '')
}
