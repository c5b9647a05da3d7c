import type { CollectionConfig } from 'payload'
import { adminOnly, anyone, editorsAndUp } from '../../src/access'
import { dayField } from '../../src/fields/date'
import { validatePeriod } from '../../src/hooks/validatePeriod'
import { toOptions } from '../../src/lib/options'
import { ORGANISATION_KINDS, PARTY_BOARDS } from '../../src/lib/organisations/kinds'
import { UNIT_LEVELS } from '../../src/lib/units'
import { setDisplayName } from '../../src/hooks/setDisplayName'
import { setSavedBy } from '../../src/hooks/setSavedBy'
import { auditChange } from '../../src/hooks/audit'
import { savedByField } from '../../src/fields/savedBy'

/**
 * Where posts are held: the Party's organs (Bộ Chính trị, a Tỉnh ủy and its Ban Thường vụ, the
 * Party's boards), the state (Quốc hội, HĐND, UBND), the Front. Apart from units, the boards
 * that publish, though every unit names its own organisation. Renames and mergers are new
 * records linked by `successor`, so a post keeps the name of its time.
 */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: {
    singular: { vi: 'Cơ quan, tổ chức', en: 'Organisation' },
    plural: { vi: 'Cơ quan, tổ chức', en: 'Organisations' },
  },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['name', 'kind', 'level', 'province', 'validFrom', 'validTo'],
    listSearchableFields: ['name', 'province'],
    group: { vi: 'Danh mục', en: 'Reference' },
    description: {
      vi: 'Nơi cán bộ giữ chức vụ: cấp ủy, Ban Thường vụ, các ban của Đảng, HĐND, UBND, Đoàn ĐBQH, Mặt trận. Khi đổi tên, hợp nhất hay giải thể: ghi ngày kết thúc và cơ quan kế thừa, tạo bản ghi mới; không sửa đè tên cũ.',
      en: 'Where officials hold posts. On a rename, merger or dissolution, set the end date and successor and create a new record; never overwrite the old name.',
    },
  },
  defaultSort: 'name',
  versions: { maxPerDoc: 50 },
  access: { read: anyone, create: editorsAndUp, update: editorsAndUp, delete: adminOnly },
  hooks: { beforeValidate: [validatePeriod], beforeChange: [setSavedBy, setDisplayName], afterChange: [auditChange] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên cơ quan, tổ chức', en: 'Name' } },
    { name: 'displayName', type: 'text', label: { vi: 'Tên kèm thời gian', en: 'Name with period' }, admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, label: { vi: 'Loại', en: 'Kind' }, options: toOptions(ORGANISATION_KINDS) },
        {
          name: 'board',
          type: 'select',
          label: { vi: 'Ban', en: 'Board' },
          options: toOptions(PARTY_BOARDS),
          admin: { condition: (data) => data?.kind === 'party-board' },
        },
        { name: 'level', type: 'select', required: true, label: { vi: 'Cấp', en: 'Level' }, options: toOptions(UNIT_LEVELS) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'province', type: 'text', label: { vi: 'Tỉnh/Thành phố', en: 'Province' } },
        {
          name: 'locality',
          type: 'text',
          label: { vi: 'Địa danh trong tên', en: 'Place in the name' },
          admin: { description: { vi: 'Khi khác tỉnh, ví dụ "Gia Lâm" của Huyện ủy Gia Lâm.', en: 'When not the province, e.g. "Gia Lâm".' } },
        },
      ],
    },
    { name: 'parent', type: 'relationship', relationTo: 'organisations', label: { vi: 'Cơ quan cấp trên', en: 'Parent organisation' } },
    {
      type: 'row',
      fields: [dayField('validFrom', { vi: 'Hoạt động từ ngày', en: 'From' }), dayField('validTo', { vi: 'Đến ngày', en: 'Until' })],
    },
    {
      name: 'successor',
      type: 'relationship',
      relationTo: 'organisations',
      label: { vi: 'Cơ quan kế thừa', en: 'Successor' },
      admin: { description: { vi: 'Cơ quan tiếp nhận sau khi đổi tên, hợp nhất hoặc sáp nhập.', en: 'The organisation that took over after a rename or merger.' } },
    },
    {
      name: 'sources',
      type: 'textarea',
      label: { vi: 'Nguồn, căn cứ', en: 'Sources' },
      admin: { description: { vi: 'Quyết định, nghị quyết hoặc bài báo xác nhận tên và thời gian.', en: 'The decision or article the name and dates rest on.' } },
    },
    savedByField,
  ],
}
