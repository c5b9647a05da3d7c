'use client'
import React from 'react'
import { CommentThreadView } from './CommentThreadView'
import { useWorkflowPanel } from './useWorkflowPanel'

/**
 * The report's one editorial thread (comments and the workflow's return comments), with a box
 * for a new comment that is on the page from the first paint of its tab: no drawer to wait
 * for, so nothing typed is lost while something opens. The thread itself is read when the tab
 * opens, with the history (useWorkflowPanel).
 */
export function CommentThread() {
  const { id, panel } = useWorkflowPanel()
  return <CommentThreadView reportId={id} read={!id || panel === null ? [] : panel?.comments} />
}
