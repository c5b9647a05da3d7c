import { createHash } from 'node:crypto'
import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp'
import { focalCrop, IMAGE_SIZES, JPEG_OPTIONS, MAX_ORIGINAL_SIDE, ORIGINAL_JPEG_OPTIONS, PNG_OPTIONS, SIZES_FRAME, WEBP_OPTIONS, type SizeName } from './sizes'
import { WorkQueue } from './workQueue'

export type ImageLimits = { maxBytes: number; maxPixels: number }

export function imageLimits(env: Record<string, string | undefined> = process.env): ImageLimits {
  return {
    maxBytes: Number(env.MAX_UPLOAD_MB || 40) * 1024 * 1024,
    maxPixels: Number(env.MAX_IMAGE_MEGAPIXELS || 80) * 1_000_000,
  }
}

/** Why a file is refused, in both languages, with the HTTP status to answer. */
export class ImageRejected extends Error {
  constructor(
    public readonly code: string,
    public readonly vi: string,
    public readonly en: string,
    public readonly status = 400,
  ) {
    super(en)
  }
}

const STILL_FORMATS = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const
type StillFormat = keyof typeof STILL_FORMATS

export type Inspected = { format: StillFormat; width: number; height: number; exif?: Buffer }

/**
 * Looks at the bytes, never the name or Content-Type: refuses empty and oversized files,
 * SVG, anything sharp cannot read, formats other than JPEG/PNG/WebP, animations, and
 * decompression bombs (too many pixels for their size), before any pixel is decoded.
 */
export async function inspectImage(buffer: Buffer, limits: ImageLimits): Promise<Inspected> {
  if (buffer.length === 0) throw new ImageRejected('empty', 'Tệp rỗng (0 byte).', 'The file is empty (0 bytes).')
  if (buffer.length > limits.maxBytes) {
    const mb = Math.round(limits.maxBytes / 1024 / 1024)
    throw new ImageRejected('tooLarge', `Tệp lớn hơn ${mb} MB cho phép.`, `The file is larger than the ${mb} MB allowed.`, 413)
  }
  const head = buffer.subarray(0, 2048).toString('utf8').trimStart().toLowerCase()
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg')) || head.includes('<svg')) {
    throw new ImageRejected('svg', 'Không nhận ảnh SVG (có thể chứa mã độc). Hãy dùng JPEG, PNG hoặc WebP.', 'SVG is refused (it can carry scripts). Use JPEG, PNG or WebP.')
  }
  let meta: Metadata
  try {
    meta = await sharp(buffer, { limitInputPixels: false }).metadata()
  } catch {
    throw new ImageRejected('notImage', 'Tệp không phải là ảnh (dù tên hoặc kiểu tệp nói vậy).', 'The file is not an image, whatever its name or type says.')
  }
  if (meta.format === 'svg') throw new ImageRejected('svg', 'Không nhận ảnh SVG (có thể chứa mã độc). Hãy dùng JPEG, PNG hoặc WebP.', 'SVG is refused (it can carry scripts). Use JPEG, PNG or WebP.')
  if (!(meta.format && meta.format in STILL_FORMATS)) {
    throw new ImageRejected('unsupported', `Định dạng ${String(meta.format).toUpperCase()} không được hỗ trợ; hãy dùng JPEG, PNG hoặc WebP.`, `The ${String(meta.format).toUpperCase()} format is not supported; use JPEG, PNG or WebP.`)
  }
  if ((meta.pages ?? 1) > 1) {
    throw new ImageRejected('animated', 'Ảnh động không được nhận; hãy tải một ảnh tĩnh.', 'Animated images are refused; upload a still image.')
  }
  const width = meta.width ?? 0
  const height = meta.height ?? 0
  if (!width || !height) throw new ImageRejected('notImage', 'Tệp không phải là ảnh (dù tên hoặc kiểu tệp nói vậy).', 'The file is not an image, whatever its name or type says.')
  if (width * height > limits.maxPixels) {
    const mp = Math.round(limits.maxPixels / 1_000_000)
    throw new ImageRejected('tooManyPixels', `Ảnh quá lớn (${width}×${height} điểm ảnh, tối đa ${mp} megapixel).`, `The image is too large (${width}×${height} pixels, at most ${mp} megapixels).`)
  }
  return { format: meta.format as StillFormat, width, height, exif: meta.exif }
}

export function sha256(buffer: Buffer): string {
  return createHash('sha256').update(buffer).digest('hex')
}

export type EncodedImage = { buffer: Buffer; width: number; height: number; format: 'webp' | StillFormat; mimeType: string }
export type Variant = EncodedImage & { size: SizeName; role: 'webp' | 'fallback' }
export type ProcessedImage = { original: EncodedImage; variants: Variant[] }

type Raw = { data: Buffer; info: OutputInfo }

function encode(image: Sharp, format: 'webp' | StillFormat, jpeg: typeof JPEG_OPTIONS | typeof ORIGINAL_JPEG_OPTIONS = JPEG_OPTIONS): Sharp {
  if (format === 'webp') return image.webp(WEBP_OPTIONS)
  if (format === 'png') return image.png(PNG_OPTIONS)
  return image.jpeg(jpeg)
}

const encoded = async (image: Sharp, format: 'webp' | StillFormat, jpeg?: typeof ORIGINAL_JPEG_OPTIONS): Promise<EncodedImage> => {
  const { data, info } = await encode(image, format, jpeg).toBuffer({ resolveWithObject: true })
  return { buffer: data, width: info.width, height: info.height, format, mimeType: format === 'webp' ? 'image/webp' : STILL_FORMATS[format] }
}

const render = (raw: Raw, format: 'webp' | StillFormat, shape: (s: Sharp) => Sharp): Promise<EncodedImage> =>
  encoded(shape(sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels } })), format)

const corrupt = (error: unknown) => new ImageRejected('corrupt', 'Ảnh bị hỏng hoặc tải lên không trọn vẹn; hãy tải lại tệp gốc.', `The image is damaged or incomplete: ${(error as Error).message}`)

// libvips' operation cache keeps decoded frames alive after each upload; uploads never repeat
// an operation, so the cache only costs memory.
sharp.cache(false)

// One photo at a time per process by default: each pipeline already keeps both cores busy
// with its parallel encodes, and memory stays bounded by the queue, not by the uploads.
const queue = new WorkQueue(Math.max(1, Number(process.env.IMAGE_CONCURRENCY || 1)))

/**
 * Two passes over the photo (EXIF orientation applied, sRGB), neither holding it at full size:
 * the sizes come from one raw frame just large enough for all of them (a 12 MP photo's is
 * 1600×1067, 5 MB, which JPEG's shrink-on-load decodes in a fraction of a full decode), and
 * the bounded original (at most 4096 px) streams from the decoder to its encoder. Decoding
 * the whole photo to a 4096-px frame and cutting everything from it held that 34 MB frame,
 * resized it nine times, and the original's Huffman optimisation buffered the whole image's
 * coefficients once more: about 60 MB more per photo and a third more CPU, measured in
 * README (bench word-import). Nothing is written with metadata: sharp drops EXIF, GPS, XMP and
 * ICC unless asked.
 */
export async function processImage(input: Buffer, inspected: Inspected, focal: { x?: number | null; y?: number | null } = {}, limits = imageLimits()): Promise<ProcessedImage> {
  return queue.run(async () => {
    const decode = () => sharp(input, { limitInputPixels: limits.maxPixels, failOn: 'error', sequentialRead: true }).rotate().toColourspace('srgb')
    let raw: Raw
    try {
      raw = await decode().resize({ ...SIZES_FRAME, fit: 'outside', withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true })
    } catch (error) {
      throw corrupt(error)
    }
    const original = encoded(decode().resize({ width: MAX_ORIGINAL_SIDE, height: MAX_ORIGINAL_SIDE, fit: 'inside', withoutEnlargement: true }), inspected.format, ORIGINAL_JPEG_OPTIONS).catch((error: unknown) => {
      throw corrupt(error)
    })
    const fallback: StillFormat = inspected.format === 'png' ? 'png' : 'jpeg'
    const jobs: Promise<Variant>[] = []
    for (const size of IMAGE_SIZES) {
      const shape =
        'height' in size
          ? (s: Sharp) => s.extract(focalCrop(raw.info.width, raw.info.height, size.width / size.height, focal.x ?? 50, focal.y ?? 50)).resize(size.width, size.height)
          : (s: Sharp) => s.resize({ width: size.width, withoutEnlargement: true })
      for (const [role, format] of [['webp', 'webp'], ['fallback', fallback]] as const) {
        jobs.push(render(raw, format, shape).then((image) => ({ ...image, size: size.name, role })))
      }
    }
    const [stored, ...variants] = await Promise.all([original, ...jobs])
    return { original: stored, variants: variants as Variant[] }
  })
}

/** Only the social crop depends on the focal point: what a focal change regenerates (from the stored original, cut from a frame of the same size as at upload). */
export async function renderSocial(stored: Buffer, focal: { x?: number | null; y?: number | null }, storedFormat: StillFormat): Promise<Variant[]> {
  const raw = await sharp(stored).resize({ ...SIZES_FRAME, fit: 'outside', withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true })
  const size = IMAGE_SIZES.find((s) => s.name === 'social')!
  const shape = (s: Sharp) => s.extract(focalCrop(raw.info.width, raw.info.height, size.width / size.height, focal.x ?? 50, focal.y ?? 50)).resize(size.width, size.height)
  const fallback: StillFormat = storedFormat === 'png' ? 'png' : 'jpeg'
  return Promise.all(
    ([['webp', 'webp'], ['fallback', fallback]] as const).map(async ([role, format]) => ({ ...(await render(raw, format, shape)), size: 'social' as const, role })),
  )
}

export const formatOfMime = (mime: string): StillFormat | null =>
  (Object.entries(STILL_FORMATS).find(([, m]) => m === mime)?.[0] as StillFormat | undefined) ?? null
