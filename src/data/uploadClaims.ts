import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { mediaDir } from '../lib/config/paths'
import type { ClaimFile } from '../lib/media/uploadRecovery'

/**
 * Each process notes the stem of every photo it is about to store, one line per upload, in its
 * own file under media/uploads-in-progress/ (beside the photos, on the volume that outlives a
 * container; named by host, pid and when the process started),
 * before any of the photo's files is written. The start-up recovery (uploadRecovery.ts) leaves
 * the files of a live process's claims alone and settles those of a process that is gone; it
 * then drops that process's file. A process's file lives as long as the process.
 */
const claimsDir = () => path.join(mediaDir(), 'uploads-in-progress')

// one start time per process, however many copies of this module a bundler makes
const START = Symbol.for('dan-van-cms.processStart')
const scope = globalThis as { [START]?: number }
const processStart = (scope[START] ??= Math.round(Date.now() - process.uptime() * 1000))
const host = os.hostname()
const ownKey = `${host}~${process.pid}~${processStart}.claims`

// a stem is claimed for the life of the process: once is enough (a replaced photo's, claimed at upload, again when it goes)
const claimed = new Set<string>()

export async function claimUpload(stem: string): Promise<void> {
  if (claimed.has(stem)) return
  await fs.mkdir(claimsDir(), { recursive: true })
  await fs.appendFile(path.join(claimsDir(), ownKey), `${stem}\n`)
  claimed.add(stem)
}

export async function readClaims(): Promise<ClaimFile[]> {
  const names = await fs.readdir(claimsDir()).catch(() => [] as string[])
  const claims: ClaimFile[] = []
  for (const key of names) {
    const parts = /^(.+)~(\d+)~(\d+)\.claims$/.exec(key)
    if (!parts) continue
    const text = await fs.readFile(path.join(claimsDir(), key), 'utf8').catch(() => '')
    claims.push({ key, host: parts[1], pid: Number(parts[2]), processStart: Number(parts[3]), stems: text.split('\n').filter(Boolean) })
  }
  return claims
}

export const thisHost = host

/** Whether the claim's process still runs: this one, or another live process of this host (the same pid in a restarted container is not). */
export function claimIsAlive(claim: ClaimFile): boolean {
  if (claim.pid === process.pid) return claim.processStart === processStart
  try {
    process.kill(claim.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export async function dropClaims(keys: string[]): Promise<void> {
  await Promise.all(keys.map((key) => fs.rm(path.join(claimsDir(), key), { force: true })))
}
