import type { CollectionBeforeChangeHook } from 'payload'
import type { Position } from '../../../src/lib/officials/titlesAtDate'

/** Keeps "Có chức danh chưa xác nhận" true while any post is only attested, for the officials list filter. */
export const markUnconfirmed: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const positions = (data.positions ?? originalDoc?.positions ?? []) as Position[]
  data.titlesUnconfirmed = positions.some((p) => p.confirmed !== true)
  return data
}
