import { ROLE_LABELS, type Role } from '../roles'
import { formatDateTimeVN } from '../format/dates'
import { stateLabel, type WorkflowState } from './states'

/**
 * The editorial workflow as data: who may move a report from which state to which.
 * Contributors act on their own reports only; everyone acts only within their units
 * (admins excepted). The server enforces this table; the admin only hides what it refuses.
 */
export type WorkflowAction = 'submit' | 'forward' | 'return' | 'publish' | 'schedulePublish' | 'unpublish' | 'scheduleUnpublish' | 'cancelSchedule' | 'reopen'

type Rule = {
  action: WorkflowAction
  from: WorkflowState[]
  to: WorkflowState | 'same'
  roles: Role[]
  vi: string
  en: string
  needsComment?: boolean
  needsTime?: boolean
  /** The action needs a schedule to exist (cancel) or not to exist (everything else that schedules). */
  schedule?: 'required' | 'absent'
  /**
   * Also allowed in any state while a published version is live: an edit pending as a draft
   * over a live report never stops those who may unpublish from taking the live one down.
   */
  whileLive?: true
  /** What the editor is told once it is done ("Đã gửi biên tập"); {at} is the scheduled time. */
  doneVi: string
  doneEn: string
}

export const WORKFLOW_RULES: Rule[] = [
  { action: 'submit', from: ['draft'], to: 'submitted', roles: ['contributor', 'editor', 'approver', 'admin'], vi: 'Gửi biên tập', en: 'Submit for editing', doneVi: 'Đã gửi biên tập.', doneEn: 'Submitted for editing.' },
  { action: 'forward', from: ['submitted'], to: 'inApproval', roles: ['editor', 'approver', 'admin'], vi: 'Chuyển duyệt', en: 'Send for approval', doneVi: 'Đã chuyển duyệt.', doneEn: 'Sent for approval.' },
  { action: 'return', from: ['submitted', 'inApproval'], to: 'draft', roles: ['editor', 'approver', 'admin'], vi: 'Trả lại', en: 'Return', needsComment: true, doneVi: 'Đã trả lại cho tác giả, kèm nhận xét.', doneEn: 'Returned to the author with the comment.' },
  { action: 'publish', from: ['inApproval'], to: 'published', roles: ['approver', 'admin'], vi: 'Xuất bản', en: 'Publish', doneVi: 'Đã xuất bản.', doneEn: 'Published.' },
  { action: 'schedulePublish', from: ['inApproval'], to: 'same', roles: ['approver', 'admin'], vi: 'Hẹn giờ xuất bản', en: 'Schedule publication', needsTime: true, schedule: 'absent', doneVi: 'Đã hẹn giờ xuất bản lúc {at}.', doneEn: 'Publication scheduled for {at}.' },
  { action: 'unpublish', from: ['published'], to: 'unpublished', whileLive: true, roles: ['approver', 'admin'], vi: 'Gỡ bài', en: 'Unpublish', doneVi: 'Đã gỡ bài khỏi trang.', doneEn: 'Unpublished.' },
  { action: 'scheduleUnpublish', from: ['published'], to: 'same', whileLive: true, roles: ['approver', 'admin'], vi: 'Hẹn giờ gỡ bài', en: 'Schedule unpublication', needsTime: true, schedule: 'absent', doneVi: 'Đã hẹn giờ gỡ bài lúc {at}.', doneEn: 'Unpublication scheduled for {at}.' },
  { action: 'cancelSchedule', from: ['inApproval', 'published'], to: 'same', whileLive: true, roles: ['approver', 'admin'], vi: 'Hủy hẹn giờ', en: 'Cancel schedule', schedule: 'required', doneVi: 'Đã hủy hẹn giờ.', doneEn: 'Schedule cancelled.' },
  { action: 'reopen', from: ['unpublished'], to: 'draft', roles: ['editor', 'approver', 'admin'], vi: 'Mở lại để sửa', en: 'Reopen for editing', doneVi: 'Đã mở lại để sửa.', doneEn: 'Reopened for editing.' },
]

export const actionLabel = (action: string, lang: 'vi' | 'en' = 'vi'): string =>
  WORKFLOW_RULES.find((r) => r.action === action)?.[lang] ?? action

export type Actor = { roles: Role[]; isOwner: boolean; inUnit: boolean }
export type TransitionRequest = {
  action: string
  /** The newest version's state (a pending edit's, when there is one). */
  state: WorkflowState
  /** A published version is live (it may be older than the newest version). */
  live?: boolean
  comment?: string | null
  at?: string | Date | null
  hasSchedule?: boolean
  now?: Date
}

export type TransitionResult =
  | { ok: true; rule: Rule; to: WorkflowState }
  | { ok: false; status: 400 | 403; vi: string; en: string }

function rolesAllowed(rule: Rule, actor: Actor): boolean {
  if (!actor.roles.some((role) => rule.roles.includes(role))) return false
  if (actor.roles.includes('admin')) return true
  if (!actor.inUnit) return false
  // a contributor's only power is over their own reports
  const beyondContributor = actor.roles.some((role) => role !== 'contributor' && rule.roles.includes(role))
  return beyondContributor || actor.isOwner
}

/** The actions this actor may take on a report in this state (for the buttons). */
export function availableActions(state: WorkflowState, actor: Actor, hasSchedule = false, live = state === 'published'): Rule[] {
  return WORKFLOW_RULES.filter(
    (rule) =>
      (rule.from.includes(state) || (rule.whileLive === true && live)) &&
      rolesAllowed(rule, actor) &&
      (rule.schedule === undefined || (rule.schedule === 'required') === hasSchedule),
  )
}

const roleNames = (roles: Role[], lang: 'vi' | 'en') => roles.map((r) => ROLE_LABELS[r][lang]).join(', ') || (lang === 'vi' ? 'không có vai trò' : 'no role')

/** Checks one transition; a refusal names the state, the role and what is allowed. */
export function checkTransition(request: TransitionRequest, actor: Actor): TransitionResult {
  const rule = WORKFLOW_RULES.find((r) => r.action === request.action)
  if (!rule) {
    return { ok: false, status: 400, vi: `Thao tác "${request.action}" không tồn tại.`, en: `Unknown workflow action "${request.action}".` }
  }
  const allowed = availableActions(request.state, actor, Boolean(request.hasSchedule), request.live ?? request.state === 'published')
  if (!allowed.includes(rule)) {
    if (!actor.roles.includes('admin') && !actor.inUnit) {
      return { ok: false, status: 403, vi: `Bạn không thuộc đơn vị của tin bài này nên không thể "${rule.vi}".`, en: `You do not belong to this report's unit, so you cannot "${rule.en}".` }
    }
    const allowedVi = allowed.map((r) => r.vi).join(', ') || 'không có thao tác nào'
    const allowedEn = allowed.map((r) => r.en).join(', ') || 'nothing'
    return {
      ok: false,
      status: 403,
      vi: `Không thể "${rule.vi}" tin bài ở trạng thái "${stateLabel(request.state)}" với vai trò ${roleNames(actor.roles, 'vi')}. Được phép: ${allowedVi}.`,
      en: `Cannot "${rule.en}" a report in state "${stateLabel(request.state, 'en')}" as ${roleNames(actor.roles, 'en')}. Allowed: ${allowedEn}.`,
    }
  }
  if (rule.needsComment && !request.comment?.trim()) {
    return { ok: false, status: 400, vi: `"${rule.vi}" cần có nhận xét cho tác giả.`, en: `"${rule.en}" needs a comment for the author.` }
  }
  if (rule.needsTime) {
    const at = request.at ? new Date(request.at) : null
    if (!at || Number.isNaN(at.getTime())) {
      return { ok: false, status: 400, vi: `"${rule.vi}" cần ngày giờ hợp lệ.`, en: `"${rule.en}" needs a valid date and time.` }
    }
    if (at.getTime() <= (request.now ?? new Date()).getTime()) {
      return { ok: false, status: 400, vi: 'Thời điểm hẹn giờ phải ở tương lai.', en: 'The scheduled time must be in the future.' }
    }
  }
  // taking down the live version leaves a pending edit in its own state
  const pendingEdit = request.state !== 'published' && !rule.from.includes(request.state)
  return { ok: true, rule, to: rule.to === 'same' || pendingEdit ? request.state : rule.to }
}

/** What the editor is told once an action is done, with a scheduled time in Vietnam time. */
export function doneMessage(action: string, lang: 'vi' | 'en', at?: string | null): string {
  const rule = WORKFLOW_RULES.find((r) => r.action === action)
  if (!rule) return lang === 'vi' ? 'Đã cập nhật trạng thái.' : 'State updated.'
  return (lang === 'vi' ? rule.doneVi : rule.doneEn).replace('{at}', at ? formatDateTimeVN(at) : '')
}
