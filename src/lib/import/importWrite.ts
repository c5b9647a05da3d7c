import type { WorkflowState } from '../workflow/states'

export type ImportStatus = 'draft' | 'published'

/** The report a page was imported into before: whether a version is live, and its newest state. */
export type ImportedBefore = { live: boolean; workflowState: WorkflowState | null }

export type ImportWrite = {
  /** A new draft version (the live one, if any, stays for readers) rather than the live document. */
  draft: boolean
  _status: 'draft' | 'published'
  workflowState: WorkflowState
}

/**
 * How an imported page is written, so an import never moves a report's state behind its live
 * version: a page for a live report, imported as a draft, becomes a new version beside the live
 * one, waiting for review ("Chờ biên tập"); a draft keeps the state it reached; "published"
 * publishes on purpose.
 */
export function importWrite(before: ImportedBefore | null, target: ImportStatus): ImportWrite {
  if (target === 'published') return { draft: false, _status: 'published', workflowState: 'published' }
  if (before?.live) return { draft: true, _status: 'draft', workflowState: 'submitted' }
  return { draft: true, _status: 'draft', workflowState: before?.workflowState && before.workflowState !== 'published' ? before.workflowState : 'draft' }
}
