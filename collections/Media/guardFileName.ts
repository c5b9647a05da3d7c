import fs from 'node:fs'
import path from 'node:path'
import type { SanitizedUploadConfig } from 'payload'
import { tr } from '../../src/i18n/translations'
import { isPlausibleFileName } from '../../src/lib/api/fileName'
import { photosDir, s3 } from './storage'

type FileHandler = NonNullable<SanitizedUploadConfig['handlers']>[number]

const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * First of /api/media/file/:filename's handlers. Payload's own answers a NUL in the name
 * ("%00"), and a file missing on disk, with a 500 and an error in the log; probes of the site
 * get 400 for a name no upload has (NUL, separators, a path encoded twice) and 404 for a missing
 * file. Nothing returned: serveFromStore (storage.ts) serves the file. The existence
 * check is a synchronous stat (microseconds, of a file about to be read anyway): Payload's
 * handler type takes a Response or nothing, not a promise of either.
 */
export const guardFileName: FileHandler = (req, { params }) => {
  const name = params.filename
  if (!isPlausibleFileName(name)) return refusal(400, tr(req.t, 'fileNameInvalid'))
  if (s3) return // serveFromStore answers a missing object with 404 itself
  if (!fs.existsSync(path.join(photosDir, name))) return refusal(404, tr(req.t, 'fileNotFound'))
}
