import { APIError, type Access, type PayloadRequest } from 'payload'
import { readPublicOrUnit, readPublicOrUnitWhere } from '../../src/access'
import { tr } from '../../src/i18n/translations'
import { isPlausibleFileName } from '../../src/lib/api/fileName'
import { ownerNamesOf } from '../../src/lib/images/fileNames'
import { staffOf } from '../../src/lib/roles'
import { filenamesOf, type VariantMap } from './hooks/variantFiles'

/** Whether the file answered is a public photo's: decides how long caches may keep it (storage.ts). */
export const FILE_IS_PUBLIC = 'mediaFileIsPublic'

/**
 * Who reads a file at /api/media/file/:name: whoever may read the photo it belongs to, the
 * original or any of its sizes. Payload's own check matches the name against the photo's
 * `filename` only, and our sizes are not Payload's, so the photo is found here: among the
 * photos the reader may see, the one that stores this file. Anything else is "not found", the
 * same answer as for a name no photo has, so a private photo's file is never confirmed to exist.
 */
async function fileReadable(req: PayloadRequest, name: string): Promise<boolean> {
  // runs before the route's handlers: a probe's name gets guardFileName's answer here
  if (!isPlausibleFileName(name)) throw new APIError(tr(req.t, 'fileNameInvalid'), 400, undefined, true)
  const readable = readPublicOrUnitWhere(staffOf(req))
  const candidates = ownerNamesOf(name)
  const { docs } = await req.payload.find({
    collection: 'media',
    where: readable === true ? { filename: { in: candidates } } : { and: [{ filename: { in: candidates } }, readable] },
    limit: candidates.length,
    depth: 0,
    overrideAccess: true,
    select: { filename: true, variants: true, public: true },
    req,
  })
  const owner = docs.find((doc) => doc.filename === name || filenamesOf(doc.variants as VariantMap).includes(name))
  if (!owner) throw new APIError(tr(req.t, 'fileNotFound'), 404, undefined, true)
  req.context[FILE_IS_PUBLIC] = owner.public === true
  return true
}

/** The photos' read rule (src/access), and, for the file route, the file's photo under it. */
export const readMedia: Access = (args) => {
  const name = (args.data as { filename?: unknown } | undefined)?.filename
  if (args.isReadingStaticFile) return typeof name === 'string' ? fileReadable(args.req, name) : false
  return readPublicOrUnit(args)
}
