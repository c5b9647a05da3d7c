/**
 * Whether an SQL statement only reads. Reads run on their own connection and never wait for a
 * transaction (in WAL mode SQLite lets them see the last commit beside a writer); anything else
 * counts as a write and takes the one writer connection (src/data/sqliteClient.ts). Unsure
 * means write: a read taken for a write only waits, a write taken for a read would escape the
 * transaction.
 */
export function isReadStatement(sql: string): boolean {
  const text = stripLeadingComments(sql).toLowerCase()
  if (text.startsWith('select') || text.startsWith('explain')) return true
  // a CTE may end in an insert, update or delete
  if (text.startsWith('with')) return !/\b(insert|update|delete|replace)\b/.test(text)
  // a pragma that sets something has an "=" (or a call with an argument)
  if (text.startsWith('pragma')) return !/[=(]/.test(text)
  return false
}

function stripLeadingComments(sql: string): string {
  let text = sql.trimStart()
  for (;;) {
    if (text.startsWith('--')) text = text.slice(text.indexOf('\n') + 1 || text.length).trimStart()
    else if (text.startsWith('/*')) text = text.slice(text.indexOf('*/') + 2 || text.length).trimStart()
    else return text
  }
}
