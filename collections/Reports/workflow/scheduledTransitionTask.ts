import type { TaskConfig } from 'payload'
import type { User } from '../../../src/payload-types'
import { relationId } from '../../../src/lib/roles'
import { SCHEDULE_TASK, transitionReport } from './transitionReport'

/**
 * Runs a scheduled publish or unpublish when its time comes. The job carries the schedule's
 * token: a cancelled or replaced schedule no longer matches and the job does nothing.
 * The action runs with the rights of the approver who scheduled it, checked again now.
 */
export const scheduledTransitionTask: TaskConfig<{ input: { reportId: string; token: string }; output: { result: string } }> = {
  slug: SCHEDULE_TASK,
  label: 'Run a scheduled publish or unpublish',
  inputSchema: [
    { name: 'reportId', type: 'text', required: true },
    { name: 'token', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: 2,
  handler: async ({ input, req }) => {
    const { payload } = req
    const report = await payload.findByID({ collection: 'reports', id: input.reportId, draft: true, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true })
    if (!report || report.scheduleToken !== input.token || !report.scheduledAction) return { output: { result: 'cancelled' } }
    const schedulerId = relationId(report.scheduledBy as never)
    const scheduler = schedulerId ? await payload.findByID({ collection: 'users', id: schedulerId, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (!scheduler) return { output: { result: 'scheduler gone' } }
    await transitionReport(payload, { id: report.id, action: report.scheduledAction, user: scheduler as User, scheduled: true })
    return { output: { result: report.scheduledAction } }
  },
}
