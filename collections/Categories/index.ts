import type { CollectionConfig } from 'payload'
import { adminOnly, anyone } from '../../src/access'
import { vietnameseSlugField } from '../../src/fields/slug'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: {
    singular: { vi: 'Chuyên mục', en: 'Category' },
    plural: { vi: 'Chuyên mục', en: 'Categories' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'parent'], group: { vi: 'Nội dung', en: 'Content' } },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên chuyên mục', en: 'Name' } },
    vietnameseSlugField('name'),
    { name: 'parent', type: 'relationship', relationTo: 'categories', label: { vi: 'Chuyên mục cha', en: 'Parent' } },
  ],
}
