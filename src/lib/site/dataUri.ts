/** A file as a data: URI, so a saved page carries its photos inside it (no request when opened offline). */
const TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }

/** The image type of a file name or URL by its extension; null for anything that is not a photo the pipeline writes. */
export function imageTypeOf(name: string): string | null {
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(name)?.[1]?.toLowerCase()
  return (ext && TYPES[ext]) ?? null
}

export const dataUri = (type: string, bytes: Uint8Array): string => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`

/** The stored file's name in a photo URL (/api/media/file/NAME, maybe absolute, maybe with a query). */
export function storedFileName(url: string): string | null {
  const match = /\/api\/media\/file\/([^/?#]+)(?:[?#].*)?$/.exec(url)
  return match ? decodeURIComponent(match[1]) : null
}
