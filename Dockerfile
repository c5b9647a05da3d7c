# syntax=docker/dockerfile:1
# Production image of Dân vận CMS: Next.js standalone output with Payload inside, served by
# dist/serve.mjs (src/server/serve.ts).
# Built by `docker compose build`; the database is MongoDB (see docker-compose.yml).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# npm install rather than npm ci: the lockfile is written on Linux x64 and omits other
# platforms' optional @next/swc builds, which `npm ci` insists on.
RUN npm install --no-audit --no-fund

FROM node:20-bookworm-slim AS builder
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The build evaluates the Payload config but serves nothing: no secret or database needed.
RUN npm run build

FROM node:20-bookworm-slim AS runner
WORKDIR /app
# MALLOC_ARENA_MAX=2: glibc's per-thread arenas otherwise fragment under libvips' worker
# threads; measured here it cuts the peak of ten parallel 24 MP uploads from ~860 to ~550 MB.
# The same settings as `npm start` and the benchmarks: src/lib/config/processEnv.ts (a test checks).
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 \
    MEDIA_DIR=/app/media DATA_DIR=/app/data MALLOC_ARENA_MAX=2
COPY --from=builder --chown=node:node /app/.next/standalone ./
COPY --from=builder --chown=node:node /app/.next/static ./.next/static
# standalone leaves public/ out (the favicon)
COPY --from=builder --chown=node:node /app/public ./public
COPY --from=builder --chown=node:node /app/seed ./seed
# our server (src/server/serve.ts, built by `npm run build`) in place of Next's server.js: the
# same Next, behind the public site's page micro-cache; it reads .next/required-server-files.json
COPY --from=builder --chown=node:node /app/dist/serve.mjs ./serve.mjs
RUN mkdir -p /app/media /app/data && chown -R node:node /app/media /app/data
USER node
EXPOSE 3000
# /api/health: the database, the photo storage, the job runner and the search index (503 names
# what fails); cheap enough for every 10 s. SIGTERM (docker stop) lets requests and the running
# job finish and exits within 30 s, Docker's default stop timeout.
HEALTHCHECK --interval=10s --timeout=5s --start-period=40s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "serve.mjs"]
