import { CAMPAIGN_KINDS, MODEL_FIELDS } from '../campaigns'
import { LEGAL_DOCUMENT_TYPES } from '../legal/documentTypes'

/** The Vietnamese labels of stored option values, as the public site prints them. */
const label = (options: readonly { value: string; vi: string }[], value: unknown) => options.find((o) => o.value === value)?.vi ?? ''

export const modelFieldLabel = (value: unknown) => label(MODEL_FIELDS, value)
export const legalTypeLabel = (value: unknown) => label(LEGAL_DOCUMENT_TYPES, value)
export const campaignKindLabel = (value: unknown) => label(CAMPAIGN_KINDS, value)
/** "Nghị định số 04/2015/NĐ-CP" */
export const legalTitle = (doc: { type?: unknown; number: string }) => [legalTypeLabel(doc.type), `số ${doc.number}`].filter(Boolean).join(' ')
