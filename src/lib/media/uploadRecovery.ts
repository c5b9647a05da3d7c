/**
 * What a start finds in the photo store after a crash, and what to do about it. Files are no
 * part of any database transaction, so an upload writes them before its document commits and
 * a crash in between leaves files no document lists. Each upload first claims its files' stem
 * for its process (src/data/uploadClaims.ts), so that a process starting beside a live one never
 * takes files still being written for orphans.
 *
 * - A file no document lists is removed when the process that claimed it is gone, or, claimed
 *   by no live process here, when it is older than `graceMs` (a file of another machine's
 *   upload, sharing the bucket, is never that old while in flight).
 * - A document whose original is there but some sizes are not gets them made again from the
 *   original.
 * - A document whose original is gone is only reported: nothing it had can be made again.
 * - Claims of processes that are gone are dropped once their files are settled.
 */

type Id = number | string

export type StoredFile = { name: string; modifiedAt: number }
export type PhotoRecord = { id: Id; filename: string | null; sizes: string[] }
/** One process's claims: written by `pid` on `host`, started at `processStart`. */
export type ClaimFile = { key: string; host: string; pid: number; processStart: number; stems: string[] }

export type RecoveryInput = {
  files: StoredFile[]
  photos: PhotoRecord[]
  claims: ClaimFile[]
  now: number
  host: string
  graceMs: number
  /** Whether the process that wrote a claim on this host still runs. */
  isAlive: (claim: ClaimFile) => boolean
}

export type RecoveryPlan = {
  removeFiles: string[]
  regenerate: { id: Id; filename: string; missing: string[] }[]
  missingOriginals: { id: Id; filename: string }[]
  dropClaims: string[]
}

/** The stem a photo's files share: the original's name without its extension ("hoi-nghi-3f9a…"). */
export const stemOf = (filename: string): string => filename.replace(/\.[^.]*$/, '')

/** Whether a stored file belongs to a stem: the original, a size, or a partly written copy of either. */
export const belongsTo = (file: string, stem: string): boolean => file === stem || file.startsWith(`${stem}.`) || file.startsWith(`${stem}-`)

/** Every file the photos name: their originals and sizes. */
export function listedFiles(photos: Pick<PhotoRecord, 'filename' | 'sizes'>[]): Set<string> {
  const listed = new Set<string>()
  for (const photo of photos) {
    if (photo.filename) listed.add(photo.filename)
    for (const size of photo.sizes) listed.add(size)
  }
  return listed
}

export function planUploadRecovery(input: RecoveryInput): RecoveryPlan {
  const listed = listedFiles(input.photos)
  const live = input.claims.filter((c) => c.host === input.host && input.isAlive(c))
  const dead = input.claims.filter((c) => !live.includes(c) && c.host === input.host)
  const liveStems = live.flatMap((c) => c.stems)
  const deadStems = dead.flatMap((c) => c.stems)

  const removeFiles: string[] = []
  for (const file of input.files) {
    if (listed.has(file.name)) continue
    if (liveStems.some((stem) => belongsTo(file.name, stem))) continue
    const claimedByDead = deadStems.some((stem) => belongsTo(file.name, stem))
    if (claimedByDead || input.now - file.modifiedAt > input.graceMs) removeFiles.push(file.name)
  }

  const present = new Set(input.files.map((f) => f.name))
  const regenerate: RecoveryPlan['regenerate'] = []
  const missingOriginals: RecoveryPlan['missingOriginals'] = []
  for (const photo of input.photos) {
    if (!photo.filename) continue
    // a live process may still be writing this photo's sizes
    if (liveStems.includes(stemOf(photo.filename))) continue
    if (!present.has(photo.filename)) {
      missingOriginals.push({ id: photo.id, filename: photo.filename })
      continue
    }
    const missing = photo.sizes.filter((s) => !present.has(s))
    if (missing.length) regenerate.push({ id: photo.id, filename: photo.filename, missing })
  }
  return { removeFiles, regenerate, missingOriginals, dropClaims: dead.map((c) => c.key) }
}
