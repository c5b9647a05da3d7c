/** How the result of one page reads in the summaries (CLI table, admin view). */
export type OutcomeLike = { action: string; file: string; reason?: string; title?: string; notes?: string[] }

/** The keys of these words in src/i18n/translations.ts (a caller's `tr` refuses a key the table lacks). */
export type OutcomeKey =
  | 'importOutcomeCreated'
  | 'importOutcomeUpdated'
  | 'importOutcomeUnchanged'
  | 'importOutcomeFailed'
  | 'importOutcomeCreate'
  | 'importOutcomeUpdate'
  | 'importSummary'
  | 'importSummaryDryRun'

/** The words of the translation table in one language: Payload's translator in the admin, `translate('vi', …)` on the command line. */
export type Say = (key: OutcomeKey, vars?: Record<string, unknown>) => string

const LABELS: Record<string, OutcomeKey> = {
  created: 'importOutcomeCreated',
  updated: 'importOutcomeUpdated',
  unchanged: 'importOutcomeUnchanged',
  failed: 'importOutcomeFailed',
  create: 'importOutcomeCreate',
  update: 'importOutcomeUpdate',
}

export const outcomeLabel = (action: string, say: Say): string => (LABELS[action] ? say(LABELS[action]) : action)

/** [page, result, title or reason (with the notes an editor should act on)]. */
export function outcomeRow(result: OutcomeLike, say: Say): [string, string, string] {
  const detail = result.reason ?? `${result.title ?? ''}${result.notes?.length ? ` — ${result.notes.join(' ')}` : ''}`
  return [result.file, outcomeLabel(result.action, say), detail]
}

/** "Tạo mới 3, cập nhật 1, không đổi 0, lỗi 2". */
export function summaryLine(counts: { created?: number | null; updated?: number | null; unchanged?: number | null; failed?: number | null }, dryRun: boolean, say: Say): string {
  return say(dryRun ? 'importSummaryDryRun' : 'importSummary', {
    created: counts.created ?? 0,
    updated: counts.updated ?? 0,
    unchanged: counts.unchanged ?? 0,
    failed: counts.failed ?? 0,
  })
}
