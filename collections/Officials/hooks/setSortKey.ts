import type { CollectionBeforeChangeHook } from 'payload'
import { nameSortKey } from '../../../src/lib/text/collationKey'
import { foldVietnamese } from '../../../src/lib/text/foldVietnamese'

/**
 * Lists of officials sort by given name in Vietnamese order on every database, and are
 * searched by a folded name so "tran duc thang" finds "Trần Đức Thắng".
 */
export const setSortKey: CollectionBeforeChangeHook = ({ data }) => {
  if (typeof data.fullName === 'string') {
    data.sortKey = nameSortKey(data.fullName)
    data.nameFolded = foldVietnamese(data.fullName)
  }
  return data
}
