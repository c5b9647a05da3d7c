import type { UIField } from 'payload'

/**
 * A custom React view inside an edit form (a `ui` field: it stores nothing). The component
 * lives in src/components/admin/{component}.tsx and is exported under the same name.
 */
export function adminView(name: string, component: string, label: { vi: string; en: string }, position?: 'sidebar'): UIField {
  return {
    name,
    type: 'ui',
    label,
    admin: { ...(position ? { position } : {}), components: { Field: `/src/components/admin/${component}#${component}` } },
  }
}
