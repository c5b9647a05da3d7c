import type { Field } from 'payload'

/** The reports that cite this document, so the relation is navigable from both sides. */
export function reportsJoin(on: string): Field {
  return {
    name: 'reports',
    type: 'join',
    collection: 'reports',
    on,
    label: { vi: 'Tin bài liên quan', en: 'Reports' },
    defaultSort: '-publishedAt',
    defaultLimit: 20,
    admin: { defaultColumns: ['title', 'unit', 'publishedAt', '_status'] },
  }
}
