/**
 * Nothing lost, nothing half-written (issue 14): a server process is killed with SIGKILL at a
 * random moment while clients upload photos, replace photos' files, delete photos and move
 * reports through the workflow, round after round, each round on a new process whose start runs
 * the recovery. Afterwards: no file without a photo, no photo without its files (each one
 * readable), every state change in a report's versions logged in report-transitions, and
 * everything a client got a 2xx for is there (a replaced photo shows its new file, a deleted one
 * is gone); a request cut off left the photo as it was or as asked, whole either way.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, watch } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import readline from 'node:readline'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { filenamesOf, type VariantMap } from '../../collections/Media/hooks/variantFiles'
import { unloggedChanges } from '../../src/lib/workflow/auditTrail'
import type { WorkflowState } from '../../src/lib/workflow/states'
import { loginToken, samplePhoto, testPayload, uniq, unitNamed } from './helpers'

type Id = number | string
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 6)
const UPLOADERS = 6
// every other round replaces and deletes photos, with one uploader: one photo is decoded at a
// time per process, and behind six large uploads a replacement would seldom get its turn
const REPLACERS = 2
const DELETERS = 2
const DELETE_TARGETS = 6
const MOVERS_WHILE_REPLACING = 4 // fewer workflow clients then: the replacements need the writer too
const REPORTS = 16
const NEXT: Partial<Record<WorkflowState, { action: string; comment?: string }>> = {
  draft: { action: 'submit' },
  submitted: { action: 'forward' },
  inApproval: { action: 'return', comment: 'Cần bổ sung số liệu' },
}

type Server = { child: ChildProcess; loaded: Promise<void>; port: Promise<number>; exited: Promise<unknown>; start(): Promise<number> }

// every server spawned, so that none outlives a failed run (one waiting for "start" would wait forever)
const spawned: ChildProcess[] = []
afterAll(() => {
  for (const child of spawned) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
})

/** `removed` resolves when a file of the photo store is removed (not a temporary name renamed into place). */
function watchRemovals(): { removed: Promise<void>; close(): void } {
  const dir = path.join(process.env.MEDIA_DIR!, 'photos')
  let resolve: () => void = () => undefined
  const removed = new Promise<void>((r) => (resolve = r))
  const watcher = watch(dir, (event, name) => {
    if (event === 'rename' && name && !name.includes('.tmp-') && !existsSync(path.join(dir, name))) resolve()
  })
  return { removed, close: () => watcher.close() }
}

/** A server process, loading its modules at once and starting Payload when told (tests/support/crashServer.ts). */
function spawnServer(): Server {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/crashServer.ts'], {
    env: { ...process.env, LOG_LEVEL: 'error', DATABASE_PUSH: 'false' },
    // node itself (not npx) so that SIGKILL reaches the server itself; no stdin: nothing may wait on a prompt
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  })
  spawned.push(child)
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const lines = readline.createInterface({ input: child.stdout! })
  const waitFor = <T>(match: (line: string) => T | undefined, what: string) =>
    new Promise<T>((resolve, reject) => {
      lines.on('line', (line) => {
        const found = match(line.trim())
        if (found !== undefined) resolve(found)
      })
      child.once('exit', (code) => reject(new Error(`server exited (${code}) before ${what}`)))
      setTimeout(() => reject(new Error(`server not ${what} in 120 s`)), 120_000).unref()
    })
  const loaded = waitFor((line) => (line === 'loaded' ? true : undefined), 'loaded').then(() => undefined)
  const port = waitFor((line) => {
    const ready = /^ready (\d+)$/.exec(line)
    return ready ? Number(ready[1]) : undefined
  }, 'ready')
  loaded.catch(() => undefined)
  port.catch(() => undefined)
  return {
    child,
    loaded,
    port,
    exited,
    async start() {
      await loaded
      child.send('start')
      return port
    },
  }
}

describe('a server killed at random moments', () => {
  let payload: Payload
  let unit: Id
  let token: string
  const reports: Id[] = []

  beforeAll(async () => {
    payload = await testPayload()
    unit = (await unitNamed(payload, 'Ban Dân vận Tỉnh ủy Hải Dương')).id
    token = await loginToken(process.env.ADMIN_EMAIL!, process.env.ADMIN_PASSWORD!)
    for (let i = 0; i < REPORTS; i++) {
      const report = await payload.create({
        collection: 'reports',
        data: { title: `Tin thử dừng đột ngột ${uniq()}`, unit, publishedAt: '2024-06-21T02:00:00.000Z' } as never,
        draft: true,
      })
      reports.push(report.id)
    }
  })

  it('leaves no orphan file, no photo without its files, no unlogged state change, and keeps every 2xx', async () => {
    const stored: Id[] = [] // photos a client was answered 2xx for
    // each replacer's own photos, given a new file in turn, round after round
    const targets: Id[][] = Array.from({ length: REPLACERS }, () => [])
    const replaced = new Map<string, string>() // photo id → the file its last replacement answered 2xx with (none once one is cut off)
    // photos whose deletion was answered 2xx, by id and by stored name: SQLite gives the highest
    // id again once its row is deleted, so a later upload may carry a deleted photo's id
    const deleted = new Set<string>()
    const deletedFiles = new Set<string>()
    const deletionCutOff = new Set<string>() // photos whose deletion got no answer: gone or whole
    let replacementsCutOff = 0
    const moved: { report: Id; to: WorkflowState }[] = [] // workflow steps answered 2xx
    let cutOff = 0 // requests under way when the server was killed
    const photos = await Promise.all(Array.from({ length: ROUNDS * UPLOADERS * 4 }, () => samplePhoto(1600, 1200)))

    let next = spawnServer()
    for (let round = 0; round < ROUNDS; round++) {
      const server = next
      const port = await server.start()
      // the next round's server loads its modules while this one works
      next = spawnServer()
      const base = `http://127.0.0.1:${port}/api`
      let answered: () => void = () => undefined
      const firstAnswer = new Promise<void>((resolve) => (answered = resolve))
      let alive = true
      /** The answer read whole, or null when the server died first (the client cannot know what became of it). */
      const call = async (pathname: string, body?: FormData | object, method = 'POST'): Promise<{ ok: boolean; status: number; json: any } | null> => {
        try {
          const init: RequestInit = body === undefined ? {} : body instanceof FormData ? { body } : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
          const res = await fetch(`${base}${pathname}`, { method, ...init, headers: { ...(init.headers as object), authorization: `JWT ${token}` } })
          const json = await res.json()
          answered()
          return { ok: res.ok, status: res.status, json }
        } catch {
          cutOff++
          alive = false
          return null
        }
      }
      const photoForm = (name: string, data: object, photo = photos.pop()!) => {
        const form = new FormData()
        form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), name)
        form.append('_payload', JSON.stringify(data))
        return form
      }
      const uploader = async () => {
        while (alive && photos.length) {
          const res = await call('/media', photoForm(`hoi-nghi-${round}.jpg`, { alt: 'Quang cảnh hội nghị', caption: 'Hội nghị', unit }))
          if (res?.ok) stored.push((res.json as { doc: { id: Id } }).doc.id)
        }
      }
      // small photos for replacing and deleting: their time is then mostly file and database work
      const smallUpload = async (name: string) => {
        const res = await call('/media', photoForm(name, { alt: 'Ảnh nhỏ', unit }, await samplePhoto()))
        if (!res?.ok) return undefined
        const id = (res.json as { doc: { id: Id } }).doc.id
        stored.push(id)
        return id
      }
      const replacer = async (own: Id[]) => {
        for (let turn = 0; alive; turn++) {
          const id = own[turn % own.length]
          const res = await call(`/media/${id}`, photoForm(`thay-anh-${round}.jpg`, { alt: 'Ảnh đã thay' }, await samplePhoto()), 'PATCH')
          if (res && !res.ok) throw new Error(`replacement refused: ${res.status} ${JSON.stringify(res.json)}`)
          if (res) replaced.set(String(id), (res.json as { doc: { filename: string } }).doc.filename)
          else {
            replaced.delete(String(id))
            replacementsCutOff++
          }
        }
      }
      const toDelete: Id[] = []
      const deleter = async () => {
        while (alive) {
          const id = toDelete.shift() ?? (await smallUpload(`se-xoa-${round}.jpg`))
          if (id === undefined) return
          const res = await call(`/media/${id}`, undefined, 'DELETE')
          if (res && !res.ok) throw new Error(`deletion refused: ${res.status} ${JSON.stringify(res.json)}`)
          ;(res ? deleted : deletionCutOff).add(String(id))
          if (res) deletedFiles.add((res.json as { doc: { filename: string } }).doc.filename)
        }
      }
      const mover = async (id: Id) => {
        // where the last round's kill left it
        let state = ((await payload.findByID({ collection: 'reports', id, draft: true, depth: 0 })) as { workflowState: WorkflowState }).workflowState
        while (alive) {
          const step = NEXT[state]!
          const res = await call(`/reports/${id}/workflow`, step)
          if (!res) return
          const answer = res.json as { doc?: { workflowState: WorkflowState }; errors?: unknown }
          if (!res.ok) throw new Error(`workflow step refused: ${res.status} ${JSON.stringify(answer)}`)
          state = answer.doc!.workflowState
          moved.push({ report: id, to: state })
        }
      }
      // a first upload outside the clock: a new process's first one loads the image pipeline (seconds here)
      const warm = new FormData()
      warm.append('file', new Blob([new Uint8Array(await samplePhoto())], { type: 'image/jpeg' }), 'khoi-dong.jpg')
      warm.append('_payload', JSON.stringify({ alt: 'Ảnh khởi động', unit }))
      const warmed = await call('/media', warm)
      expect(warmed?.status).toBe(201)
      stored.push((warmed!.json as { doc: { id: Id } }).doc.id)
      const replacing = round % 2 === 1
      if (replacing) {
        // the photos to replace and delete, before the clock
        for (const own of targets) while (own.length < 2) own.push((await smallUpload('se-thay.jpg'))!)
        while (toDelete.length < DELETE_TARGETS) toDelete.push((await smallUpload('se-xoa.jpg'))!)
      }
      const work = Promise.all([
        ...Array.from({ length: replacing ? 0 : UPLOADERS }, uploader),
        ...(replacing ? [...targets.map(replacer), ...Array.from({ length: DELETERS }, deleter)] : []),
        ...(replacing ? reports.slice(0, MOVERS_WHILE_REPLACING) : reports).map(mover),
      ])
      // a random moment while the clients are at work
      await firstAnswer
      // (the next server loads meanwhile, so a longer window costs no time)
      const moment = new Promise((r) => setTimeout(r, 500 + Math.random() * 6000))
      // or, in every other replacing round, the moment a photo's file is first removed: before
      // its change commits, as Payload did, or between the commit and the rest of the removal
      if (replacing && round % 4 === 1) {
        const removals = watchRemovals()
        await Promise.race([removals.removed, moment])
        removals.close()
      } else await moment
      server.child.kill('SIGKILL')
      await server.exited
      alive = false
      await work
    }

    // the next start recovers; then it is killed too
    const last = next
    await last.start()
    last.child.kill('SIGKILL')
    await last.exited

    // the kills did land in the middle of work
    expect(cutOff).toBeGreaterThanOrEqual(ROUNDS)
    expect(stored.length).toBeGreaterThan(0)
    expect(moved.length).toBeGreaterThan(0)

    // photos: every file belongs to a photo, every photo has all its files, and each reads as an image
    const dir = path.join(process.env.MEDIA_DIR!, 'photos')
    const files = new Set(await fs.readdir(dir))
    const { docs } = await payload.find({ collection: 'media', pagination: false, depth: 0, overrideAccess: true })
    const listed = new Set(docs.flatMap((d) => [d.filename!, ...filenamesOf(d.variants as VariantMap)]))
    expect([...files].filter((f) => !listed.has(f))).toEqual([])
    expect([...listed].filter((f) => !files.has(f))).toEqual([])
    for (const name of listed) expect((await sharp(path.join(dir, name)).metadata()).width, name).toBeGreaterThan(0)
    const ids = new Set(docs.map((d) => String(d.id)))
    expect(stored.filter((id) => !ids.has(String(id)) && !deleted.has(String(id)) && !deletionCutOff.has(String(id)))).toEqual([])
    expect(docs.filter((d) => deletedFiles.has(d.filename!)).map((d) => `${d.id} ${d.filename}`)).toEqual([])
    const filenames = new Map(docs.map((d) => [String(d.id), d.filename]))
    expect([...replaced].filter(([id, filename]) => filenames.get(id) !== filename)).toEqual([])
    // kills did cut replacements and deletions off
    expect([replacementsCutOff > 0, deletionCutOff.size > 0]).toEqual([true, true])

    // workflow: every state change of every report logged, every 2xx step among the entries
    for (const id of reports) {
      const versions = await payload.findVersions({ collection: 'reports', where: { parent: { equals: id } }, pagination: false, depth: 0, sort: 'createdAt' })
      const entries = await payload.find({
        collection: 'report-transitions',
        where: { report: { equals: id } },
        pagination: false,
        depth: 0,
        sort: 'createdAt',
        overrideAccess: true,
      })
      const states = versions.docs.map((v) => ({ state: (v.version as { workflowState: WorkflowState }).workflowState, at: v.createdAt }))
      const steps = entries.docs.map((e) => ({ from: e.from as WorkflowState, to: e.to as WorkflowState, at: e.createdAt }))
      expect(unloggedChanges(states, steps), `report ${id}`).toEqual([])
      // and no entry without its version: as many entries as changes
      const changes = states.filter((s, i) => s.state !== (i === 0 ? 'draft' : states[i - 1].state)).length
      expect(steps.length, `report ${id}`).toBe(changes)
      expect(steps.length).toBeGreaterThanOrEqual(moved.filter((m) => String(m.report) === String(id)).length)
    }
  }, 300_000)
})
