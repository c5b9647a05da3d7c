import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { slugify } from '../text/slugify'
import { IMAGE_SIZES, type SizeName } from './sizes'

/** The extension each stored format is written with. */
export const EXTENSIONS = { webp: 'webp', jpeg: 'jpg', png: 'png' } as const
export type StoredFormat = keyof typeof EXTENSIONS

/** 16 hex characters (64 bits): no one finds a photo's file by trying names. */
export const RANDOM_PART_LENGTH = 16

const randomPart = () => randomBytes(RANDOM_PART_LENGTH / 2).toString('hex')

/**
 * The name a photo is stored under: the uploaded name as a slug, for people reading a listing
 * of the folder or bucket, and a random part, so the file of a photo not yet public cannot be
 * found from the name it was uploaded under ("Hội nghị.JPG" → "hoi-nghi-3f9a1c2b7d0e4a5b.jpg").
 * The extension is the stored format's, whatever the uploaded name said.
 */
export function storedPhotoName(uploaded: string, format: StoredFormat, random: string = randomPart()): string {
  return storedFileName(uploaded, EXTENSIONS[format], 'anh', random)
}

/** The same for any stored file: the uploaded name as a slug (or `fallback`), a random part, `extension`. */
export function storedFileName(uploaded: string, extension: string, fallback: string, random: string = randomPart()): string {
  const stem = slugify(path.basename(uploaded).replace(/\.[^.]*$/, '')).slice(0, 60).replace(/-+$/, '') || fallback
  return `${stem}-${random}.${extension}`
}

const RANDOM_BEFORE_EXTENSION = new RegExp(`-[0-9a-f]{${RANDOM_PART_LENGTH}}(?=\\.[^.]+$)`)

/** What a reader is shown, and downloads, for a stored file: its name without the random part ("nghi-dinh-3f9a….pdf" → "nghi-dinh.pdf"). */
export function shownFileName(stored: string): string {
  return stored.replace(RANDOM_BEFORE_EXTENSION, '')
}

/** "hoi-nghi-….jpg" → "hoi-nghi-…-card.webp": sizes sit beside the original, served by the same route. */
export function variantFilename(original: string, variant: { size: SizeName; format: StoredFormat }): string {
  return `${path.parse(original).name}-${variant.size}.${EXTENSIONS[variant.format]}`
}

const SIZE_SUFFIX = new RegExp(`^(.+)-(?:${IMAGE_SIZES.map((s) => s.name).join('|')})\\.(?:${Object.values(EXTENSIONS).join('|')})$`)

/**
 * The names of the stored originals a requested file can belong to: itself, and, if it reads
 * like a size, the original of each format it was made from. The caller keeps only the photo
 * that really lists the file (see collections/Media/fileAccess.ts).
 */
export function ownerNamesOf(requested: string): string[] {
  const stem = SIZE_SUFFIX.exec(requested)?.[1]
  return stem ? [requested, ...Object.values(EXTENSIONS).map((ext) => `${stem}.${ext}`), `${stem}.jpeg`] : [requested]
}
