import type { CollectionConfig } from 'payload'
import { adminOnly, anyone } from '../../src/access'
import { vietnameseSlugField } from '../../src/fields/slug'
import { toOptions } from '../../src/lib/options'
import { UNIT_LEVELS } from '../../src/lib/units'
import { validatePeriod } from '../../src/hooks/validatePeriod'
import { setDisplayName } from '../../src/hooks/setDisplayName'
import { setSavedBy } from '../../src/hooks/setSavedBy'
import { savedByField } from '../../src/fields/savedBy'
import { dayField } from '../../src/fields/date'
import { ensureOwnOrganisation } from './hooks/ensureOwnOrganisation'
import { auditChange } from '../../src/hooks/audit'
import { contactFields } from './contactFields'

/**
 * Boards are renamed, merged and dissolved. A rename is a new unit record with the old one
 * closed (validTo) and pointing to its successor, so reports keep the name they were
 * published under. Versions keep every edit of a record.
 */
export const Units: CollectionConfig = {
  slug: 'units',
  labels: {
    singular: { vi: 'Đơn vị', en: 'Unit' },
    plural: { vi: 'Đơn vị', en: 'Units' },
  },
  admin: {
    // ended units say so wherever they are offered: "Ban Dân vận Tỉnh ủy Hải Dương (đến 28/02/2025)"
    useAsTitle: 'displayName',
    defaultColumns: ['name', 'shortName', 'level', 'province', 'validFrom', 'validTo'],
    group: { vi: 'Quản trị', en: 'Administration' },
    description: {
      vi: 'Khi đơn vị đổi tên hoặc sáp nhập, hãy tạo đơn vị mới và ghi ngày kết thúc, đơn vị kế thừa cho đơn vị cũ; không sửa đè tên cũ.',
      en: 'When a unit is renamed or merged, create a new unit and set the old one’s end date and successor; never overwrite the old name.',
    },
  },
  versions: { maxPerDoc: 50 },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: { beforeValidate: [validatePeriod], beforeChange: [setSavedBy, setDisplayName, ensureOwnOrganisation], afterChange: [auditChange] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên đơn vị', en: 'Name' } },
    { name: 'displayName', type: 'text', label: { vi: 'Tên kèm thời gian', en: 'Name with period' }, admin: { hidden: true } },
    vietnameseSlugField('name'),
    { name: 'shortName', type: 'text', label: { vi: 'Tên viết tắt', en: 'Short name' } },
    {
      name: 'level',
      type: 'select',
      required: true,
      label: { vi: 'Cấp', en: 'Level' },
      options: toOptions(UNIT_LEVELS),
    },
    { name: 'province', type: 'text', label: { vi: 'Tỉnh/Thành phố', en: 'Province' } },
    { name: 'parent', type: 'relationship', relationTo: 'units', label: { vi: 'Đơn vị cấp trên', en: 'Parent unit' } },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: { vi: 'Là cơ quan', en: 'Organisation' },
      admin: { description: { vi: 'Ban này trong danh mục cơ quan, tổ chức; tự tạo nếu để trống.', en: 'This board as an organisation; made automatically when empty.' } },
    },
    {
      type: 'row',
      fields: [
        dayField('validFrom', { vi: 'Hiệu lực từ ngày', en: 'Valid from' }),
        dayField('validTo', { vi: 'Hiệu lực đến ngày', en: 'Valid to' }),
      ],
    },
    {
      name: 'successor',
      type: 'relationship',
      relationTo: 'units',
      label: { vi: 'Đơn vị kế thừa', en: 'Successor unit' },
      admin: { description: { vi: 'Đơn vị tiếp nhận sau khi đổi tên hoặc sáp nhập.', en: 'The unit that took over after a rename or merger.' } },
    },
    contactFields,
    savedByField,
  ],
}
