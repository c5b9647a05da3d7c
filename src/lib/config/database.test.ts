import { describe, expect, it } from 'vitest'
import { chooseDatabase } from './database'

describe('chooseDatabase', () => {
  it('chooses MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(chooseDatabase({ DATABASE_URI: 'mongodb://mongo:27017/danvan?replicaSet=rs0' }, '/d')).toEqual({ kind: 'mongodb', url: 'mongodb://mongo:27017/danvan?replicaSet=rs0' })
    expect(chooseDatabase({ DATABASE_URI: 'mongodb+srv://u:p@cluster/x' }, '/d').kind).toBe('mongodb')
  })

  it('defaults to an SQLite file under data/, one for development', () => {
    expect(chooseDatabase({}, '/srv/data')).toEqual({ kind: 'sqlite', url: 'file:/srv/data/dan-van-dev.db' })
    expect(chooseDatabase({ NODE_ENV: 'production' }, '/srv/data').url).toBe('file:/srv/data/dan-van.db')
    expect(chooseDatabase({ DATABASE_URI: 'file:/tmp/x.db' }, '/d')).toEqual({ kind: 'sqlite', url: 'file:/tmp/x.db' })
  })

  it('refuses an unknown scheme without echoing credentials', () => {
    expect(() => chooseDatabase({ DATABASE_URI: 'postgres://user:pw@host/db' }, '/d')).toThrow(/got "postgres:…"/)
  })
})
