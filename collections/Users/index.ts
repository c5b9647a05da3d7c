import type { CollectionConfig } from 'payload'
import { isHttps } from '../../src/lib/config/securityHeaders'
import { adminOnly, adminOnlyField, adminOrSelf, readColleagues, readEmail } from '../../src/access'
import { ROLES, ROLE_LABELS } from '../../src/lib/roles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { passwordPolicyOnReset, passwordPolicyOnSave } from './hooks/enforcePasswordPolicy'
import { forgetFailuresOnUnlock, guardLogin, noSessionFromResetWithTwoFactor, secondStepOfLogin } from './login/guardLogin'
import { twoFactorEndpoints } from './twoFactor/endpoints'
import { auditChange, auditLogin, auditLoginError, auditUnlock } from '../../src/hooks/audit'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { vi: 'Người dùng', en: 'User' },
    plural: { vi: 'Người dùng', en: 'Users' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'units'],
    group: { vi: 'Quản trị', en: 'Administration' },
  },
  auth: {
    // Payload's own lock counts failures per account from anywhere, so one address could lock
    // out the admin: the lockout is ours instead, per account, address and pair (./login)
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // a site served over https sends its session cookie over https only
    cookies: { secure: isHttps(process.env.SERVER_URL), sameSite: 'Lax' },
  },
  access: {
    read: readColleagues,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
    unlock: adminOnly,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: {
    beforeOperation: [passwordPolicyOnReset, guardLogin],
    beforeLogin: [secondStepOfLogin],
    beforeValidate: [passwordPolicyOnSave],
    beforeChange: [firstUserIsAdmin],
    afterChange: [auditChange],
    afterLogin: [auditLogin],
    afterError: [auditLoginError],
    afterOperation: [auditUnlock, forgetFailuresOnUnlock, noSessionFromResetWithTwoFactor],
  },
  endpoints: twoFactorEndpoints,
  fields: [
    // Payload's own e-mail field, merged with this: who may read it
    { name: 'email', type: 'email', access: { read: readEmail } },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { vi: 'Họ và tên', en: 'Full name' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['contributor'],
      label: { vi: 'Vai trò', en: 'Roles' },
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      // their order means nothing: no drag handles (a draggable chip holding its remove button nests two controls)
      admin: { isSortable: false },
      access: { create: adminOnlyField, update: adminOnlyField },
      saveToJWT: true,
    },
    {
      name: 'units',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: { vi: 'Đơn vị công tác', en: 'Units' },
      admin: { isSortable: false, description: { vi: 'Người dùng chỉ xem, sửa và xuất bản nội dung của các đơn vị này.', en: 'The user sees, edits and publishes only these units’ content.' } },
      access: { create: adminOnlyField, update: adminOnlyField },
      saveToJWT: true,
    },
    // two-factor sign-in, unlock and lock status for admins (collections/Users/twoFactor, ./login)
    {
      name: 'accountSecurity',
      type: 'ui',
      label: { vi: 'Đăng nhập và bảo mật', en: 'Sign-in and security' },
      admin: { position: 'sidebar', components: { Field: '/src/components/admin/account/AccountSecurity#AccountSecurity' } },
    },
    // set only by the two-factor endpoints; the secrets are never returned by any API
    { name: 'totpEnabled', type: 'checkbox', defaultValue: false, label: { vi: 'Xác thực hai bước', en: 'Two-factor sign-in' }, access: { create: () => false, update: () => false }, admin: { hidden: true } },
    { name: 'totpSecret', type: 'text', hidden: true },
    { name: 'totpPending', type: 'text', hidden: true },
    { name: 'totpLastStep', type: 'number', hidden: true },
    { name: 'recoveryCodes', type: 'json', hidden: true },
  ],
}
