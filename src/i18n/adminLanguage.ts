import type { CollectionConfig, Config, Field, Plugin } from 'payload'
import { isAdmin, staffOf } from '../lib/roles'
import { tr } from './translations'

type Bilingual = Record<string, string>
type LabelFunction = (args: { i18n: { language: string } }) => string

const isBilingual = (value: unknown): value is Bilingual =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && !('$$typeof' in (value as object)) && typeof (value as Bilingual).vi === 'string'

/**
 * A {vi, en} label as a function of the admin's language. Payload hands a label object to the
 * browser as it is written and some of its components interpolate it straight into a string
 * (the list's sort buttons: "Sắp xếp theo [object Object] Tăng dần"; a relationship's add
 * button: "Thêm mới: [object Object]"); a function is resolved to the language's string when
 * the admin's client config is built, so every component gets text.
 */
const inLanguage =
  (label: Bilingual): LabelFunction =>
  ({ i18n }) =>
    label[i18n.language] ?? label.vi ?? Object.values(label)[0]

const DATE_COMPONENTS = {
  Field: '/src/components/admin/dates/VietnamDateField#VietnamDateField',
  Cell: '/src/components/admin/dates/VietnamDateCell#VietnamDateCell',
  Diff: '/src/components/admin/dates/VietnamDateDiff#VietnamDateDiff',
}

const DOCUMENT_TIMES = '/src/components/admin/dates/DocumentTimes#DocumentTimes'

/** The components Payload's server renders for a field, handing them the field's config. */
const SERVER_RENDERED = ['Field', 'Label', 'Description', 'Error', 'beforeInput', 'afterInput']

/**
 * Drawn, wholly or in part, by components the server renders (a rich-text editor, a custom
 * field or label), unless it is one of ours that translates a `bilingualLabel` prop itself.
 */
const drawnByServer = (field: Field): boolean => {
  if (field.type === 'richText') return true
  const components = ((field.admin as { components?: Record<string, unknown> } | undefined)?.components ?? {}) as Record<string, unknown>
  const translatesItself = (c: unknown) => typeof c === 'object' && c !== null && Boolean((c as { clientProps?: { bilingualLabel?: unknown } }).clientProps?.bilingualLabel)
  return Object.entries(components).some(([key, c]) => SERVER_RENDERED.includes(key) && Boolean(c) && !(key === 'Field' && translatesItself(c)))
}

/**
 * Every date field in Vietnam time (field, list cell, version comparison); labels as functions.
 * Not the label of a field drawn by components the server renders (the rich-text editor, a
 * custom field): Payload hands those the field configs it builds once per collection for
 * whichever language comes first (getClientSchemaMap), so a function there would stick to that
 * language; they keep their {vi, en} object, which the component translates. Our date picker
 * and slug field get the object as a `bilingualLabel` prop and translate it themselves, so
 * theirs become functions too.
 */
function adaptField(field: Field): Field {
  const adapted = { ...field } as Field & Record<string, unknown>
  const bilingual = 'label' in adapted && isBilingual(adapted.label) ? adapted.label : undefined
  if (bilingual && !drawnByServer(field)) (adapted as { label: unknown }).label = inLanguage(bilingual)
  if ((adapted.type === 'array' || adapted.type === 'blocks') && adapted.labels) {
    const { singular, plural } = adapted.labels as { singular?: unknown; plural?: unknown }
    adapted.labels = { singular: isBilingual(singular) ? inLanguage(singular) : singular, plural: isBilingual(plural) ? inLanguage(plural) : plural } as never
  }
  if (adapted.type === 'date') {
    const components = (adapted.admin?.components ?? {}) as Record<string, unknown>
    const withLabel = (path: string) => (bilingual ? { path, clientProps: { bilingualLabel: bilingual } } : path)
    adapted.admin = { ...adapted.admin, components: { Field: withLabel(DATE_COMPONENTS.Field), Cell: DATE_COMPONENTS.Cell, Diff: withLabel(DATE_COMPONENTS.Diff), ...components } as never }
  }
  if ('fields' in adapted && Array.isArray(adapted.fields)) (adapted as { fields: Field[] }).fields = adapted.fields.map(adaptField)
  if (adapted.type === 'tabs') adapted.tabs = adapted.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(adaptField) }))
  if (adapted.type === 'blocks' && adapted.blocks) adapted.blocks = adapted.blocks.map((block) => ({ ...block, fields: block.fields.map(adaptField) }))
  return adapted
}

/**
 * Payload's own timestamps, as it adds them (with its own words for them), but shown in Vietnam
 * time like every other date.
 */
const timestamp = (name: 'createdAt' | 'updatedAt'): Field =>
  adaptField({
    name,
    type: 'date',
    index: true,
    label: name === 'createdAt' ? { vi: 'Ngày tạo', en: 'Created At' } : { vi: 'Ngày cập nhật', en: 'Updated At' },
    admin: { disableBulkEdit: true, hidden: true },
  })

export function adaptCollection(collection: CollectionConfig): CollectionConfig {
  const fields = collection.fields.map(adaptField)
  const named = new Set(fields.flatMap((f) => ('name' in f ? [f.name] : [])))
  if (collection.timestamps !== false) {
    if (!named.has('updatedAt')) fields.push(timestamp('updatedAt'))
    if (!named.has('createdAt')) fields.push(timestamp('createdAt'))
  }
  const labels = collection.labels && {
    singular: isBilingual(collection.labels.singular) ? inLanguage(collection.labels.singular) : collection.labels.singular,
    plural: isBilingual(collection.labels.plural) ? inLanguage(collection.labels.plural) : collection.labels.plural,
  }
  const edit = (collection.admin?.components?.views?.edit ?? {}) as Record<string, { tab?: object; Component?: unknown }>
  return {
    ...collection,
    ...(labels ? { labels: labels as CollectionConfig['labels'] } : {}),
    fields,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        ...(collection.timestamps !== false
          ? { edit: { ...collection.admin?.components?.edit, beforeDocumentControls: [DOCUMENT_TIMES, ...(collection.admin?.components?.edit?.beforeDocumentControls ?? [])] } }
          : {}),
        views: {
          ...collection.admin?.components?.views,
          edit: {
            ...edit,
            // Payload's versions list prints its times in the browser's zone: ours in Vietnam time
            ...(collection.versions && !edit.versions ? { versions: { Component: '/src/components/admin/versions/VersionsList#VersionsList' } } : {}),
            // the raw JSON of a document: a tool for administrators, under a Vietnamese name
            api: {
              ...edit.api,
              tab: {
                label: ({ t }: { t: (key: string) => string }) => tr(t, 'apiTab'),
                condition: ({ collectionConfig, req }: { collectionConfig?: { admin?: { hideAPIURL?: boolean } }; req: { user?: unknown } }) =>
                  collectionConfig?.admin?.hideAPIURL !== true && isAdmin(staffOf(req)),
                ...edit.api?.tab,
              },
            },
          },
        } as never,
      },
    },
  }
}

/**
 * The admin in the editor's language and in Vietnam time, whatever the browser's language and
 * time zone: labels resolved per language, date fields, list cells and version comparisons in
 * Asia/Ho_Chi_Minh, the API tab named and kept for administrators. Server-rendered dates
 * (breadcrumbs and titles of the version views) follow the server's zone, which
 * src/instrumentation.ts sets to Vietnam time.
 */
export const adminLanguage: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(adaptCollection),
})
