import type { CollectionConfig } from 'payload'

/**
 * Failed sign-ins of the last quarter hour, the facts the lockout rules read
 * (src/lib/auth/lockout.ts): the account tried (a SHA-256 of the e-mail, so a password typed
 * into the e-mail box is not kept), the client address, the time in ms. Written and read by the
 * sign-in hooks only (collections/Users/login); nobody reads or writes it through an API.
 */
export const LoginFailures: CollectionConfig = {
  slug: 'login-failures',
  labels: {
    singular: { vi: 'Lần đăng nhập sai', en: 'Failed sign-in' },
    plural: { vi: 'Lần đăng nhập sai', en: 'Failed sign-ins' },
  },
  admin: { hidden: true },
  graphQL: false,
  timestamps: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'account', type: 'text', required: true, index: true },
    { name: 'address', type: 'text', required: true, index: true },
    { name: 'at', type: 'number', required: true, index: true },
  ],
}
