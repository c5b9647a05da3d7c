import type { GlobalAfterChangeHook, GlobalBeforeValidateHook, GlobalConfig, TextFieldSingleValidation } from 'payload'
import { adminOnly, anyone } from '../src/access'
import { normaliseFieldValues } from '../src/hooks/normaliseTextFields'
import { tr } from '../src/i18n/translations'
import { invalidateSite } from '../src/invalidation/invalidateSite'
import { globalInvalidation } from '../src/lib/site/invalidation'
import { isPortalUrl } from '../src/lib/site/urls'

const validateUrl: TextFieldSingleValidation = (value, { req }) => (value && isPortalUrl(value) ? true : tr(req.t, 'portalUrlInvalid'))

// NFC like every collection (src/hooks/withTextNormalisation.ts covers collections only)
const normalise: GlobalBeforeValidateHook = ({ data, global }) => {
  if (data) normaliseFieldValues(global.fields, data)
  return data
}

// the links sit in every page's footer: every cached page, on every server process
const revalidate: GlobalAfterChangeHook = async ({ doc, req }) => {
  await invalidateSite({ req }, globalInvalidation('portal-links'))
  return doc
}

/**
 * "Liên kết cổng thông tin": links to other state portals in the public site's footer, as NĐ
 * 42/2022/NĐ-CP asks; plain links (nothing is fetched from them), kept by system administrators.
 * The first start fills it with a few real portals (src/seed/portalLinks.ts).
 */
export const PortalLinks: GlobalConfig = {
  slug: 'portal-links',
  label: { vi: 'Liên kết cổng thông tin', en: 'Portal links' },
  admin: {
    group: { vi: 'Quản trị', en: 'Administration' },
    description: {
      vi: 'Các cổng thông tin điện tử khác hiện ở chân mọi trang của trang tin, theo thứ tự ở đây.',
      en: 'Other state portals, listed in this order in the footer of every page of the public site.',
    },
  },
  access: { read: anyone, update: adminOnly },
  hooks: { beforeValidate: [normalise], afterChange: [revalidate] },
  fields: [
    {
      name: 'links',
      type: 'array',
      label: { vi: 'Liên kết', en: 'Links' },
      labels: { singular: { vi: 'Liên kết', en: 'Link' }, plural: { vi: 'Liên kết', en: 'Links' } },
      maxRows: 30,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { vi: 'Tên cổng thông tin', en: 'Portal name' }, admin: { placeholder: 'Cổng thông tin điện tử Chính phủ' } },
            { name: 'url', type: 'text', required: true, label: { vi: 'Địa chỉ', en: 'Address' }, validate: validateUrl, admin: { placeholder: 'https://chinhphu.vn' } },
          ],
        },
      ],
    },
  ],
}
