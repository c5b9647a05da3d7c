import { describe, expect, it } from 'vitest'
import { isReadStatement } from './statements'

describe('isReadStatement', () => {
  it('takes selects, explains, plain CTEs and reading pragmas for reads', () => {
    expect(isReadStatement('select "id" from "reports" where "id" = ?')).toBe(true)
    expect(isReadStatement('  SELECT count(*) FROM media')).toBe(true)
    expect(isReadStatement('EXPLAIN QUERY PLAN SELECT * FROM reports')).toBe(true)
    expect(isReadStatement('with "x" as (select 1) select * from "x"')).toBe(true)
    expect(isReadStatement('PRAGMA journal_mode')).toBe(true)
    expect(isReadStatement('-- a note\nselect 1')).toBe(true)
    expect(isReadStatement('/* note */ select 1')).toBe(true)
  })

  it('takes everything else for a write, when unsure too', () => {
    expect(isReadStatement('insert into "media" ("alt") values (?) returning *')).toBe(false)
    expect(isReadStatement('update "reports" set "title" = ?')).toBe(false)
    expect(isReadStatement('delete from "reports_rels" where "parent_id" = ?')).toBe(false)
    expect(isReadStatement('with "old" as (select id from x) delete from y where id in old')).toBe(false)
    expect(isReadStatement('PRAGMA busy_timeout = 5000')).toBe(false)
    expect(isReadStatement('pragma analysis_limit=1000')).toBe(false)
    expect(isReadStatement('ANALYZE')).toBe(false)
    expect(isReadStatement('CREATE TABLE "x" ("id" integer)')).toBe(false)
    expect(isReadStatement('BEGIN IMMEDIATE')).toBe(false)
    expect(isReadStatement('')).toBe(false)
  })
})
