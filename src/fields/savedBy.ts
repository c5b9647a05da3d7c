import type { Field } from 'payload'
import { forEditorsAndUp } from './unit'

/**
 * Read-only record of the account that saved this version (see setSavedBy): Payload's versions
 * carry no author, so the versions list and the comparison show who saved each one from it.
 */
export const savedByField: Field = {
  name: 'savedBy',
  type: 'relationship',
  relationTo: 'users',
  label: { vi: 'Người lưu', en: 'Saved by' },
  // staff business: units, organisations and published reports are read by anyone
  access: { read: ({ req }) => Boolean(req.user) },
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: forEditorsAndUp,
    // the comparison of two versions names both savers
    components: { Diff: '/src/components/admin/versions/SavedByDiff#SavedByDiff' },
  },
}
