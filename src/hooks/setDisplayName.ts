import type { CollectionBeforeChangeHook } from 'payload'
import { periodVN } from '../lib/format/dates'

/**
 * Renamed and merged units and organisations are separate records, often with the same name ("Tỉnh ủy
 * Thái Nguyên" before and after 1/7/2025): pickers and lists show the period beside the name.
 */
export const setDisplayName: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const period = periodVN(merged)
  data.displayName = period ? `${merged.name} (${period})` : merged.name
  return data
}
