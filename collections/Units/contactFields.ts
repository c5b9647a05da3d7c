import type { Field, TextFieldSingleValidation } from 'payload'
import { tr } from '../../src/i18n/translations'
import { isPhoneNumber } from '../../src/lib/site/contacts'

const validatePhone: TextFieldSingleValidation = (value, { req }) => (!value || isPhoneNumber(value) ? true : tr(req.t, 'phoneInvalid'))

/**
 * What NĐ 42/2022/NĐ-CP asks a portal to publish about each body: its address, contacts and
 * functions, shown on the board's contact page, "Liên hệ" and the English page (/en). Every
 * field may stay empty: the pages then show nothing for it.
 */
export const contactFields: Field = {
  type: 'collapsible',
  label: { vi: 'Liên hệ và chức năng', en: 'Contact and functions' },
  admin: { initCollapsed: false },
  fields: [
    {
      name: 'nameEn',
      type: 'text',
      label: { vi: 'Tên tiếng Anh', en: 'English name' },
      admin: { description: { vi: 'Hiện trên trang tiếng Anh (/en); để trống thì dùng tên tiếng Việt.', en: 'Shown on the English page (/en); the Vietnamese name when empty.' } },
    },
    { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' }, validate: validatePhone, admin: { placeholder: '024 3823 4567' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử (e-mail)', en: 'E-mail' } },
      ],
    },
    {
      name: 'functions',
      type: 'array',
      label: { vi: 'Chức năng, nhiệm vụ', en: 'Functions' },
      labels: { singular: { vi: 'Chức năng', en: 'Function' }, plural: { vi: 'Chức năng, nhiệm vụ', en: 'Functions' } },
      fields: [
        { name: 'description', type: 'textarea', required: true, label: { vi: 'Nội dung (tiếng Việt)', en: 'Text (Vietnamese)' } },
        { name: 'descriptionEn', type: 'textarea', label: { vi: 'Nội dung (tiếng Anh)', en: 'Text (English)' } },
      ],
    },
  ],
}
