/**
 * The backup archive's container: a plain POSIX tar (ustar, with a PAX header for names longer
 * than ustar holds), so an operator can list or unpack it with `tar` when in doubt. Only regular
 * files; no owners, modes or links. Written and read as a stream: an entry is one Buffer (a
 * chunk of documents or one photo), never the whole archive.
 */

const BLOCK = 512

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

function header(name: string, size: number, type: '0' | 'x', mtimeSeconds: number): Buffer {
  const block = Buffer.alloc(BLOCK)
  block.write(name, 0, 100, 'utf8')
  block.write(octal(0o644, 8), 100, 'ascii')
  block.write(octal(0, 8), 108, 'ascii')
  block.write(octal(0, 8), 116, 'ascii')
  block.write(octal(size, 12), 124, 'ascii')
  block.write(octal(mtimeSeconds, 12), 136, 'ascii')
  block.write('        ', 148, 'ascii') // the checksum counts its own field as spaces
  block.write(type, 156, 'ascii')
  block.write('ustar\0', 257, 'ascii')
  block.write('00', 263, 'ascii')
  let sum = 0
  for (const byte of block) sum += byte
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii')
  return block
}

/** A PAX record "LEN key=value\n", LEN counting the whole record in bytes, itself included. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`
  const bodyBytes = Buffer.byteLength(body)
  let length = bodyBytes + 1
  while (String(length).length + bodyBytes !== length) length = String(length).length + bodyBytes
  return Buffer.from(`${length}${body}`, 'utf8')
}

const padding = (size: number): Buffer => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK)

/** The bytes of one entry: its header(s), its body and the padding to the next block. */
export function tarEntry(name: string, body: Buffer, mtime: Date = new Date()): Buffer[] {
  const seconds = Math.floor(mtime.getTime() / 1000)
  const parts: Buffer[] = []
  if (Buffer.byteLength(name) > 99 || /[^\x20-\x7e]/.test(name)) {
    const pax = paxRecord('path', name)
    parts.push(header('PaxHeader', pax.length, 'x', seconds), pax, padding(pax.length))
    name = name.replace(/[^\x20-\x7e]/g, '_').slice(-99)
  }
  parts.push(header(name, body.length, '0', seconds), body, padding(body.length))
  return parts
}

/** Two empty blocks end an archive. */
export const tarEnd = (): Buffer => Buffer.alloc(BLOCK * 2)

export type TarEntry = { name: string; body: Buffer }

export class TarFormatError extends Error {}

function readOctal(block: Buffer, offset: number, width: number): number {
  const text = block.toString('ascii', offset, offset + width).replace(/\0.*$/s, '').trim()
  if (!/^[0-7]*$/.test(text)) throw new TarFormatError(`bad number in a tar header: "${text}"`)
  return text ? parseInt(text, 8) : 0
}

function checksumOk(block: Buffer): boolean {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]
  return sum === readOctal(block, 148, 8)
}

function parsePax(body: Buffer): Record<string, string> {
  const out: Record<string, string> = {}
  let at = 0
  while (at < body.length) {
    const space = body.indexOf(0x20, at)
    if (space < 0) break
    const length = Number(body.toString('ascii', at, space))
    if (!Number.isInteger(length) || length <= 0) throw new TarFormatError('bad PAX header')
    const record = body.toString('utf8', space + 1, at + length - 1)
    const eq = record.indexOf('=')
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1)
    at += length
  }
  return out
}

/**
 * Reads an archive pushed in chunks of any size; `push` returns the entries it completed. The
 * caller checks `finished` at the end: an archive cut short is not finished.
 */
export class TarReader {
  // chunks kept as they came and joined only once an entry is complete: joining at every
  // chunk would copy a 10 MB photo a hundred times over
  private chunks: Buffer[] = []
  private length = 0
  private pending: { name: string; size: number; type: string } | null = null
  private paxPath: string | null = null
  private ended = false

  get finished(): boolean {
    return this.ended
  }

  private take(size: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length)
    const taken = all.subarray(0, size)
    const rest = all.subarray(size)
    this.chunks = rest.length ? [rest] : []
    this.length = rest.length
    return taken
  }

  push(chunk: Buffer): TarEntry[] {
    if (chunk.length) {
      this.chunks.push(chunk)
      this.length += chunk.length
    }
    const entries: TarEntry[] = []
    for (;;) {
      if (this.ended) {
        this.chunks = [] // trailing zeros after the end blocks
        this.length = 0
        return entries
      }
      if (!this.pending) {
        if (this.length < BLOCK) return entries
        const block = this.take(BLOCK)
        if (block.every((b) => b === 0)) {
          this.ended = true
          continue
        }
        if (!checksumOk(block)) throw new TarFormatError('a tar header is damaged (checksum)')
        const name = block.toString('utf8', 0, 100).replace(/\0.*$/s, '')
        const prefix = block.toString('utf8', 345, 500).replace(/\0.*$/s, '')
        this.pending = { name: prefix ? `${prefix}/${name}` : name, size: readOctal(block, 124, 12), type: String.fromCharCode(block[156] || 48) }
      }
      const { size } = this.pending
      const padded = size + ((BLOCK - (size % BLOCK)) % BLOCK)
      if (this.length < padded) return entries
      const body = Buffer.from(this.take(padded).subarray(0, size))
      const entry = this.pending
      this.pending = null
      if (entry.type === 'x') {
        this.paxPath = parsePax(body).path ?? null
        continue
      }
      const name = this.paxPath ?? entry.name
      this.paxPath = null
      if (entry.type === '0' || entry.type === '\0') entries.push({ name, body })
    }
  }
}
