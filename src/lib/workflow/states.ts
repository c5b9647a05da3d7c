/** Editorial states of a report, in the order a report moves through them. */
export const WORKFLOW_STATES = [
  { value: 'draft', vi: 'Bản nháp', en: 'Draft' },
  { value: 'submitted', vi: 'Chờ biên tập', en: 'Submitted' },
  { value: 'inApproval', vi: 'Chờ duyệt', en: 'In approval' },
  { value: 'published', vi: 'Đã xuất bản', en: 'Published' },
  { value: 'unpublished', vi: 'Đã gỡ', en: 'Unpublished' },
] as const

export type WorkflowState = (typeof WORKFLOW_STATES)[number]['value']

export const stateLabel = (state: string, lang: 'vi' | 'en' = 'vi'): string =>
  WORKFLOW_STATES.find((s) => s.value === state)?.[lang] ?? state
