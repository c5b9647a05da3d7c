import type { CollectionConfig } from 'payload'
import { adminOnly, anyone, editorsAndUp } from '../../src/access'
import { reportsJoin } from '../../src/fields/reportsJoin'
import { titlesAtDate, type Position } from '../../src/lib/officials/titlesAtDate'
import { organisationLookupOf } from '../../src/data/organisationsOfRequest'
import { changeTitlesEndpoint } from './endpoints/changeTitlesEndpoint'
import { confirmTitlesEndpoint, titleStatusEndpoint } from './endpoints/titleEndpoints'
import { mergeEndpoint, mergePreviewEndpoint } from './endpoints/mergeEndpoints'
import { checkPositions } from './hooks/checkPositions'
import { setSortKey } from './hooks/setSortKey'
import { markUnconfirmed } from './hooks/markUnconfirmed'
import { dayField } from '../../src/fields/date'
import { adminView } from '../../src/fields/adminView'
import { dropSearchEntry, syncSearchEntry } from '../../src/hooks/searchIndex'
import { photosUsedField } from '../../src/fields/photosUsed'
import { recordPhotosUsed, refreshPhotosAfterChange, refreshPhotosAfterDelete, rememberPhotosBeforeDelete } from '../../src/hooks/photoUse'

export const Officials: CollectionConfig = {
  slug: 'officials',
  labels: {
    singular: { vi: 'Cán bộ', en: 'Official' },
    plural: { vi: 'Cán bộ', en: 'Officials' },
  },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'currentTitles', 'titlesUnconfirmed', 'updatedAt'],
    // merged duplicates stay as redirects but leave the list
    baseListFilter: () => ({ mergedInto: { exists: false } }),
    // "tran duc thang" finds "Trần Đức Thắng" through the folded name
    listSearchableFields: ['fullName', 'nameFolded'],
    group: { vi: 'Danh mục', en: 'Reference' },
    description: {
      vi: 'Nhiều người trùng họ tên: một cái tên không đủ để xác định một người.',
      en: 'Many people share a name: a name alone is not an identity.',
    },
  },
  defaultSort: 'sortKey',
  access: { read: anyone, create: editorsAndUp, update: editorsAndUp, delete: adminOnly },
  // photosUsed: the portrait is public while the official uses it (src/hooks/photoUse.ts)
  hooks: {
    beforeValidate: [checkPositions],
    beforeChange: [setSortKey, markUnconfirmed, recordPhotosUsed],
    afterChange: [syncSearchEntry('official'), refreshPhotosAfterChange],
    beforeDelete: [rememberPhotosBeforeDelete],
    afterDelete: [dropSearchEntry('official'), refreshPhotosAfterDelete],
  },
  endpoints: [titleStatusEndpoint, confirmTitlesEndpoint, changeTitlesEndpoint, mergePreviewEndpoint, mergeEndpoint],
  fields: [
    { name: 'fullName', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'currentTitles',
      type: 'text',
      virtual: true,
      label: { vi: 'Chức danh hiện nay', en: 'Current titles' },
      admin: { readOnly: true, description: { vi: 'Chỉ các chức danh đã xác nhận.', en: 'Confirmed titles only.' } },
      hooks: {
        afterRead: [
          async ({ siblingData, req }) => {
            const confirmed = ((siblingData?.positions ?? []) as Position[]).filter((p) => p.confirmed === true)
            return titlesAtDate(confirmed, new Date(), await organisationLookupOf(req)).join(', ')
          },
        ],
      },
    },
    {
      name: 'titlesUnconfirmed',
      type: 'checkbox',
      index: true,
      defaultValue: false,
      label: { vi: 'Có chức danh chưa xác nhận', en: 'Has unconfirmed titles' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: { Cell: '/src/components/admin/UnconfirmedCell#UnconfirmedCell' },
        description: { vi: 'Chức danh lấy từ trang nhập, chưa được biên tập viên xác nhận. Lọc danh sách theo trường này để rà soát.', en: 'Titles seen in imported pages that no editor has confirmed yet.' },
      },
    },
    {
      name: 'nameFolded',
      type: 'text',
      index: true,
      label: { vi: 'Tên không dấu', en: 'Name without diacritics' },
      admin: { hidden: true },
    },
    {
      name: 'sortKey',
      type: 'text',
      index: true,
      label: { vi: 'Khóa sắp xếp', en: 'Sort key' },
      admin: { hidden: true },
    },
    { name: 'portrait', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh chân dung', en: 'Portrait' } },
    photosUsedField,
    adminView('positionsTimeline', 'PositionsTimeline', { vi: 'Quá trình công tác', en: 'Career' }),
    adminView('changeTitles', 'ChangeTitles', { vi: 'Thay đổi chức danh', en: 'Change titles' }),
    {
      name: 'positions',
      type: 'array',
      label: { vi: 'Chức vụ', en: 'Positions' },
      labels: { singular: { vi: 'Chức vụ', en: 'Position' }, plural: { vi: 'Chức vụ', en: 'Positions' } },
      admin: { description: { vi: 'Mỗi chức vụ với ngày bắt đầu và kết thúc; tin bài hiển thị chức vụ tại ngày đăng.', en: 'Each post with its start and end; reports show the titles held on their date.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', required: true, label: { vi: 'Chức danh (như văn bản ghi)', en: 'Title (as printed)' }, admin: { width: '60%' } },
            {
              name: 'organisation',
              type: 'relationship',
              relationTo: 'organisations',
              label: { vi: 'Cơ quan, tổ chức', en: 'Organisation' },
              admin: { width: '40%', description: { vi: 'Nơi giữ chức vụ (Tỉnh ủy, HĐND tỉnh…), không phải Ban đăng tin.', en: 'Where the post is held, not the publishing board.' } },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            dayField('start', { vi: 'Từ ngày', en: 'Start' }),
            dayField('end', { vi: 'Đến ngày', en: 'End' }),
            {
              name: 'confirmed',
              type: 'checkbox',
              defaultValue: true,
              label: { vi: 'Đã xác nhận', en: 'Confirmed' },
              admin: { description: { vi: 'Bỏ chọn: thời gian chỉ là "thấy từ … đến …" trong các trang nhập.', en: 'Unticked: the period is only "seen from … to …" in imported pages.' } },
            },
            {
              name: 'protocolRank',
              type: 'number',
              label: { vi: 'Thứ tự nghi thức', en: 'Protocol rank' },
              admin: { description: { vi: 'Số nhỏ đứng trước (chức vụ Đảng trước chức vụ chính quyền).', en: 'Lower comes first (Party posts before state posts).' } },
            },
          ],
        },
        { name: 'source', type: 'text', label: { vi: 'Nguồn', en: 'Source' }, admin: { description: { vi: 'Quyết định, bài báo hoặc trang đã nhập ghi nhận chức vụ này.', en: 'The decision, article or imported page this rests on.' } } },
      ],
    },
    { name: 'notes', type: 'textarea', label: { vi: 'Ghi chú', en: 'Notes' } },
    {
      name: 'possibleDuplicates',
      type: 'relationship',
      relationTo: 'officials',
      hasMany: true,
      label: { vi: 'Có thể trùng với', en: 'Possible duplicates' },
      admin: {
        position: 'sidebar',
        condition: (data) => Array.isArray(data?.possibleDuplicates) && data.possibleDuplicates.length > 0,
        description: { vi: 'Trình nhập thấy hồ sơ cùng tên nhưng không đủ căn cứ là một người: kiểm tra và dùng "Gộp hồ sơ trùng" nếu đúng.', en: 'The importer found same-named records without proof they are one person: check, and merge if so.' },
      },
    },
    adminView('mergeOfficial', 'MergeOfficial', { vi: 'Gộp hồ sơ trùng', en: 'Merge a duplicate' }, 'sidebar'),
    {
      name: 'mergedInto',
      type: 'relationship',
      relationTo: 'officials',
      label: { vi: 'Đã gộp vào', en: 'Merged into' },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.mergedInto), description: { vi: 'Hồ sơ trùng đã gộp; giữ lại để đường dẫn cũ vẫn dẫn đến đúng người.', en: 'A merged duplicate, kept so old links resolve.' } },
    },
    reportsJoin('officials'),
  ],
}
