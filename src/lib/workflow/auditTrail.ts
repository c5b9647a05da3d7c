import type { WorkflowState } from './states'

export type VersionState = { state: WorkflowState; at: string }
export type LoggedStep = { from: WorkflowState | null; to: WorkflowState | null; at: string }
export type UnloggedChange = { from: WorkflowState; to: WorkflowState; at: string }

/**
 * The state changes in a report's versions that no workflow entry tells of: the audit trail is
 * complete when this is empty. Versions and entries are taken oldest first; each change from one
 * version to the next must be matched, in order, by an entry that went to the new state (a step
 * that kept the state, such as a schedule, makes no change to match). A report starts as a draft.
 */
export function unloggedChanges(versions: VersionState[], steps: LoggedStep[]): UnloggedChange[] {
  const byTime = <T extends { at: string }>(list: T[]) => [...list].sort((a, b) => a.at.localeCompare(b.at))
  const entries = byTime(steps).filter((s) => s.from !== s.to)
  const missing: UnloggedChange[] = []
  let state: WorkflowState = 'draft'
  let next = 0
  for (const version of byTime(versions)) {
    if (version.state === state) continue
    const at = entries.findIndex((e, i) => i >= next && e.to === version.state)
    if (at < 0) missing.push({ from: state, to: version.state, at: version.at })
    else next = at + 1
    state = version.state
  }
  return missing
}
