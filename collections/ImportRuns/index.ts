import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../src/access'
import { startImportEndpoint } from './startImport'
import { auditImportStart } from '../../src/hooks/audit'

/** Uploads of old-site pages imported by the admin view (/admin/nhap-trang-cu), with progress and summary. */
export const ImportRuns: CollectionConfig = {
  slug: 'import-runs',
  labels: {
    singular: { vi: 'Lượt nhập trang cũ', en: 'Import run' },
    plural: { vi: 'Lượt nhập trang cũ', en: 'Import runs' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'state', 'done', 'total', 'created', 'failed', 'createdAt'],
    group: { vi: 'Quản trị', en: 'Administration' },
    description: { vi: 'Nhập trang từ trang web cũ tại "Nhập trang cũ".', en: 'Start an import from "Import old pages".' },
  },
  defaultSort: '-createdAt',
  // runs are made by the upload endpoint and written by the job, never by hand
  hooks: { afterChange: [auditImportStart] },
  access: { read: adminOnly, create: () => false, update: () => false, delete: adminOnly },
  endpoints: [startImportEndpoint],
  fields: [
    { name: 'label', type: 'text', label: { vi: 'Tệp', en: 'Files' } },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'queued',
      label: { vi: 'Trạng thái', en: 'State' },
      options: [
        { value: 'queued', label: { vi: 'Đang chờ', en: 'Queued' } },
        { value: 'running', label: { vi: 'Đang nhập', en: 'Running' } },
        { value: 'done', label: { vi: 'Xong', en: 'Done' } },
        { value: 'failed', label: { vi: 'Thất bại', en: 'Failed' } },
      ],
    },
    {
      name: 'targetStatus',
      type: 'select',
      defaultValue: 'draft',
      label: { vi: 'Nhập thành', en: 'Import as' },
      options: [
        { value: 'draft', label: { vi: 'Bản nháp', en: 'Drafts' } },
        { value: 'published', label: { vi: 'Đã xuất bản', en: 'Published' } },
      ],
    },
    { name: 'unit', type: 'relationship', relationTo: 'units', label: { vi: 'Đơn vị (bắt buộc cho mọi trang)', en: 'Unit (forced)' } },
    { name: 'dryRun', type: 'checkbox', label: { vi: 'Chạy thử', en: 'Dry run' } },
    ...(['total', 'done', 'created', 'updated', 'unchanged', 'failed'] as const).map((name) => ({
      name,
      type: 'number' as const,
      defaultValue: 0,
      label: {
        total: { vi: 'Tổng số trang', en: 'Pages' },
        done: { vi: 'Đã xử lý', en: 'Done' },
        created: { vi: 'Tạo mới', en: 'Created' },
        updated: { vi: 'Cập nhật', en: 'Updated' },
        unchanged: { vi: 'Không đổi', en: 'Unchanged' },
        failed: { vi: 'Lỗi', en: 'Failed' },
      }[name],
    })),
    {
      name: 'results',
      type: 'json',
      label: { vi: 'Kết quả từng trang', en: 'Per-page results' },
      // a table, not Payload's code editor (loaded from a CDN, which nothing here may reach)
      admin: { components: { Field: '/src/components/admin/ImportRunResults#ImportRunResults' } },
    },
    { name: 'error', type: 'textarea', label: { vi: 'Lỗi', en: 'Error' } },
    { name: 'startedAt', type: 'date', label: { vi: 'Bắt đầu', en: 'Started' } },
    { name: 'finishedAt', type: 'date', label: { vi: 'Kết thúc', en: 'Finished' } },
    { name: 'startedBy', type: 'relationship', relationTo: 'users', label: { vi: 'Người thực hiện', en: 'Started by' } },
  ],
}
