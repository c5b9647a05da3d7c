import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Lexical's Node entry points wait on a top-level `await import()` of their dev or prod build;
// with a dozen of them evaluating at once, Node 20 now and then never settles the import: a
// test worker, or a tool a test starts, sat idle forever at start (../shared/STACK.md; the
// package scripts pass the same flag). Naming the condition loads the build directly. Set here
// so that the workers and every process they start inherit it.
if (!/--conditions[= ]production/.test(process.env.NODE_OPTIONS ?? '')) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --conditions=production`.trim()

const shared = {
  environment: 'node' as const,
  alias: {
    '@payload-config': path.join(dirname, 'payload.config.ts'),
    '@': path.join(dirname, 'src'),
  },
}

export default defineConfig({
  resolve: { alias: shared.alias },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'int',
          environment: 'node',
          include: ['tests/int/**/*.test.ts'],
          setupFiles: ['tests/int/setupEnv.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // one Payload per file, files one after another: two cores, and SQLite files are cheap
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // one production build for every file (a cold `next build` takes minutes on two cores)
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
