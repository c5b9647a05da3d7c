import { PassThrough, Readable } from 'node:stream'
import type { Endpoint } from 'payload'
import { writeBackup, streamSink } from '../backup/createBackup'
import { tr } from '../i18n/translations'
import { isAdmin, type StaffLike } from '../lib/roles'

/** "dan-van-cms-20261206-1130.tar", in Vietnam time. */
function archiveName(now: Date): string {
  const vn = new Date(now.getTime() + 7 * 3_600_000).toISOString()
  return `dan-van-cms-${vn.slice(0, 10).replace(/-/g, '')}-${vn.slice(11, 16).replace(':', '')}.tar`
}

/**
 * GET /api/backup: the same archive as `npm run backup` (src/backup/createBackup.ts), streamed
 * as it is written, for system administrators only. A failure midway ends the download early:
 * the archive then lacks its manifest and a restore refuses it.
 */
export const backupEndpoint: Endpoint = {
  path: '/backup',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !isAdmin(req.user as StaffLike)) {
      return Response.json({ errors: [{ message: tr(req.t, 'backupAdminsOnly') }] }, { status: req.user ? 403 : 401, headers: { 'Cache-Control': 'no-store' } })
    }
    const out = new PassThrough({ highWaterMark: 1 << 20 })
    writeBackup(req.payload, streamSink(out))
      .then(() => out.end())
      .catch((error: unknown) => {
        req.payload.logger.error({ err: error }, 'backup download failed')
        out.destroy(error instanceof Error ? error : new Error(String(error)))
      })
    return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
      headers: {
        'Content-Type': 'application/x-tar',
        'Content-Disposition': `attachment; filename="${archiveName(new Date())}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
