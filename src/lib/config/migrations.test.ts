import { describe, expect, it } from 'vitest'
import { decideMigrations } from './migrations'

const files = ['20261206_113703_initial', '20270101_000000_officials_rank']

describe('decideMigrations', () => {
  it('runs every migration on a new database, and only the missing ones later', () => {
    expect(decideMigrations([], files)).toEqual({ kind: 'run', pending: files })
    expect(decideMigrations([{ name: files[0], batch: 1 }], files)).toEqual({ kind: 'run', pending: [files[1]] })
    expect(decideMigrations(files.map((name) => ({ name, batch: 1 })), files)).toEqual({ kind: 'run', pending: [] })
  })

  it('runs nothing on a database a development server pushed', () => {
    expect(decideMigrations([{ name: 'dev', batch: -1 }], files)).toEqual({ kind: 'pushed' })
  })

  it('runs nothing on a database a newer version migrated', () => {
    expect(decideMigrations([{ name: files[0], batch: 1 }, { name: '20280101_000000_later', batch: 2 }], files)).toEqual({ kind: 'ahead', unknown: ['20280101_000000_later'] })
  })
})
