/** The backup's and restore's progress line on stderr: "Tài liệu  [#######-----] 1.234/10.000". */
const PHASES: Record<string, string> = {
  documents: 'Tài liệu',
  versions: 'Phiên bản',
  files: 'Tệp ảnh',
  checking: 'Kiểm tra tệp',
  clearing: 'Xóa dữ liệu cũ',
  search: 'Chỉ mục tìm kiếm',
  statistics: 'Thống kê',
}

export function progressBar(phase: string, done: number, total: number, width = 24): string {
  const label = (PHASES[phase] ?? phase).padEnd(16)
  const number = (n: number) => n.toLocaleString('vi-VN')
  if (!total) return `${label} ${number(done)}`
  const filled = Math.min(width, Math.round((done / total) * width))
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${number(done)}/${number(total)}`
}

/**
 * Draws progress on a terminal (one line redrawn, at most every 100 ms) or, when stderr is a
 * file or a pipe, one line per phase and every `every` items, so logs stay short.
 */
export function progressWriter(stream: { isTTY?: boolean; write(text: string): unknown }, now: () => number = Date.now, every = 1000) {
  let phase = ''
  let last = 0
  return (p: { phase: string; done: number; total: number }) => {
    const finished = p.total > 0 && p.done >= p.total
    if (stream.isTTY) {
      if (p.phase !== phase && phase) stream.write('\n')
      phase = p.phase
      if (!finished && now() - last < 100) return
      last = now()
      stream.write(`\r${progressBar(p.phase, p.done, p.total)}`)
      return
    }
    if (p.phase !== phase || finished || (p.done > 0 && p.done % every === 0)) stream.write(`${progressBar(p.phase, p.done, p.total)}\n`)
    phase = p.phase
  }
}
