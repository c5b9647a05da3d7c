import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { securityHeaders } from './src/lib/config/securityHeaders'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // a separate build directory lets the browser tests run beside a developer's server
  distDir: process.env.NEXT_DIST_DIR || '.next',
  output: 'standalone', // the Docker image runs Next from .next/standalone (through dist/serve.mjs)
  // Run-time paths in the server code carry turbopackIgnore so the trace does not take in the
  // whole project folder; this keeps development-only files out of the standalone output
  // (and the image) should a new one slip through.
  outputFileTracingExcludes: {
    '**/*': ['tests/**', 'bench/**', 'scripts/**', '.ci/**', 'data/**', 'media/**', 'dist/**', '*.md', 'Dockerfile', 'docker-compose.yml', 'vitest.config.mts', '*.tsbuildinfo'],
  },
  // Next's image optimizer is off (/_next/image answers 404): the site serves the pipeline's
  // sizes itself (src/lib/site/images.ts), and the optimizer's cache would keep a photo for hours
  // after it stopped being public (its report taken down), whatever the file route says.
  images: { unoptimized: true },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  reactStrictMode: true,
  // Benchmarks build to measure, not to check: types are checked by `npm run typecheck` and
  // every other build (bench/admin.bench.ts sets this, and its build skips the type check).
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === '1' },
  turbopack: { root: path.resolve(dirname) },
  // The public site's cache lives in memory only: a restart starts from the database, never
  // from pages or reads written to disk before a revalidation that the restart forgot (tags
  // are tracked in memory), nor from another database's run of the same build.
  // Server code is not minified: Turbopack's minifier turns classes into anonymous ones, and
  // Payload names an error by its class (formatErrors answers a nameless one "An unknown error
  // occurred."), so every refusal of the API lost its Vietnamese message in production only.
  // The browser's bundles stay minified. vercel/next.js#96574
  experimental: { isrFlushToDisk: false, turbopackMinify: { server: false, client: true } },
  // Cached pages are sent as they are: hashing every 35 kB page per request for an ETag cost
  // about 7% of the cached page's throughput (bench/site.bench.ts).
  generateEtags: false,
  poweredByHeader: false,
  // exceljs (the statistics' XLSX export) is CommonJS with stream and zip dependencies: loaded by
  // Node from node_modules rather than bundled into the API route
  serverExternalPackages: ['exceljs'],
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

// Payload sends its colour-scheme client hints (Accept-CH, Critical-CH, Vary) with every
// response; only the admin's theme uses them, and on the public site `Vary` would split every
// shared cache's entries and cost each cached page a header rule: keep them to the admin.
const payloadHeaders = config.headers
export default {
  ...config,
  headers: async () => [
    ...((await payloadHeaders?.()) ?? []).map((rule) => (rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule)),
    // on every answer (the page cache keeps them with its copies)
    { source: '/:path*', headers: securityHeaders({ serverURL: process.env.SERVER_URL, development: process.env.NODE_ENV !== 'production' }) },
  ],
} satisfies NextConfig
