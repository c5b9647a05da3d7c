'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { WorkflowPanel } from '../../lib/workflow/timeline'

/** Said on the window after a workflow step, so the open "Quy trình" tab reads its history again. */
export const WORKFLOW_CHANGED = 'danvan:workflow-changed'

// the tab's history and thread mount together: one read answers both
const inFlight = new Map<string, Promise<WorkflowPanel | null>>()

function readPanel(id: string): Promise<WorkflowPanel | null> {
  let read = inFlight.get(id)
  if (!read) {
    read = fetch(`/api/reports/${encodeURIComponent(id)}/workflow-panel`, { credentials: 'include' })
      .then((res) => (res.ok ? (res.json() as Promise<WorkflowPanel>) : null))
      .catch(() => null)
      .finally(() => inFlight.delete(id))
    inFlight.set(id, read)
  }
  return read
}

/**
 * The open report's history and comment thread, read when the "Quy trình" tab shows them and
 * again after a workflow step; undefined until the first answer, null if it failed.
 */
export function useWorkflowPanel(): { id: number | string | null; panel: WorkflowPanel | null | undefined } {
  const { id } = useDocumentInfo()
  const key = id === undefined || id === null ? null : String(id)
  const [panel, setPanel] = useState<WorkflowPanel | null | undefined>(undefined)
  useEffect(() => {
    if (!key) return
    let live = true
    const refresh = () => void readPanel(key).then((read) => live && setPanel(read))
    refresh()
    window.addEventListener(WORKFLOW_CHANGED, refresh)
    return () => {
      live = false
      window.removeEventListener(WORKFLOW_CHANGED, refresh)
    }
  }, [key])
  // the id as the document has it: a number on SQLite, which a new comment's relationship needs as such
  return { id: key === null ? null : (id as number | string), panel }
}
