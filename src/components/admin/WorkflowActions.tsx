'use client'
import { Button, toast, useAuth, useDocumentInfo, useForm, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'
import { vnLocalToISO } from '../../lib/format/dates'
import { relationId, worksInUnit, type Role, type StaffLike } from '../../lib/roles'
import type { WorkflowState } from '../../lib/workflow/states'
import { availableActions } from '../../lib/workflow/transitions'
import { WORKFLOW_CHANGED } from './useWorkflowPanel'
import { languageOf, tr } from '../../i18n/translations'

/** The fields a workflow step changes, taken into the open form from the step's answer. */
const WORKFLOW_FIELDS = ['workflowState', '_status', 'scheduledAction', 'scheduledAt', 'returnedComment', 'publishedAt'] as const

/**
 * Replaces Payload's Publish button with the workflow's actions this user may take now.
 * Hiding is a courtesy: the server refuses the same things (transitionReport).
 */
export function WorkflowActions() {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n, t } = useTranslation()
  const lang = languageOf(i18n)
  const modified = useFormModified()
  // one selector per value: a selector that builds an object re-renders the header at every keystroke
  const state = useFormFields(([fields]) => (fields.workflowState?.value as WorkflowState | undefined) ?? 'draft')
  const unit = useFormFields(([fields]) => fields.unit?.value)
  const createdBy = useFormFields(([fields]) => fields.createdBy?.value)
  const scheduled = useFormFields(([fields]) => Boolean(fields.scheduledAt?.value))
  const { dispatchFields, setModified } = useForm()
  const router = useRouter()
  const [pending, setPending] = useState<string | null>(null)
  const [open, setOpen] = useState<string | null>(null)
  const [comment, setComment] = useState('')
  const [at, setAt] = useState('')

  if (!id || !user) return null
  const staff = user as unknown as StaffLike
  const actions = availableActions(
    state,
    {
      roles: (staff?.roles ?? []) as Role[],
      isOwner: relationId(createdBy as never) === String(user.id),
      inUnit: worksInUnit(staff, unit as never),
    },
    scheduled,
    state === 'published' || hasPublishedDoc,
  )
  if (!actions.length) return null

  async function run(action: string, extra: { comment?: string; at?: string | null } = {}) {
    setPending(action)
    try {
      const res = await fetch(`/api/reports/${id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, ...extra }),
      })
      const body = await res.json()
      if (!res.ok) {
        toast.error(body?.errors?.[0]?.message ?? tr(t, 'actionFailed'))
        return
      }
      // the editor stays where they were: the form takes the new state, the page's server parts and the history refresh
      toast.success(body.message)
      for (const path of WORKFLOW_FIELDS) dispatchFields({ type: 'UPDATE', path, value: body.doc?.[path] ?? null })
      setModified(false)
      setOpen(null)
      setComment('')
      setAt('')
      router.refresh()
      window.dispatchEvent(new Event(WORKFLOW_CHANGED))
    } finally {
      setPending(null)
    }
  }

  return (
    <div className="workflow-actions" style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center' }}>
      {modified && <span style={{ fontSize: '0.85rem' }}>{tr(t, 'workflowSaveFirst')}</span>}
      {actions.map((rule) =>
        rule.needsComment || rule.needsTime ? (
          <Button
            key={rule.action}
            buttonStyle="secondary"
            size="medium"
            disabled={modified || pending !== null}
            onClick={() => setOpen(open === rule.action ? null : rule.action)}
          >
            {rule[lang]}
          </Button>
        ) : (
          <Button
            key={rule.action}
            buttonStyle={rule.action === 'publish' ? 'primary' : 'secondary'}
            size="medium"
            disabled={modified || pending !== null}
            onClick={() => run(rule.action)}
          >
            {pending === rule.action ? '…' : rule[lang]}
          </Button>
        ),
      )}
      {open && (
        // named as its button reads ("Trả lại"), not by the action's code ("return")
        <div role="dialog" aria-label={actions.find((r) => r.action === open)?.[lang] ?? open} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', width: '100%' }}>
          {actions.find((r) => r.action === open)?.needsComment && (
            <textarea
              aria-label={tr(t, 'workflowComment')}
              placeholder={tr(t, 'commentForAuthor')}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              rows={2}
              style={{ flex: 1 }}
            />
          )}
          {actions.find((r) => r.action === open)?.needsTime && (
            <input aria-label={tr(t, 'workflowTime')} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
          )}
          <Button buttonStyle="primary" size="medium" disabled={pending !== null} onClick={() => run(open, { comment, at: at ? vnLocalToISO(at) : null })}>
            {tr(t, 'workflowConfirm')}
          </Button>
        </div>
      )}
    </div>
  )
}
