/**
 * Payload's transactions on SQLite, through our libsql client (src/data/sqliteClient.ts): a
 * rolled-back operation leaves nothing, thousands of transactions open no new connections (the
 * leak that turned them off), reads never wait for a running transaction, and writes inside and
 * outside transactions at once all go through.
 */
import fs from 'node:fs'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload, uniq } from './helpers'

const openFiles = () => fs.readdirSync('/proc/self/fd').length
/** A category's data: a slug of its own (the hook would make one, but the type asks for it). */
const category = (name: string) => ({ name, slug: `cm-${uniq()}` })

describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('SQLite transactions', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('roll back: writes of an operation that fails are not kept', async () => {
    const req = await createLocalReq({}, payload)
    expect(await initTransaction(req)).toBe(true)
    const name = `Chuyên mục bỏ đi ${uniq()}`
    await payload.create({ collection: 'categories', data: category(name), req })
    // inside the transaction it is there; outside, not yet
    expect((await payload.find({ collection: 'categories', where: { name: { equals: name } }, req })).totalDocs).toBe(1)
    expect((await payload.find({ collection: 'categories', where: { name: { equals: name } } })).totalDocs).toBe(0)
    await killTransaction(req)
    expect((await payload.find({ collection: 'categories', where: { name: { equals: name } } })).totalDocs).toBe(0)
  })

  it('commit: the writes appear together', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const names = [`Chuyên mục A ${uniq()}`, `Chuyên mục B ${uniq()}`]
    for (const name of names) await payload.create({ collection: 'categories', data: category(name), req })
    await commitTransaction(req)
    expect((await payload.find({ collection: 'categories', where: { name: { in: names } } })).totalDocs).toBe(2)
  })

  it('open no new connection per transaction', async () => {
    const before = openFiles()
    for (let i = 0; i < 150; i++) await payload.create({ collection: 'categories', data: category(`Chuyên mục ${i} ${uniq()}`) })
    expect(openFiles() - before).toBeLessThan(10)
  })

  it('let reads through while a transaction holds the writer, and queue writes outside it until it ends', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const inside = `Trong giao dịch ${uniq()}`
    await payload.create({ collection: 'categories', data: category(inside), req })
    // a read outside answers at once, without the uncommitted row
    expect((await payload.find({ collection: 'categories', where: { name: { equals: inside } } })).totalDocs).toBe(0)
    // a write outside waits for the transaction, then goes through
    const outside = `Ngoài giao dịch ${uniq()}`
    let done = false
    const waiting = payload.create({ collection: 'categories', data: category(outside) }).then(() => (done = true))
    await new Promise((r) => setTimeout(r, 100))
    expect(done).toBe(false)
    await commitTransaction(req)
    await waiting
    expect((await payload.find({ collection: 'categories', where: { name: { in: [inside, outside] } } })).totalDocs).toBe(2)
  })

  it('take many writers at once, in and out of transactions, without losing one', async () => {
    const tag = uniq()
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => payload.create({ collection: 'categories', data: category(`Song song ${tag} ${i}`) })),
      ...Array.from({ length: 20 }, (_, i) => payload.db.create({ collection: 'categories', data: { name: `Trực tiếp ${tag} ${i}`, slug: `truc-tiep-${tag}-${i}` } })),
    ])
    expect((await payload.find({ collection: 'categories', where: { name: { contains: tag } }, limit: 0 })).totalDocs).toBe(40)
  })
})
