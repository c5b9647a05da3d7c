import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { createClient, type InArgs, type InStatement } from '@libsql/client'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../src/payload-types'
import { MY_WORK_QUERY, myWorkSections } from '../../src/lib/workflow/myWork'
import { refreshPlannerStatistics } from '../../src/data/plannerStatistics'
import { readWorkflowHistory } from '../../src/data/workflowHistory'
import { makeUser, openUnit, testPayload } from './helpers'

/**
 * The admin reads reports as drafts, from the versions table with `latest = 1`. Without its own
 * indexes (collections/Reports/versionIndexes.ts) SQLite, which has no statistics, answered
 * every such query through the index on `latest` alone: a read of every latest version of the
 * board, body included (bench/admin.bench.ts: 100 ms of the reports list and 240 ms of
 * "Việc của tôi" at 10,000 reports). Here each query the list and the sections send is asked
 * for its plan, which does not depend on how many rows there are.
 */
const sqlite = process.env.TEST_DATABASE !== 'mongodb'

describe.runIf(sqlite)('query plans of the admin on SQLite', () => {
  let payload: Payload
  let editor: User
  let approver: User
  let unitId: number
  let statements: { sql: string; args: InArgs }[] | null = null

  beforeAll(async () => {
    payload = await testPayload()
    const unit = await openUnit(payload)
    unitId = unit.id
    editor = await makeUser(payload, ['editor'], [unit.id])
    approver = await makeUser(payload, ['approver'], [unit.id])
    const { client } = payload.db as unknown as SQLiteAdapter
    const execute = client.execute.bind(client)
    client.execute = ((statement: InStatement) => {
      if (statements && typeof statement === 'object') statements.push({ sql: statement.sql, args: statement.args ?? [] })
      return execute(statement)
    }) as typeof client.execute
  })

  /** The statements `read` sends. */
  async function statementsOf(read: () => Promise<unknown>): Promise<{ sql: string; args: InArgs }[]> {
    statements = []
    try {
      await read()
      return statements
    } finally {
      statements = null
    }
  }

  /** The plans of the versions-table queries that `read` sends. */
  async function plansOf(read: () => Promise<unknown>): Promise<string[]> {
    const sent = (await statementsOf(read)).filter((s) => /from "_reports_v"/.test(s.sql) && !/^select coalesce/.test(s.sql))
    expect(sent.length).toBeGreaterThan(0)
    // on a connection of its own: libsql leaves an EXPLAIN's read open, which would hold the
    // app's reading connection at that moment's snapshot (it then saw none of the later writes)
    const client = createClient({ url: process.env.DATABASE_URI! })
    const plans: string[] = []
    try {
      for (const s of sent) {
        const { rows } = await client.execute({ sql: `EXPLAIN QUERY PLAN ${s.sql}`, args: s.args })
        plans.push(rows.map((row) => String(row.detail)).join(' | '))
      }
    } finally {
      client.close()
    }
    return plans
  }

  const readsOnlyItsRows = (plan: string) => {
    expect(plan).not.toMatch(/_reports_v_latest_idx/)
    expect(plan).not.toMatch(/SCAN _reports_v\b/)
    expect(plan).toMatch(/reports_v_latest_/)
  }

  it('the reports list (its default order and its count) reads its page through an index led by latest', async () => {
    // as Payload's list view asks (node_modules/@payloadcms/next/dist/views/List)
    const plans = await plansOf(() => payload.find({ collection: 'reports', draft: true, depth: 0, limit: 10, overrideAccess: false, user: editor, includeLockStatus: true }))
    for (const plan of plans) readsOnlyItsRows(plan)
    expect(plans.join('\n')).toMatch(/reports_v_latest_version_publishedat_idx/)
  })

  it('each section of Việc của tôi reads only its own rows, for an editor and an approver', async () => {
    for (const user of [editor, approver])
      for (const section of myWorkSections({ ...user, collection: 'users' })) {
        const plans = await plansOf(() => payload.find({ ...MY_WORK_QUERY, where: section.where, overrideAccess: false, user }))
        for (const plan of plans) readsOnlyItsRows(plan)
      }
  })

  it('with statistics gathered, the list finds which drafts were published before through their parent, not every published version', async () => {
    const reports = []
    for (let i = 0; i < 30; i++)
      reports.push(await payload.create({ collection: 'reports', data: { title: `Tin đã đăng ${i}`, slug: `tin-da-dang-${i}`, unit: unitId, _status: 'published', workflowState: 'published', publishedAt: '2026-06-01T03:00:00.000Z' } }))
    const drafts = reports.slice(0, 3)
    for (const report of drafts) await payload.update({ collection: 'reports', id: report.id, draft: true, data: { title: `${report.title} (sửa)` } })
    await refreshPlannerStatistics(payload)
    // as Payload's list view asks for a page's drafts (views/List/enrichDocsWithVersionStatus)
    const [plan] = await plansOf(() =>
      payload.findVersions({ collection: 'reports', depth: 0, limit: 0, pagination: false, select: { parent: true }, where: { and: [{ parent: { in: drafts.map((d) => d.id) } }, { 'version._status': { equals: 'published' } }] } }),
    )
    expect(plan).toMatch(/USING INDEX _reports_v_parent_idx/)
  })

  it('the workflow history reads its steps and the names of who took them, not the report again', async () => {
    const report = await payload.create({ collection: 'reports', data: { title: 'Tin có lịch sử', slug: 'tin-co-lich-su', unit: unitId, workflowState: 'submitted' }, draft: true })
    for (const step of [{ action: 'submit', from: 'draft', to: 'submitted' }, { action: 'return', from: 'submitted', to: 'draft' }, { action: 'submit', from: 'draft', to: 'submitted' }] as const)
      await payload.create({ collection: 'report-transitions', data: { report: report.id, unit: unitId, user: editor.id, ...step } })
    console.log('DBG', JSON.stringify((await payload.find({ collection: 'report-transitions', where: { report: { equals: report.id } }, depth: 0 })).docs.map((d) => [d.action, d.unit, d.user])), editor.roles, editor.units)
    let steps: Awaited<ReturnType<typeof readWorkflowHistory>> = []
    const sent = await statementsOf(async () => (steps = await readWorkflowHistory(payload, report.id, { ...editor, collection: 'users' })))
    expect(steps.map((s) => s.action)).toEqual(['submit', 'return', 'submit'])
    expect(steps[0].user).toMatchObject({ id: editor.id, name: editor.name })
    expect(sent.filter((s) => /from "(reports|_reports_v)"/.test(s.sql))).toEqual([])
  })

  // last: libsql leaves this EXPLAIN's read open on the app's reading connection
  it("the app's reading connection plans with the statistics gathered after it opened", async () => {
    const reports = []
    for (let i = 0; i < 30; i++)
      reports.push(await payload.create({ collection: 'reports', data: { title: `Tin thống kê ${i}`, slug: `tin-thong-ke-${i}`, unit: unitId, _status: 'published', workflowState: 'published', publishedAt: '2026-06-01T03:00:00.000Z' } }))
    const drafts = reports.slice(0, 3)
    for (const report of drafts) await payload.update({ collection: 'reports', id: report.id, draft: true, data: { title: `${report.title} (sửa)` } })
    // the start gathered statistics on an empty database; an import later gathers them again
    await refreshPlannerStatistics(payload)
    const sent = await statementsOf(() =>
      payload.findVersions({ collection: 'reports', depth: 0, limit: 0, pagination: false, select: { parent: true }, where: { and: [{ parent: { in: drafts.map((d) => d.id) } }, { 'version._status': { equals: 'published' } }] } }),
    )
    const query = sent.find((s) => /from "_reports_v"/.test(s.sql))!
    const { client } = payload.db as unknown as SQLiteAdapter
    const { rows } = await client.execute({ sql: `EXPLAIN QUERY PLAN ${query.sql}`, args: query.args })
    expect(rows.map((row) => String(row.detail)).join(' | ')).toMatch(/USING INDEX _reports_v_parent_idx/)
  })
})
