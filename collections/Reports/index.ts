import type { CollectionConfig } from 'payload'
import { approversOfUnit, createInOwnUnit, readPublishedOrOwn, readVersionsOwnOrUnit, updateOwnOrUnit } from '../../src/access'
import { vietnameseSlugField } from '../../src/fields/slug'
import { createdByField, forEditorsAndUp, unitField } from '../../src/fields/unit'
import { guardUnit } from '../../src/hooks/guardUnit'
import { setCreatedBy } from '../../src/hooks/setCreatedBy'
import { setSavedBy } from '../../src/hooks/setSavedBy'
import { savedByField } from '../../src/fields/savedBy'
import { guardWorkflow } from './hooks/guardWorkflow'
import { titleOfficials } from './hooks/titleOfficials'
import { rememberSaveMode } from './hooks/rememberSaveMode'
import { validateSlugInUnit } from './hooks/validateSlugInUnit'
import { checkUnitPeriod } from './hooks/checkUnitPeriod'
import { workflowEndpoint } from './workflow/workflowEndpoint'
import { workflowPanelEndpoint } from './workflow/workflowPanelEndpoint'
import { bulkWorkflowEndpoint } from './workflow/bulkWorkflowEndpoint'
import { importWordEndpoint } from './importWordEndpoint'
import { toOptions } from '../../src/lib/options'
import { WORKFLOW_STATES } from '../../src/lib/workflow/states'
import { adminView } from '../../src/fields/adminView'
import { dropSearchEntry, syncSearchEntry } from '../../src/hooks/searchIndex'
import { captureLiveReport, revalidateReportAfterChange, revalidateReportAfterDelete } from './hooks/revalidateReport'
import { dropReportViews, readViewCount } from './hooks/viewCount'
import { reportPreviewURL } from './preview'
import { statisticsAfterReportChange, statisticsAfterReportDelete } from '../../src/data/statistics/totals'
import { photosUsedField } from '../../src/fields/photosUsed'
import { recordPhotosUsed, refreshPhotosAfterChange, refreshPhotosAfterDelete, rememberPhotosBeforeDelete } from '../../src/hooks/photoUse'

/** Reports (tin bài, báo cáo): what a board publishes under its name. */
export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: {
    singular: { vi: 'Tin bài', en: 'Report' },
    plural: { vi: 'Tin bài', en: 'Reports' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'workflowState', 'unit', 'createdBy', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'byline'],
    components: {
      beforeListTable: ['/src/components/admin/wordImport/ImportWord#ImportWord', '/src/components/admin/BulkWorkflow#BulkWorkflow'],
      edit: { PublishButton: '/src/components/admin/WorkflowActions#WorkflowActions', Status: '/src/components/admin/WorkflowStatus#WorkflowStatus' },
    },
    group: { vi: 'Nội dung', en: 'Content' },
    // staff preview the newest version on the public page, through /xem-truoc (draft mode)
    preview: (doc, { req }) => reportPreviewURL(doc, req),
    livePreview: { url: ({ data, req }) => reportPreviewURL(data, req) },
  },
  defaultSort: '-publishedAt',
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  // two editors never overwrite each other: the second sees who holds the report
  lockDocuments: { duration: 600 },
  access: {
    read: readPublishedOrOwn,
    readVersions: readVersionsOwnOrUnit,
    create: createInOwnUnit('contributor', 'editor', 'approver'),
    update: updateOwnOrUnit,
    delete: approversOfUnit,
  },
  hooks: {
    beforeOperation: [rememberSaveMode],
    beforeValidate: [validateSlugInUnit, checkUnitPeriod],
    beforeChange: [setCreatedBy, setSavedBy, guardUnit, guardWorkflow, captureLiveReport, recordPhotosUsed],
    // the public site's cached pages that show a live report are revalidated when it changes;
    // its photos are public while its live version shows them (src/hooks/photoUse.ts); a live
    // report's month of "Thống kê" is worked out again (src/data/statistics/totals.ts)
    afterChange: [revalidateReportAfterChange, syncSearchEntry('report'), refreshPhotosAfterChange, statisticsAfterReportChange],
    beforeDelete: [dropReportViews, rememberPhotosBeforeDelete],
    afterDelete: [revalidateReportAfterDelete, dropSearchEntry('report'), refreshPhotosAfterDelete, statisticsAfterReportDelete],
  },
  endpoints: [bulkWorkflowEndpoint, importWordEndpoint, workflowEndpoint, workflowPanelEndpoint],
  // Payload's own bulk edit, publish and unpublish would go around the workflow: the list offers its steps instead
  disableBulkEdit: true,
  // Public lists filter on status (and unit or category) and sort by date: one compound
  // index per query shape keeps them flat from 10k to 100k reports (see bench/reports-list).
  indexes: [
    { fields: ['unit', 'slug'], unique: true },
    { fields: ['_status', 'publishedAt'] },
    { fields: ['unit', '_status', 'publishedAt'] },
    { fields: ['category', '_status', 'publishedAt'] },
    { fields: ['unit', 'workflowState'] },
  ],
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { vi: 'Nội dung', en: 'Content' },
          fields: [
            adminView('returnedNotice', 'ReturnedNotice', { vi: 'Bài bị trả lại', en: 'Returned' }),
            { name: 'title', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Title' } },
            {
              name: 'lead',
              type: 'textarea',
              label: { vi: 'Sapo (tóm tắt)', en: 'Lead' },
              admin: { description: { vi: 'Đoạn mở đầu in đậm dưới tiêu đề.', en: 'The opening paragraph shown under the title.' } },
            },
            { name: 'body', type: 'richText', label: { vi: 'Nội dung', en: 'Body' } },
          ],
        },
        {
          label: { vi: 'Ảnh', en: 'Photos' },
          fields: [
            { name: 'featuredImage', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh đại diện', en: 'Featured image' } },
            {
              name: 'gallery',
              type: 'array',
              label: { vi: 'Ảnh trong bài', en: 'Gallery' },
              labels: { singular: { vi: 'Ảnh', en: 'Photo' }, plural: { vi: 'Ảnh', en: 'Photos' } },
              admin: { description: { vi: 'Mỗi ảnh có chú thích riêng; ảnh có thể gắn sau.', en: 'Each photo has its own caption; the photo may be attached later.' } },
              fields: [
                { name: 'photo', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh', en: 'Photo' } },
                { name: 'caption', type: 'textarea', label: { vi: 'Chú thích', en: 'Caption' } },
                adminView('insertOfficial', 'InsertOfficial', { vi: 'Chèn cán bộ', en: 'Insert official' }),
              ],
            },
          ],
        },
        {
          label: { vi: 'Liên kết', en: 'Links' },
          fields: [
            { name: 'officials', type: 'relationship', relationTo: 'officials', hasMany: true, label: { vi: 'Cán bộ được nhắc đến', en: 'Officials mentioned' } },
            {
              name: 'officialsTitled',
              type: 'text',
              hasMany: true,
              virtual: true,
              label: { vi: 'Cán bộ, với chức danh tại ngày đăng', en: 'Officials, titled as of the report date' },
              admin: {
                readOnly: true,
                description: { vi: 'Tự tính từ quá trình công tác của cán bộ; không sửa tay.', en: 'Computed from the officials’ positions.' },
                components: { Field: '/src/components/admin/TitledOfficials#TitledOfficials' },
              },
              hooks: { afterRead: [titleOfficials] },
            },
            adminView('confirmTitles', 'ConfirmTitles', { vi: 'Xác nhận chức danh', en: 'Confirm titles' }),
            { name: 'campaigns', type: 'relationship', relationTo: 'campaigns', hasMany: true, label: { vi: 'Phong trào, cuộc vận động', en: 'Campaigns' } },
            { name: 'models', type: 'relationship', relationTo: 'models', hasMany: true, label: { vi: 'Mô hình "Dân vận khéo"', en: 'Models' } },
            { name: 'legalDocuments', type: 'relationship', relationTo: 'legal-documents', hasMany: true, label: { vi: 'Văn bản được trích dẫn', en: 'Legal documents cited' } },
          ],
        },
        {
          label: { vi: 'Quy trình', en: 'Workflow' },
          fields: [
            adminView('publishChecklist', 'PublishChecklist', { vi: 'Kiểm tra trước khi xuất bản', en: 'Pre-publish checklist' }),
            adminView('workflowTimeline', 'WorkflowTimeline', { vi: 'Lịch sử quy trình', en: 'Workflow history' }),
            {
              name: 'comments',
              type: 'join',
              collection: 'report-comments',
              on: 'report',
              label: { vi: 'Góp ý biên tập', en: 'Editorial comments' },
              defaultSort: 'createdAt',
              // the API's view of the thread; the admin shows it as CommentThread, whose box needs no drawer
              admin: { hidden: true },
            },
            adminView('commentThread', 'CommentThread', { vi: 'Góp ý biên tập', en: 'Editorial comments' }),
          ],
        },
      ],
    },
    {
      name: 'workflowState',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      label: { vi: 'Trạng thái biên tập', en: 'Editorial state' },
      options: toOptions(WORKFLOW_STATES),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'returnedComment',
      type: 'textarea',
      label: { vi: 'Nhận xét khi trả lại', en: 'Returned with' },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.returnedComment) },
    },
    {
      name: 'scheduledAction',
      type: 'select',
      label: { vi: 'Hẹn giờ', en: 'Scheduled' },
      options: [
        { value: 'publish', label: { vi: 'Xuất bản', en: 'Publish' } },
        { value: 'unpublish', label: { vi: 'Gỡ bài', en: 'Unpublish' } },
      ],
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.scheduledAction) },
    },
    {
      name: 'scheduledAt',
      type: 'date',
      index: true,
      label: { vi: 'Thời điểm hẹn', en: 'Scheduled for' },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.scheduledAt), date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
    { name: 'scheduledBy', type: 'relationship', relationTo: 'users', admin: { hidden: true } },
    { name: 'scheduleToken', type: 'text', hidden: true },
    vietnameseSlugField('title', { unique: false }),
    unitField(),
    { name: 'category', type: 'relationship', relationTo: 'categories', index: true, label: { vi: 'Chuyên mục', en: 'Category' }, admin: { position: 'sidebar' } },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      timezone: true,
      label: { vi: 'Ngày giờ đăng', en: 'Published at' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' } },
    },
    {
      name: 'dateApproximate',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Ngày đăng ước tính', en: 'Date is approximate' },
      admin: { position: 'sidebar', description: { vi: 'Đánh dấu khi trang gốc không ghi ngày.', en: 'Set when the source page stated no date.' } },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Tin nổi bật', en: 'Featured' },
      admin: { position: 'sidebar', description: { vi: 'Đưa lên đầu trang chủ và trang đơn vị.', en: 'Shown first on the home and unit pages.' } },
    },
    {
      name: 'byline',
      type: 'text',
      label: { vi: 'Tác giả (bút danh)', en: 'Byline' },
      admin: { position: 'sidebar', description: { vi: 'Như in cuối bài, ví dụ "Nhóm PV, CTV t/h".', en: 'As printed, e.g. "Nhóm PV, CTV t/h".' } },
    },
    { name: 'source', type: 'text', label: { vi: 'Nguồn', en: 'Source' }, admin: { position: 'sidebar' } },
    {
      // the start figure: the old site's "Số lượt xem", stored by the importer
      name: 'importedViewCount',
      type: 'number',
      defaultValue: 0,
      label: { vi: 'Lượt xem trên trang cũ', en: 'Views on the old site' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, condition: (data, siblingData, context) => Boolean(data?.importedViewCount) && forEditorsAndUp(data, siblingData, context) },
    },
    {
      // not stored: importedViewCount plus the report's rows in report-views (hooks/viewCount.ts)
      name: 'viewCount',
      type: 'number',
      virtual: true,
      label: { vi: 'Lượt xem', en: 'Views' },
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: forEditorsAndUp,
        disableListColumn: true,
        disableListFilter: true,
        description: { vi: 'Lượt xem trên trang cũ cộng lượt xem từ khi xuất bản ở đây.', en: 'Old-site views plus views counted since.' },
      },
      hooks: { afterRead: [readViewCount] },
    },
    {
      name: 'sourceFingerprint',
      type: 'text',
      index: true,
      label: { vi: 'Dấu vân tay nguồn nhập', en: 'Source fingerprint' },
      admin: { position: 'sidebar', readOnly: true, condition: forEditorsAndUp, description: { vi: 'Dùng khi nhập lại trang cũ để cập nhật thay vì tạo bản trùng.', en: 'Lets a re-import update instead of duplicating.' } },
    },
    {
      name: 'titleNeedsReview',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Tiêu đề cần xác nhận', en: 'Title needs review' },
      admin: {
        position: 'sidebar',
        // for contributors only when it is set: it concerns them then
        condition: (data, siblingData, context) => Boolean(data?.titleNeedsReview) || forEditorsAndUp(data, siblingData, context),
        description: { vi: 'Trang gốc không có tiêu đề: tiêu đề được tạo từ câu mở đầu, biên tập viên cần xác nhận.', en: 'The source page had no title: one was made from its opening sentence.' },
      },
    },
    {
      name: 'importNotes',
      type: 'textarea',
      label: { vi: 'Ghi chú khi nhập', en: 'Import notes' },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.importNotes) },
    },
    // what the source said when last imported: an unchanged page is not written again
    { name: 'importHash', type: 'text', admin: { hidden: true } },
    photosUsedField,
    createdByField,
    savedByField,
  ],
}
