/** How the result of one page reads in the summaries (CLI table, admin view). */
export type OutcomeLike = { action: string; file: string; reason?: string; title?: string; notes?: string[] }

const LABELS: Record<string, string> = {
  created: 'đã tạo',
  updated: 'đã cập nhật',
  unchanged: 'không đổi',
  failed: 'lỗi',
  create: 'sẽ tạo',
  update: 'sẽ cập nhật',
}

export const outcomeLabel = (action: string): string => LABELS[action] ?? action

/** [page, result, title or reason (with the notes an editor should act on)]. */
export function outcomeRow(result: OutcomeLike): [string, string, string] {
  const detail = result.reason ?? `${result.title ?? ''}${result.notes?.length ? ` — ${result.notes.join(' ')}` : ''}`
  return [result.file, outcomeLabel(result.action), detail]
}

/** "Tạo mới 3, cập nhật 1, không đổi 0, lỗi 2". */
export function summaryLine(counts: { created?: number | null; updated?: number | null; unchanged?: number | null; failed?: number | null }, dryRun = false): string {
  const n = (v?: number | null) => v ?? 0
  return `${dryRun ? 'Chạy thử, không ghi gì. ' : ''}Tạo mới ${n(counts.created)}, cập nhật ${n(counts.updated)}, không đổi ${n(counts.unchanged)}, lỗi ${n(counts.failed)}`
}
