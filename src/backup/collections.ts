import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import pkg from '../../package.json'
import { photoFiles } from '../../collections/Media/storage'
import { documentFiles } from '../../collections/LegalDocuments/storage'
import type { FileHolder } from '../data/storedFiles'
import type { FileFolder } from '../lib/backup/manifest'
import type { FieldShape } from '../lib/backup/remap'

/**
 * What a backup leaves out: state of the running servers (locks, the migrations run, the cache
 * invalidation log), and what is derived from the documents and rebuilt after a restore: the
 * site search's entries and the figures of "Thống kê" (whose JSON holds ids a restore may renew).
 */
const LEFT_OUT = new Set(['payload-locked-documents', 'payload-migrations', 'search-entries', 'site-invalidations', 'statistics-months'])

export const APP_VERSION: string = pkg.version

export const databaseKind = (payload: Payload): 'sqlite' | 'mongodb' => (payload.db.name === 'mongoose' ? 'mongodb' : 'sqlite')

export type BackedUpCollection = { slug: CollectionSlug; versions: boolean; fields: FieldShape[] }

/** Every collection a backup holds, in the config's order, with its fields for remapping. */
export function backedUpCollections(payload: Payload): BackedUpCollection[] {
  return Object.values(payload.collections)
    .filter(({ config }) => !LEFT_OUT.has(config.slug))
    .map(({ config }) => ({ slug: config.slug as CollectionSlug, versions: Boolean(config.versions), fields: config.flattenedFields as unknown as FieldShape[] }))
}

export const leftOutOfBackups = (slug: string): boolean => LEFT_OUT.has(slug)

export type BackedUpGlobal = { slug: GlobalSlug; fields: FieldShape[] }

/** Every global (the portal links): one document each, without versions (none of ours keeps any). */
export const backedUpGlobals = (payload: Payload): BackedUpGlobal[] =>
  payload.config.globals.map((g) => ({ slug: g.slug as GlobalSlug, fields: g.flattenedFields as unknown as FieldShape[] }))

/** Whether payload.db.findGlobal found a saved global: SQLite answers {} (with its type) and MongoDB null when there is none. */
export const isSavedGlobal = (doc: unknown): doc is Record<string, unknown> => typeof doc === 'object' && doc !== null && Object.keys(doc).some((key) => key !== 'globalType')

/** The collections whose documents own files, and the archive folder each one's files go in. */
export const FILE_HOLDERS: Record<FileFolder, FileHolder> = { media: photoFiles, documents: documentFiles }
export const fileFolderOf = (slug: string): FileFolder | undefined => (Object.keys(FILE_HOLDERS) as FileFolder[]).find((folder) => FILE_HOLDERS[folder].collection === slug)
