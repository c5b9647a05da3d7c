/** What an audit entry says changed: each watched field, before → after, secrets never shown. */
export type AuditAction = 'create' | 'update' | 'delete' | 'login' | 'loginFailed' | 'locked' | 'unlock' | 'merge' | 'import'

export const AUDIT_ACTIONS: { value: AuditAction; vi: string; en: string }[] = [
  { value: 'create', vi: 'Tạo mới', en: 'Created' },
  { value: 'update', vi: 'Sửa', en: 'Changed' },
  { value: 'delete', vi: 'Xóa', en: 'Deleted' },
  { value: 'login', vi: 'Đăng nhập', en: 'Signed in' },
  { value: 'loginFailed', vi: 'Đăng nhập sai', en: 'Failed sign-in' },
  { value: 'locked', vi: 'Khóa tài khoản', en: 'Account locked' },
  { value: 'unlock', vi: 'Mở khóa tài khoản', en: 'Account unlocked' },
  { value: 'merge', vi: 'Gộp hồ sơ', en: 'Merged records' },
  { value: 'import', vi: 'Nhập trang cũ', en: 'Imported pages' },
]

const SECRET = /password|hash|salt|secret|token|recovery|totp/i
const SKIPPED = new Set(['updatedAt', 'createdAt', 'loginAttempts', 'lockUntil', 'sessions', 'id'])

/** An id, a populated relation, a list of either, a date or a plain value, as a short text. */
export function auditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅'
  if (Array.isArray(value)) return `[${value.map(auditValue).join(', ')}]`
  if (typeof value === 'object') {
    const record = value as { id?: unknown; name?: unknown; title?: unknown }
    if (record.id !== undefined) return String(record.name ?? record.title ?? record.id)
    return JSON.stringify(value).slice(0, 200)
  }
  const text = String(value)
  return text.length > 120 ? `${text.slice(0, 117)}…` : text
}

/** "roles: [editor] → [approver]; units: [3] → [3, 5]"; a changed secret says only that it changed. */
export function describeChange(before: Record<string, unknown> | null | undefined, after: Record<string, unknown>): string {
  const parts: string[] = []
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  for (const name of names) {
    if (SKIPPED.has(name) || name.startsWith('_')) continue
    const was = auditValue(before?.[name])
    const now = auditValue(after[name])
    if (was === now) continue
    parts.push(SECRET.test(name) ? `${name}: (đã đổi)` : before ? `${name}: ${was} → ${now}` : `${name}: ${now}`)
  }
  return parts.join('; ')
}
