import { createServerFeature } from '@payloadcms/richtext-lexical'

/** The rich-text editor's handles named in the admin's language (see HandleLabels.client). */
export const HandleLabelsFeature = createServerFeature({
  feature: { ClientFeature: '/src/components/admin/richText/HandleLabels.client#HandleLabelsClient' },
  key: 'handleLabels',
})
