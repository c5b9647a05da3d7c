import type { CollectionConfig } from 'payload'
import { anyone, approversOfUnit, createInOwnUnit, editorsOfUnit } from '../../src/access'
import { reportsJoin } from '../../src/fields/reportsJoin'
import { vietnameseSlugField } from '../../src/fields/slug'
import { statisticsAfterModelChange, statisticsAfterModelDelete } from '../../src/data/statistics/totals'
import { unitField } from '../../src/fields/unit'
import { guardUnit } from '../../src/hooks/guardUnit'
import { CAMPAIGN_SCOPES, MODEL_FIELDS, MODEL_STATUSES } from '../../src/lib/campaigns'
import { toOptions } from '../../src/lib/options'
import { dropSearchEntry, syncSearchEntry } from '../../src/hooks/searchIndex'
import { photosUsedField } from '../../src/fields/photosUsed'
import { recordPhotosUsed, refreshPhotosAfterChange, refreshPhotosAfterDelete, rememberPhotosBeforeDelete } from '../../src/hooks/photoUse'

/** "Dân vận khéo" models: local initiatives recognised under a campaign, counted by field, unit and year. */
export const Models: CollectionConfig = {
  slug: 'models',
  labels: {
    singular: { vi: 'Mô hình "Dân vận khéo"', en: '"Dân vận khéo" model' },
    plural: { vi: 'Mô hình "Dân vận khéo"', en: '"Dân vận khéo" models' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'field', 'unit', 'yearRecognised', 'status'], group: { vi: 'Danh mục', en: 'Reference' } },
  access: { read: anyone, create: createInOwnUnit('editor', 'approver'), update: editorsOfUnit, delete: approversOfUnit },
  // photosUsed: a model's photos are public while it shows them (src/hooks/photoUse.ts)
  hooks: {
    beforeChange: [guardUnit, recordPhotosUsed],
    afterChange: [syncSearchEntry('model'), refreshPhotosAfterChange, statisticsAfterModelChange],
    beforeDelete: [rememberPhotosBeforeDelete],
    afterDelete: [dropSearchEntry('model'), refreshPhotosAfterDelete, statisticsAfterModelDelete],
  },
  indexes: [{ fields: ['unit', 'field', 'yearRecognised'] }],
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên mô hình', en: 'Name' } },
    vietnameseSlugField('name'),
    { name: 'field', type: 'select', required: true, index: true, label: { vi: 'Lĩnh vực', en: 'Field' }, options: toOptions(MODEL_FIELDS) },
    unitField(),
    { name: 'locality', type: 'text', label: { vi: 'Địa bàn', en: 'Locality' }, admin: { description: { vi: 'Xã, phường, thôn, khu phố nơi thực hiện mô hình.', en: 'Where the model runs.' } } },
    { name: 'level', type: 'select', label: { vi: 'Cấp', en: 'Level' }, options: toOptions(CAMPAIGN_SCOPES) },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', label: { vi: 'Thuộc phong trào', en: 'Campaign' } },
    { name: 'yearRecognised', type: 'number', min: 1990, max: 2100, index: true, label: { vi: 'Năm công nhận', en: 'Year recognised' } },
    { name: 'status', type: 'select', defaultValue: 'registered', label: { vi: 'Trạng thái', en: 'Status' }, options: toOptions(MODEL_STATUSES) },
    { name: 'description', type: 'textarea', label: { vi: 'Mô tả', en: 'Description' } },
    { name: 'results', type: 'textarea', label: { vi: 'Kết quả', en: 'Results' } },
    { name: 'photos', type: 'upload', relationTo: 'media', hasMany: true, label: { vi: 'Ảnh', en: 'Photos' } },
    photosUsedField,
    reportsJoin('models'),
  ],
}
