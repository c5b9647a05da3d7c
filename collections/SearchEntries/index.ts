import type { CollectionConfig } from 'payload'
import { SEARCH_ENTRIES } from '../../src/lib/search/indexSync'

const nobody = () => false

/**
 * The search index's source of truth: one row per searchable published document (a
 * published report, an unmerged official, a model, a legal document), written only by the
 * hooks of those collections and by `npm run search:rebuild`. Each process searches an
 * in-memory index built from these rows (src/lib/search). Nobody reads or writes them
 * through the APIs; the public site searches through searchSite().
 */
export const SearchEntries: CollectionConfig = {
  slug: SEARCH_ENTRIES,
  labels: {
    singular: { vi: 'Mục chỉ mục tìm kiếm', en: 'Search entry' },
    plural: { vi: 'Chỉ mục tìm kiếm', en: 'Search entries' },
  },
  admin: { hidden: true, useAsTitle: 'title', group: { vi: 'Quản trị', en: 'Administration' } },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  // written only by hooks, never opened in the admin: no document-lock check on each write
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, label: { vi: 'Khóa', en: 'Key' } },
    {
      name: 'kind',
      type: 'select',
      label: { vi: 'Loại', en: 'Kind' },
      options: [
        { value: 'report', label: { vi: 'Tin bài', en: 'Report' } },
        { value: 'official', label: { vi: 'Cán bộ', en: 'Official' } },
        { value: 'model', label: { vi: 'Mô hình', en: 'Model' } },
        { value: 'legal-document', label: { vi: 'Văn bản', en: 'Legal document' } },
      ],
    },
    { name: 'docId', type: 'text', label: { vi: 'Mã tài liệu', en: 'Document id' } },
    { name: 'title', type: 'text', label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'url', type: 'text', label: { vi: 'Đường dẫn', en: 'URL' } },
    { name: 'unit', type: 'text', label: { vi: 'Đơn vị (mã)', en: 'Unit id' } },
    { name: 'unitName', type: 'text', label: { vi: 'Tên đơn vị', en: 'Unit name' } },
    { name: 'category', type: 'text', label: { vi: 'Chuyên mục (mã)', en: 'Category id' } },
    { name: 'year', type: 'number', label: { vi: 'Năm', en: 'Year' } },
    { name: 'publishedAt', type: 'date', label: { vi: 'Ngày đăng', en: 'Published at' } },
    { name: 'lead', type: 'textarea', label: { vi: 'Sapo', en: 'Lead' } },
    { name: 'text', type: 'textarea', label: { vi: 'Nội dung (văn bản thuần)', en: 'Text (plain)' } },
    { name: 'hash', type: 'text', label: { vi: 'Dấu nội dung', en: 'Content hash' } },
    {
      name: 'removed',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Đã gỡ khỏi tìm kiếm', en: 'Removed from search' },
      admin: { description: { vi: 'Giữ lại để các tiến trình khác biết mà gỡ khỏi chỉ mục.', en: 'Kept so other processes drop it from their index.' } },
    },
  ],
}
