import type { PayloadRequest } from 'payload'
import type { Media } from '../../../src/payload-types'

type Focal = Partial<Pick<Media, 'focalX' | 'focalY'>>
const HELD = 'mediaFocalPoint'

const coordinate = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) ? Math.round(n) : undefined
}

/**
 * A moved focal point, kept from Payload's upload step. Payload answers a move by uploading the
 * photo again: it fetches the stored original back (over HTTP from this very server, as Payload
 * stores no file itself here: collections/Media/index.ts) and writes it anew. Our pipeline
 * redoes only the social crop, from the stored original (recordVariants, writeVariants). So the
 * move, from the data or from the admin's `uploadEdits` query, is taken out before Payload's
 * step (beforeOperation) and given back to the data in beforeChange (releaseFocalPoint).
 */
export function holdFocalPoint(data: { focalX?: unknown; focalY?: unknown }, req: PayloadRequest): void {
  const edits = req.query?.uploadEdits as { focalPoint?: { x?: unknown; y?: unknown } } | undefined
  const held: Focal = { focalX: coordinate(edits?.focalPoint?.x) ?? coordinate(data.focalX), focalY: coordinate(edits?.focalPoint?.y) ?? coordinate(data.focalY) }
  if (req.query) delete req.query.uploadEdits
  delete data.focalX
  delete data.focalY
  if (held.focalX === undefined && held.focalY === undefined) delete req.context[HELD]
  else req.context[HELD] = held
}

export function releaseFocalPoint(data: Focal, req: PayloadRequest): void {
  const held = req.context[HELD] as Focal | undefined
  if (held?.focalX !== undefined) data.focalX = held.focalX
  if (held?.focalY !== undefined) data.focalY = held.focalY
}
