import { variantFilename } from '../../../src/lib/images/fileNames'
import type { Variant } from '../../../src/lib/images/pipeline'
import type { ObjectStore } from '../../../src/lib/storage/objectStore'

export type VariantRecord = { filename: string; url: string; width: number; height: number; mimeType: string; filesize: number }
export type VariantMap = Record<string, { webp?: VariantRecord; fallback?: VariantRecord }>

export function describeVariants(original: string, variants: Variant[]): VariantMap {
  const map: VariantMap = {}
  for (const v of variants) {
    const filename = variantFilename(original, v)
    ;(map[v.size] ??= {})[v.role] = { filename, url: `/api/media/file/${encodeURIComponent(filename)}`, width: v.width, height: v.height, mimeType: v.mimeType, filesize: v.buffer.length }
  }
  return map
}

export function filenamesOf(map: VariantMap | null | undefined): string[] {
  return Object.values(map ?? {}).flatMap((v) => [v.webp?.filename, v.fallback?.filename]).filter((f): f is string => Boolean(f))
}

export type StoredFile = { name: string; body: Buffer; contentType: string }

/** Writes all or nothing: a failure removes what this call wrote. */
export async function putAll(store: ObjectStore, files: StoredFile[]): Promise<void> {
  const written: string[] = []
  try {
    for (const file of files) {
      await store.put(file.name, file.body, file.contentType)
      written.push(file.name)
    }
  } catch (error) {
    await store.remove(written)
    throw error
  }
}

export const variantFiles = (original: string, variants: Variant[]): StoredFile[] =>
  variants.map((v) => ({ name: variantFilename(original, v), body: v.buffer, contentType: v.mimeType }))
