import { slugField, type Field, type TextField } from 'payload'
import { slugify } from '../lib/text/slugify'

/**
 * Payload's slug field (auto-generated, editable, with its "generate" checkbox), wired to
 * the Vietnamese slugify so đ folds to d.
 */
export function vietnameseSlugField(useAsSlug: string, options: { unique?: boolean } = {}): Field {
  return slugField({
    useAsSlug,
    disableUnique: options.unique === false,
    slugify: ({ valueToSlugify }) => slugify(typeof valueToSlugify === 'string' ? valueToSlugify : ''),
    overrides: (row) => {
      for (const field of row.fields) {
        if ('name' in field && field.name === 'slug' && field.type === 'text') {
          const slug: TextField = field
          slug.label = { vi: 'Đường dẫn (slug)', en: 'Slug' }
          // Payload's slug field, with its label translated per request (LocalizedSlugField)
          const component = slug.admin?.components?.Field
          const clientProps = component && typeof component === 'object' ? component.clientProps : undefined
          slug.admin = {
            ...slug.admin,
            components: { ...slug.admin?.components, Field: { path: '/src/components/admin/LocalizedSlugField#LocalizedSlugField', clientProps: { ...clientProps, bilingualLabel: slug.label } } },
          }
          // The generate checkbox's hook runs too late for `required` on API writes without a
          // slug, so an empty slug is filled from its source field before validation.
          slug.hooks = {
            ...slug.hooks,
            beforeValidate: [
              ({ value, siblingData }) =>
                value || (typeof siblingData?.[useAsSlug] === 'string' ? slugify(siblingData[useAsSlug]) : value),
            ],
          }
          slug.admin = { ...slug.admin, description: { vi: 'Tự tạo từ tiêu đề, không dấu, đ thành d.', en: 'Generated from the title, without diacritics.' } }
        }
        if ('name' in field && field.name === 'generateSlug') field.label = { vi: 'Tự tạo đường dẫn', en: 'Generate slug' }
      }
      return row
    },
  })
}
