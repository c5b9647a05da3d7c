import type { CollectionBeforeChangeHook } from 'payload'
import type { Variant } from '../../../src/lib/images/pipeline'
import { releaseFocalPoint } from './focalPoint'
import { describeVariants } from './variantFiles'

/** Stores the hash and the sizes' names and dimensions with the document; a focal change marks the social crop for redoing. */
export const recordVariants: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  releaseFocalPoint(data, req)
  const upload = req.context.mediaUpload as { sha256: string; variants: Variant[] } | undefined
  if (upload && data.filename) {
    data.sha256 = upload.sha256
    data.variants = describeVariants(data.filename, upload.variants)
  } else if (originalDoc && (('focalX' in data && data.focalX !== originalDoc.focalX) || ('focalY' in data && data.focalY !== originalDoc.focalY))) {
    req.context.mediaRefocus = true
  }
  return data
}
