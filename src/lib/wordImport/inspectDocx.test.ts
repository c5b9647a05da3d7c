import { describe, expect, it } from 'vitest'
import { Paragraph } from 'docx'
import { badInputs, editParts, pack, photoRun, structuredDocx } from '../../../tests/fixtures/wordDocx'
import { inspectDocx, WordRejected } from './inspectDocx'

const refusal = (bytes: Uint8Array, limits?: { maxBytes: number }): WordRejected => {
  try {
    inspectDocx(bytes, limits)
  } catch (error) {
    if (error instanceof WordRejected) return error
    throw error
  }
  throw new Error('accepted')
}

describe('inspectDocx', () => {
  it('accepts a Word document', async () => {
    expect(() => inspectDocx(new Uint8Array(Buffer.from('x')))).toThrow(WordRejected)
    expect(() => inspectDocx(new Uint8Array(0))).toThrow(WordRejected)
    const pkg = inspectDocx(await structuredDocx())
    expect(pkg.exists('word/document.xml')).toBe(true)
    expect(pkg.text('word/document.xml')).toContain('<w:body>')
  })

  it('refuses every bad input by its bytes, saying in Vietnamese what to do', async () => {
    for (const bad of await badInputs()) {
      const error = refusal(bad.bytes)
      expect(error.code, bad.name).toBe(bad.code)
      expect(error.vi, bad.name).toMatch(/Hãy .*\.docx/)
    }
  })

  it('refuses a document over the size limit with 413', async () => {
    const error = refusal(await structuredDocx(), { maxBytes: 1000 })
    expect(error.code).toBe('tooLarge')
    expect(error.status).toBe(413)
  })

  it('refuses a part that unpacks to more than it declares', async () => {
    const good = await pack([new Paragraph('Một đoạn văn bản đủ dài để nén được nhiều lần, một đoạn văn bản đủ dài để nén được nhiều lần.')])
    const zip = Buffer.from(editParts(good, () => {}))
    // lower the declared size of word/document.xml in the central directory (and its local header)
    const name = Buffer.from('word/document.xml')
    let central = zip.indexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]))
    while (central >= 0 && !zip.subarray(central + 46, central + 46 + name.length).equals(name)) central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), central + 4)
    zip.writeUInt32LE(10, central + 24)
    expect(refusal(zip).code).toBe('bomb')
  })

  it('stops a picture that unpacks to more than it declares when it is read', async () => {
    const zip = await pack([new Paragraph({ children: [await photoRun()] })])
    const central = zip.indexOf(Buffer.from('word/media/'), zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))) - 46
    const name = zip.toString('utf8', central + 46, central + 46 + zip.readUInt16LE(central + 28))
    zip.writeUInt32LE(10, central + 24)
    const pkg = inspectDocx(zip)
    expect(() => pkg.bytes(name)).toThrow(expect.objectContaining({ code: 'bomb' }))
    // and when it is read off the main thread, as the importer reads pictures
    await expect(pkg.read(name)).rejects.toMatchObject({ code: 'bomb' })
  })

  it('reads a picture off the main thread, the same bytes as the sync read', async () => {
    const zip = await pack([new Paragraph({ children: [await photoRun()] })])
    const pkg = inspectDocx(zip)
    const name = ['word/media/image1.jpg', 'word/media/image1.jpeg', 'word/media/image1.png'].find((n) => pkg.exists(n))!
    const pending = pkg.read(name)
    expect(pending).toBeInstanceOf(Promise)
    expect((await pending).equals(pkg.bytes(name))).toBe(true)
  })

  it('refuses a damaged package', async () => {
    const good = await structuredDocx()
    expect(refusal(good.subarray(0, good.length - 40)).code).toBe('corrupt')
  })
})
