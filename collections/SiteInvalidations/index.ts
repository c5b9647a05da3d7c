import type { CollectionConfig } from 'payload'
import { SITE_INVALIDATIONS } from '../../src/lib/site/invalidationLog'

const nobody = () => false

/**
 * The invalidation log: each write that makes public pages stale records their cache tags and
 * paths here, and every server process follows it (src/invalidation), so a publish on one
 * process reaches the pages, copies and search index of all. Rows are short-lived (minutes);
 * written and read through payload.db only, never through the APIs or the admin.
 */
export const SiteInvalidations: CollectionConfig = {
  slug: SITE_INVALIDATIONS,
  labels: {
    singular: { vi: 'Lần làm mới trang', en: 'Site invalidation' },
    plural: { vi: 'Nhật ký làm mới trang', en: 'Site invalidations' },
  },
  admin: { hidden: true, group: { vi: 'Quản trị', en: 'Administration' } },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  lockDocuments: false,
  fields: [
    { name: 'tags', type: 'json', label: { vi: 'Thẻ bộ nhớ đệm', en: 'Cache tags' } },
    { name: 'paths', type: 'json', label: { vi: 'Đường dẫn', en: 'Paths' } },
    { name: 'origin', type: 'text', label: { vi: 'Tiến trình ghi', en: 'Writing process' } },
  ],
  // (followers read by createdAt, which Payload indexes by default)
}
