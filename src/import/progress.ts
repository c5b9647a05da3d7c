/** "[########------------]  1.234/10.000  152 trang/s  còn 58 giây": count, rate and time left. */
export function progressLine(done: number, total: number, elapsedMs: number, width = 24): string {
  const share = total ? done / total : 1
  const filled = Math.round(share * width)
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0
  const left = rate > 0 ? (total - done) / rate : NaN
  const number = (n: number) => n.toLocaleString('vi-VN')
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${number(done)}/${number(total)}  ${rate.toFixed(rate < 10 ? 1 : 0)} trang/s  còn ${formatSeconds(left)}`
}

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '…'
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s} giây`
  const m = Math.floor(s / 60)
  return m < 60 ? `${m} phút ${s % 60} giây` : `${Math.floor(m / 60)} giờ ${m % 60} phút`
}

/** Rows as a plain-text table with aligned columns (for the end-of-import summary). */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)))
  return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(widths[c] - [...cell].length)).join('  ').trimEnd()).join('\n')
}
