import type { CollectionConfig } from 'payload'
import { adminOnly, anyone, editorsAndUp } from '../../src/access'
import { reportsJoin } from '../../src/fields/reportsJoin'
import { LEGAL_DOCUMENT_TYPES } from '../../src/lib/legal/documentTypes'
import { toOptions } from '../../src/lib/options'
import { setNumberKey } from './hooks/setNumberKey'
import { nameDocumentFile, removeDocumentFile, writeDocumentFile } from './hooks/storeDocumentFile'
import { serveDocument } from './storage'
import { payloadUploadDir } from '../Media/storage'
import { dayField } from '../../src/fields/date'
import { dropSearchEntry, syncSearchEntry } from '../../src/hooks/searchIndex'

/** Documents cited by reports and campaigns; one record per number however it is spelled. */
export const LegalDocuments: CollectionConfig = {
  slug: 'legal-documents',
  labels: {
    singular: { vi: 'Văn bản', en: 'Legal document' },
    plural: { vi: 'Văn bản', en: 'Legal documents' },
  },
  admin: { useAsTitle: 'number', defaultColumns: ['type', 'number', 'issuingBody', 'issuedDate', 'summary'], group: { vi: 'Danh mục', en: 'Reference' } },
  access: { read: anyone, create: editorsAndUp, update: editorsAndUp, delete: adminOnly },
  hooks: {
    beforeOperation: [nameDocumentFile],
    beforeValidate: [setNumberKey],
    afterChange: [writeDocumentFile, syncSearchEntry('legal-document')],
    afterDelete: [removeDocumentFile, dropSearchEntry('legal-document')],
  },
  upload: {
    // the attachment is written and removed by the hooks above, to the folder or the bucket
    // (storage.ts); Payload writes none, and its removal of a replaced file finds nothing there
    staticDir: payloadUploadDir,
    disableLocalStorage: true,
    handlers: [serveDocument],
    mimeTypes: ['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    filesRequiredOnCreate: false,
  },
  fields: [
    { name: 'type', type: 'select', required: true, label: { vi: 'Loại văn bản', en: 'Type' }, options: toOptions(LEGAL_DOCUMENT_TYPES) },
    {
      name: 'number',
      type: 'text',
      required: true,
      label: { vi: 'Số, ký hiệu', en: 'Number' },
      admin: { description: { vi: 'Như trên văn bản, ví dụ 25-NQ/TW, 04/2015/NĐ-CP.', en: 'As written, e.g. 25-NQ/TW, 04/2015/NĐ-CP.' } },
    },
    { name: 'numberKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
    { name: 'issuingBody', type: 'text', label: { vi: 'Cơ quan ban hành', en: 'Issuing body' } },
    {
      type: 'row',
      fields: [
        dayField('issuedDate', { vi: 'Ngày ban hành', en: 'Issued' }),
        dayField('effectiveDate', { vi: 'Ngày hiệu lực', en: 'Effective' }),
      ],
    },
    { name: 'summary', type: 'textarea', label: { vi: 'Trích yếu', en: 'Summary' } },
    reportsJoin('legalDocuments'),
  ],
}
