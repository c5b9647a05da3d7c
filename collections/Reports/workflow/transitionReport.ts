import { randomBytes } from 'node:crypto'
import { APIError, commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import type { Report, User } from '../../../src/payload-types'
import { relationId, worksInUnit, type Role } from '../../../src/lib/roles'
import { publishChecklist } from '../../../src/lib/workflow/checklist'
import type { WorkflowState } from '../../../src/lib/workflow/states'
import { checkTransition, type WorkflowAction } from '../../../src/lib/workflow/transitions'
import { notifyTransition } from './notifyTransition'
import { officialsTitleStatus } from '../../Officials/titleStatus'
import { unconfirmedNames } from '../../../src/lib/officials/confirmation'
import { unitsOfRequest } from '../../../src/data/unitsOfRequest'
import { unitProblemAmong } from '../../../src/lib/units'

export const SCHEDULE_TASK = 'runScheduledTransition'
export const WORKFLOW_QUEUE = 'workflow'

export type TransitionArgs = {
  id: number | string
  action: WorkflowAction | string
  user: User
  comment?: string | null
  /** When to publish or unpublish, for the schedule actions. */
  at?: string | null
  /** Set by the scheduler: the comment recorded says so. */
  scheduled?: boolean
  language?: 'vi' | 'en'
}

const NO_SCHEDULE = { scheduledAction: null, scheduledAt: null, scheduledBy: null, scheduleToken: null }

/** The document changes each action makes, beside the state. */
function changesFor(action: string, report: Report, args: TransitionArgs, now: Date): Record<string, unknown> {
  switch (action) {
    case 'submit':
      return { returnedComment: null }
    case 'return':
      return { returnedComment: args.comment }
    case 'publish':
      // dated now, unless its date was set on purpose (an older event written up now)
      return { _status: 'published', publishedAt: report.publishedAt ?? now.toISOString(), returnedComment: null, ...NO_SCHEDULE }
    case 'unpublish':
      return { _status: 'draft', ...NO_SCHEDULE }
    case 'schedulePublish':
    case 'scheduleUnpublish':
      return {
        // a scheduled report is dated at its time, unless its date was set on purpose
        ...(action === 'schedulePublish' && !report.publishedAt ? { publishedAt: new Date(args.at!).toISOString() } : {}),
        scheduledAction: action === 'schedulePublish' ? 'publish' : 'unpublish',
        scheduledAt: new Date(args.at!).toISOString(),
        scheduledBy: args.user.id,
        scheduleToken: randomBytes(12).toString('hex'),
      }
    case 'cancelSchedule':
      return NO_SCHEDULE
    default:
      return {}
  }
}

/** What the report still lacks to be published on `date` (its own, or the one publishing will give it). */
async function checklistProblems(payload: Payload, report: Report, date: string, req: PayloadRequest, language: 'vi' | 'en') {
  const imageId = relationId(report.featuredImage as never)
  const image = imageId ? await payload.findByID({ collection: 'media', id: imageId, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
  const officialIds = (report.officials ?? []).map((o) => relationId(o as never)).filter((id): id is string => Boolean(id))
  const officialsToConfirm = unconfirmedNames(await officialsTitleStatus(req, officialIds, date))
  const unitProblem = unitProblemAmong(await unitsOfRequest(req), relationId(report.unit as never), date)?.[language]
  const missing = publishChecklist({ ...report, featuredImageAlt: imageId ? (image?.alt ?? '') : undefined, officialsToConfirm, unitPeriodProblem: unitProblem } as never)
  return missing.map((item) => item[language])
}

/**
 * The one way a report changes editorial state: checks the rule table, the unit and the
 * pre-publish checklist, writes the report and its audit entry in one transaction, queues or
 * cancels a schedule, then notifies the next people. Any refusal is an APIError with a status
 * (403 for rights, 400 for missing input) and a message in the caller's language.
 */
export async function transitionReport(payload: Payload, args: TransitionArgs): Promise<Report> {
  const language = args.language ?? 'vi'
  const now = new Date()
  const req = await createLocalReq({ user: { ...args.user, collection: 'users' } as never, context: { workflowTransition: true } }, payload)
  const report = (await payload.findByID({ collection: 'reports', id: args.id, draft: true, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true, req })) as Report | null
  if (!report) throw new APIError(language === 'vi' ? 'Không tìm thấy tin bài.' : 'Report not found.', 404, undefined, true)

  const state = (report.workflowState ?? 'draft') as WorkflowState
  // the newest version may be an edit pending over a published one: ask for the live document
  const live = (await payload.count({ collection: 'reports', where: { and: [{ id: { equals: report.id } }, { _status: { equals: 'published' } }] }, overrideAccess: true, req })).totalDocs > 0
  const actor = {
    roles: (args.user.roles ?? []) as Role[],
    isOwner: relationId(report.createdBy as never) === String(args.user.id),
    inUnit: worksInUnit(args.user as never, report.unit as never),
  }
  const verdict = checkTransition({ action: args.action, state, live, comment: args.comment, at: args.at, hasSchedule: Boolean(report.scheduleToken), now }, actor)
  if (!verdict.ok) throw new APIError(verdict[language], verdict.status, undefined, true)
  // a step on the live version while an edit is pending: the log tells of the live version
  const onLiveVersion = live && !verdict.rule.from.includes(state)
  const logged = onLiveVersion ? { from: 'published' as const, to: verdict.rule.to === 'same' ? ('published' as const) : verdict.rule.to } : { from: state, to: verdict.to }

  if (args.action === 'publish' || args.action === 'schedulePublish') {
    const date = report.publishedAt ?? (args.action === 'schedulePublish' && args.at ? new Date(args.at).toISOString() : now.toISOString())
    const missing = await checklistProblems(payload, report, date, req, language)
    if (missing.length) {
      const message = language === 'vi' ? `Chưa thể xuất bản, còn thiếu: ${missing.join('; ')}.` : `Cannot publish yet, missing: ${missing.join('; ')}.`
      throw new APIError(message, 400, { missing }, true)
    }
  }

  const changes = changesFor(args.action, report, args, now)
  // Only publish and unpublish touch the live document; every other step is a new draft
  // version, so a published report stays live while its next version is reviewed.
  const writesLive = args.action === 'publish' || args.action === 'unpublish'
  const shouldCommit = await initTransaction(req)
  let updated: Report
  try {
    updated = (await payload.update({
      collection: 'reports',
      id: args.id,
      data: { ...changes, workflowState: verdict.to } as never,
      draft: !writesLive,
      depth: 0,
      overrideAccess: true,
      req,
    })) as Report
    await payload.create({
      collection: 'report-transitions',
      data: {
        report: report.id,
        unit: report.unit as never,
        action: args.action as never,
        from: logged.from,
        to: logged.to,
        user: args.user.id as never,
        comment: args.comment || (args.scheduled ? (language === 'vi' ? 'Thực hiện theo lịch hẹn giờ' : 'Run on schedule') : null),
        scheduledAt: (changes.scheduledAt as string | undefined) ?? null,
      },
      overrideAccess: true,
      req,
    })
    // the return comment belongs to the report's one comment thread
    if (args.action === 'return') await payload.create({ collection: 'report-comments', data: { report: report.id, text: args.comment!, kind: 'return' }, overrideAccess: true, req })
    if (changes.scheduleToken) {
      await payload.jobs.queue({
        task: SCHEDULE_TASK,
        queue: WORKFLOW_QUEUE,
        input: { reportId: String(report.id), token: changes.scheduleToken as string },
        waitUntil: new Date(changes.scheduledAt as string),
        req,
      } as never)
    }
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  await notifyTransition(payload, { report: updated, action: args.action, to: verdict.to, comment: args.comment ?? null })
  return updated
}
