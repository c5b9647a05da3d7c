/**
 * The production server's request log (serve.ts): one JSON line per request
 * (src/lib/logs/requestLine.ts) on stdout, or in LOG_FILE, which is rotated by size (LOG_MAX_MB,
 * LOG_FILES kept). Lines are written synchronously: a short line to a file costs microseconds,
 * and a line is never lost to a crash or torn by the rotation.
 */
import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { loggedPath, requestLine, rotationRenames, sessionUser, type LogSettings } from '../lib/logs/requestLine'

export type RequestLog = { track(req: IncomingMessage, res: ServerResponse): void; close(): void }

function fileWriter(file: string, maxBytes: number, keep: number) {
  let fd = fs.openSync(file, 'a')
  let size = fs.fstatSync(fd).size
  return {
    write(line: string) {
      const bytes = Buffer.byteLength(line)
      if (size > 0 && size + bytes > maxBytes) {
        fs.closeSync(fd)
        for (const [from, to] of rotationRenames(file, keep)) if (fs.existsSync(from)) fs.renameSync(from, to)
        fd = fs.openSync(file, 'a')
        size = 0
      }
      fs.writeSync(fd, line)
      size += bytes
    },
    close: () => fs.closeSync(fd),
  }
}

export function createRequestLog(settings: LogSettings, key: string): RequestLog | null {
  if (!settings.enabled) return null
  const out = settings.file ? fileWriter(settings.file, settings.maxBytes, settings.keep) : { write: (line: string) => void process.stdout.write(line), close: () => {} }
  return {
    track(req, res) {
      const started = process.hrtime.bigint()
      let written = false
      const write = (aborted: boolean) => {
        if (written) return
        written = true
        const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100
        const user = sessionUser(req.headers.cookie, req.headers.authorization, key, Math.floor(Date.now() / 1000))
        try {
          out.write(requestLine({ time: new Date().toISOString(), method: req.method ?? 'GET', path: loggedPath(req.url), status: res.statusCode, ms, user, ...(aborted ? { aborted: true as const } : {}) }))
        } catch {
          // a full disk must not take the site down with it
        }
      }
      res.once('finish', () => write(false))
      res.once('close', () => write(!res.writableFinished))
    },
    close: () => out.close(),
  }
}
