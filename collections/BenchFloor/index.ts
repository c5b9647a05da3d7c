import type { CollectionConfig, Plugin } from 'payload'

/**
 * The floor of bench/admin.bench.ts: a plain collection (two text fields and a date, no hooks,
 * no versions, Payload's default access: any signed-in user), so its list and edit views are
 * Payload's own admin with nothing of ours in them. It exists only when
 * BENCH_FLOOR_COLLECTION=true, and is added by a plugin placed after the others so none of
 * them (labels, Vietnam-time date cells, text normalisation) touches it.
 */
export const BENCH_FLOOR = 'bench-floor'

export const BenchFloor: CollectionConfig = {
  slug: BENCH_FLOOR,
  labels: { singular: 'Bench note', plural: 'Bench notes' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'summary', 'date', 'updatedAt'] },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea' },
    { name: 'date', type: 'date', index: true },
  ],
}

export const benchFloor: Plugin = (config) =>
  process.env.BENCH_FLOOR_COLLECTION === 'true' ? { ...config, collections: [...(config.collections ?? []), BenchFloor] } : config
