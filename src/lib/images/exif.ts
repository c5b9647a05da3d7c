import exifReader from 'exif-reader'

/**
 * When the photo was taken, from EXIF DateTimeOriginal. Cameras write local time without a
 * zone; unless OffsetTimeOriginal says otherwise it is read as Vietnam time (UTC+7).
 */
export function takenAtFromExif(exif: Buffer | undefined): string | null {
  if (!exif) return null
  let tags: ReturnType<typeof exifReader>
  try {
    tags = exifReader(exif)
  } catch {
    return null
  }
  const original = tags.Photo?.DateTimeOriginal
  if (!(original instanceof Date) || Number.isNaN(original.getTime())) return null
  // exif-reader reads the wall-clock fields as if they were UTC
  const offset = /^([+-])(\d{2}):(\d{2})$/.exec(String(tags.Photo?.OffsetTimeOriginal ?? '')) ?? ['', '+', '07', '00']
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]))
  return new Date(original.getTime() - minutes * 60_000).toISOString()
}
