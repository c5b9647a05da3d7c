/**
 * What a production start on SQLite does with the committed migrations (migrations/), given the
 * migrations the database records (Payload's payload_migrations: name and batch).
 * - run: those not yet applied, in order (a new database gets them all);
 * - pushed: the database was made by a development server's schema push (Payload records that
 *   as a migration named "dev" in batch -1): migrations would try to make the tables again, so
 *   none runs and the start says so;
 * - ahead: the database records migrations this code does not have (a newer version ran on it):
 *   nothing runs and the start says so.
 */
export type MigrationRecord = { name: string; batch: number | null }
export type MigrationDecision =
  | { kind: 'run'; pending: string[] }
  | { kind: 'pushed' }
  | { kind: 'ahead'; unknown: string[] }

export function decideMigrations(applied: MigrationRecord[], available: string[]): MigrationDecision {
  if (applied.some((m) => m.batch === -1)) return { kind: 'pushed' }
  const done = new Set(applied.map((m) => m.name))
  const known = new Set(available)
  const unknown = applied.map((m) => m.name).filter((name) => !known.has(name))
  if (unknown.length) return { kind: 'ahead', unknown }
  return { kind: 'run', pending: available.filter((name) => !done.has(name)) }
}
