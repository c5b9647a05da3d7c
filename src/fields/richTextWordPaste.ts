import { createServerFeature } from '@payloadcms/richtext-lexical'

/** Paste from Word keeps lists, tables, bold and italic and drops Word's styling (see WordPaste.client). */
export const WordPasteFeature = createServerFeature({
  feature: { ClientFeature: '/src/components/admin/richText/WordPaste.client#WordPasteClient' },
  key: 'wordPaste',
})
