import { exportCell, type Lang, type StatTable } from './tables'

/** Excel reads a CSV as UTF-8 only when it starts with the byte order mark; without it Vietnamese arrives garbled. */
export const BOM = '\uFEFF'

const quote = (value: string | number): string => {
  const text = String(value)
  return /[",\r\n;]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One table as CSV (RFC 4180: commas, CRLF, quotes doubled), UTF-8 with BOM. */
export function tableToCsv(table: StatTable, lang: Lang = 'vi'): string {
  const lines = [table.columns.map((c) => quote(c.label[lang])), ...table.rows.map((row) => row.map((cell, i) => quote(exportCell(cell, table.columns[i].kind))))]
  return BOM + lines.map((line) => line.join(',')).join('\r\n') + '\r\n'
}
