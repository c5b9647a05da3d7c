import path from 'node:path'

export type DatabaseChoice = { kind: 'mongodb'; url: string } | { kind: 'sqlite'; url: string }

/**
 * DATABASE_URI picks the adapter: mongodb:// or mongodb+srv:// is MongoDB (production);
 * unset or file: is the embedded SQLite file under data/, so a fresh clone runs with no server.
 * Development gets its own file because `next dev` pushes schema changes into it.
 */
export function chooseDatabase(env: Record<string, string | undefined>, dataDirectory: string): DatabaseChoice {
  const uri = env.DATABASE_URI?.trim()
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) return { kind: 'mongodb', url: uri }
  if (uri && uri.startsWith('file:')) return { kind: 'sqlite', url: uri }
  if (uri) throw new Error(`DATABASE_URI must start with mongodb://, mongodb+srv:// or file: (got "${uri.split(':')[0]}:…")`)
  const file = env.NODE_ENV === 'production' ? 'dan-van.db' : 'dan-van-dev.db'
  return { kind: 'sqlite', url: `file:${path.join(dataDirectory, file)}` }
}
