import type { CollectionBeforeChangeHook } from 'payload'
import { nameSortKey } from '../../../src/lib/text/collationKey'

/** Lists of officials sort by given name in Vietnamese order on every database. */
export const setSortKey: CollectionBeforeChangeHook = ({ data }) => {
  if (typeof data.fullName === 'string') data.sortKey = nameSortKey(data.fullName)
  return data
}
