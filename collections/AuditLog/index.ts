import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../src/access'
import { refuseChange, refuseDelete } from '../../src/hooks/appendOnly'
import { AUDIT_ACTIONS } from '../../src/lib/audit/describeChange'

/**
 * The administrative audit log (NĐ 85/2016, level 2: logging of administrative actions): users
 * and roles, units and organisations changed, deletions anywhere, merges, imports, sign-ins,
 * failed sign-ins and lockouts; who, when, what and from which address. Written only by the
 * server (src/hooks/audit.ts), read by admins, never changed or deleted by anyone.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { vi: 'Nhật ký quản trị', en: 'Audit entry' },
    plural: { vi: 'Nhật ký quản trị', en: 'Audit log' },
  },
  admin: {
    useAsTitle: 'target',
    defaultColumns: ['createdAt', 'action', 'target', 'summary', 'actorName', 'address'],
    group: { vi: 'Quản trị', en: 'Administration' },
  },
  defaultSort: '-createdAt',
  access: { read: adminOnly, create: () => false, update: () => false, delete: () => false },
  hooks: { beforeChange: [refuseChange], beforeDelete: [refuseDelete] },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Thao tác', en: 'Action' },
      options: AUDIT_ACTIONS.map((a) => ({ value: a.value, label: { vi: a.vi, en: a.en } })),
    },
    { name: 'collectionSlug', type: 'text', index: true, label: { vi: 'Loại dữ liệu', en: 'Collection' } },
    { name: 'documentId', type: 'text', index: true, label: { vi: 'Mã bản ghi', en: 'Record id' } },
    { name: 'target', type: 'text', label: { vi: 'Đối tượng', en: 'Target' } },
    { name: 'summary', type: 'textarea', label: { vi: 'Nội dung thay đổi', en: 'What changed' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', index: true, label: { vi: 'Người thực hiện', en: 'By' } },
    // kept as text too: the entry still says who after the account is deleted
    { name: 'actorName', type: 'text', label: { vi: 'Người thực hiện (tên)', en: 'By (name)' } },
    { name: 'address', type: 'text', index: true, label: { vi: 'Địa chỉ IP', en: 'Address' } },
  ],
}
