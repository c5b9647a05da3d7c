import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { TarFormatError, TarReader, tarEnd, tarEntry } from './tar'

const archive = (entries: [string, Buffer][]) => Buffer.concat([...entries.flatMap(([n, b]) => tarEntry(n, b, new Date(0))), tarEnd()])

describe('tar', () => {
  const long = `media/${'hoi-nghi-tong-ket-cong-tac-dan-van-'.repeat(4)}card.webp`
  const entries: [string, Buffer][] = [
    ['manifest.json', Buffer.from('{"a":1}')],
    ['empty', Buffer.alloc(0)],
    [long, Buffer.alloc(1300, 7)],
    ['media/ảnh-hội-nghị.jpg', Buffer.from([1, 2, 3])],
  ]

  it('reads back what it wrote, in chunks of any size, long and Vietnamese names included', () => {
    const bytes = archive(entries)
    for (const size of [1, 511, 512, 4096, bytes.length]) {
      const reader = new TarReader()
      const read = []
      for (let at = 0; at < bytes.length; at += size) read.push(...reader.push(bytes.subarray(at, at + size)))
      expect(read.map((e) => [e.name, e.body])).toEqual(entries)
      expect(reader.finished).toBe(true)
    }
  })

  it('is a tar the system tar lists and unpacks byte for byte', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tar-test-'))
    fs.writeFileSync(path.join(dir, 'a.tar'), archive(entries))
    const listed = execFileSync('tar', ['-tf', 'a.tar'], { cwd: dir, encoding: 'utf8' }).trim().split('\n')
    expect(listed).toEqual(entries.map(([n]) => n))
    execFileSync('tar', ['-xf', 'a.tar'], { cwd: dir })
    expect(fs.readFileSync(path.join(dir, long))).toEqual(entries[2][1])
    fs.rmSync(dir, { recursive: true })
  })

  it('says an archive cut short is unfinished, and refuses a damaged header', () => {
    const bytes = archive(entries)
    const cut = new TarReader()
    cut.push(bytes.subarray(0, 2048))
    expect(cut.finished).toBe(false)
    const damaged = Buffer.from(bytes)
    damaged[3] ^= 0xff
    expect(() => new TarReader().push(damaged)).toThrow(TarFormatError)
  })
})
