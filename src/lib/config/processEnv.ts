/**
 * The process-wide settings the production server runs with (`npm start`, the Docker image).
 * Every process that stands in for it or is measured against it shares them: `npm run dev`,
 * the command-line importer, the browser tests' production server and both sides of every
 * benchmark (bench/run.ts), so a ratio compares like with like. They are read by the C
 * library when the process starts, so they are set in its environment, never from inside.
 *
 * MALLOC_ARENA_MAX=2: glibc otherwise gives libvips' worker threads up to eight malloc arenas
 * per core, each keeping its freed memory: six Word imports of ten 12 MP photos in one server
 * process peaked at 640–690 MB without it and 540 MB with it (README, bench word-import). It
 * also keeps sharp on both cores (sharp drops to one thread on glibc unless MALLOC_ARENA_MAX
 * is set or jemalloc is loaded).
 */
export const SERVER_PROCESS_ENV = { MALLOC_ARENA_MAX: '2' } as const

/** The `NAME=value` settings of `env` that a command line or a Dockerfile does not set to that value. */
export function missingSettings(text: string, env: Record<string, string> = SERVER_PROCESS_ENV): string[] {
  return Object.entries(env)
    .filter(([name, value]) => !new RegExp(`(^|\\s)${name}=${value}(\\s|$)`).test(text))
    .map(([name, value]) => `${name}=${value}`)
}
