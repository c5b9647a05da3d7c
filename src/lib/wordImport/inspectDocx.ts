import { inflateRaw, inflateRawSync } from 'node:zlib'

/** Why a file is refused as a Word document, in both languages, with the HTTP status to answer. */
export class WordRejected extends Error {
  constructor(
    public readonly code: string,
    public readonly vi: string,
    public readonly en: string,
    public readonly status = 400,
  ) {
    super(en)
  }
}

const SAVE_AS_DOCX = 'Hãy lưu tệp dưới dạng .docx (trong Word: Tệp → Lưu thành → Tài liệu Word).'
const SAVE_AS_DOCX_EN = 'Save the file as .docx (in Word: File → Save As → Word Document).'

const reject = {
  empty: () => new WordRejected('empty', `Tệp rỗng (0 byte). ${SAVE_AS_DOCX}`, `The file is empty (0 bytes). ${SAVE_AS_DOCX_EN}`),
  tooLarge: (mb: number) =>
    new WordRejected(
      'tooLarge',
      `Tệp lớn hơn ${mb} MB cho phép. Hãy nén ảnh trong Word (chọn một ảnh → Định dạng ảnh → Nén ảnh) rồi lưu lại dưới dạng .docx.`,
      `The file is larger than the ${mb} MB allowed. Compress the pictures in Word (Picture Format → Compress Pictures) and save it again as .docx.`,
      413,
    ),
  doc: () =>
    new WordRejected('doc', 'Đây là tài liệu Word 97–2003 (.doc), không phải .docx. Hãy mở tệp trong Word rồi lưu tệp dưới dạng .docx (Tệp → Lưu thành → Tài liệu Word).', `This is a Word 97–2003 document (.doc), not .docx. Open it in Word and save it as .docx (File → Save As → Word Document).`),
  encrypted: () =>
    new WordRejected(
      'encrypted',
      `Tài liệu được đặt mật khẩu nên không đọc được. Hãy mở tệp trong Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu tệp dưới dạng .docx.`,
      'The document is protected by a password and cannot be read. Open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password) and save it as .docx.',
    ),
  pdf: () =>
    new WordRejected('pdf', `Đây là tệp PDF, không phải tài liệu Word. Hãy gửi bản Word gốc, hoặc mở tệp PDF bằng Word rồi lưu tệp dưới dạng .docx.`, 'This is a PDF, not a Word document. Send the original Word file, or open the PDF in Word and save it as .docx.'),
  rtf: () => new WordRejected('rtf', `Đây là tệp RTF, không phải .docx. Hãy mở tệp trong Word rồi lưu tệp dưới dạng .docx.`, 'This is an RTF file, not .docx. Open it in Word and save it as .docx.'),
  odt: () => new WordRejected('odt', `Đây là tài liệu OpenDocument (.odt). Hãy mở tệp trong Word hoặc LibreOffice rồi lưu tệp dưới dạng .docx.`, 'This is an OpenDocument text (.odt). Open it in Word or LibreOffice and save it as .docx.'),
  otherOffice: (kind: string, kindEn: string) => new WordRejected('otherOffice', `Đây là ${kind}, không phải tài liệu Word. Hãy chép nội dung sang Word rồi lưu tệp dưới dạng .docx.`, `This is ${kindEn}, not a Word document. Copy its content into Word and save it as .docx.`),
  zip: () => new WordRejected('zip', `Tệp là một tệp nén (.zip), không phải tài liệu Word. ${SAVE_AS_DOCX}`, `The file is a zip archive, not a Word document. ${SAVE_AS_DOCX_EN}`),
  notDocx: () => new WordRejected('notDocx', `Tệp không phải tài liệu Word (.docx). ${SAVE_AS_DOCX}`, `The file is not a Word document (.docx). ${SAVE_AS_DOCX_EN}`),
  corrupt: () => new WordRejected('corrupt', 'Tài liệu bị hỏng hoặc tải lên không trọn vẹn. Hãy mở tệp trong Word rồi lưu lại dưới dạng .docx.', 'The document is damaged or incomplete. Open it in Word and save it again as .docx.'),
  bomb: () =>
    new WordRejected('bomb', 'Tài liệu giải nén ra quá lớn so với cỡ tệp (có thể là tệp độc hại), không được nhận. Hãy mở tệp trong Word rồi lưu lại dưới dạng .docx.', 'The document unpacks to far more than its size (it may be malicious) and is refused. Open it in Word and save it again as .docx.', 413),
  macro: () =>
    new WordRejected(
      'macro',
      'Tài liệu có macro (mã VBA) hoặc điều khiển ActiveX, không được nhận vì có thể chứa mã độc. Hãy lưu tệp dưới dạng .docx ("Tài liệu Word", không phải "Tài liệu Word có bật macro").',
      'The document carries macros (VBA) or ActiveX controls and is refused, since they can carry malicious code. Save it as .docx ("Word Document", not "Word Macro-Enabled Document").',
    ),
  external: () =>
    new WordRejected(
      'external',
      'Tài liệu lấy nội dung từ tệp hoặc địa chỉ bên ngoài (ảnh liên kết, mẫu đính kèm, đối tượng liên kết), không được nhận. Hãy chèn ảnh trực tiếp vào tài liệu thay vì liên kết, bỏ liên kết ngoài (Tệp → Thông tin → Sửa liên kết tới tệp → Ngắt liên kết) rồi lưu tệp dưới dạng .docx.',
      'The document pulls content from outside files or addresses (linked pictures, an attached template, linked objects) and is refused. Insert pictures instead of linking them, break the links (File → Info → Edit Links to Files → Break Link) and save it as .docx.',
    ),
}

export type DocxLimits = { maxBytes: number }

export function docxLimits(env: Record<string, string | undefined> = process.env): DocxLimits {
  return { maxBytes: Number(env.MAX_UPLOAD_MB || 40) * 1024 * 1024 }
}

/** The biggest a document may unpack to, and how much more than its compressed size one part may be. */
const MAX_ENTRIES = 5000
const unpackedCap = (limits: DocxLimits) => 4 * limits.maxBytes
const MAX_RATIO = 200
const RATIO_FROM = 1024 * 1024

/** A checked package: its XML parts as text, any part's bytes on demand (`read`: unpacked off the main thread). */
export type DocxPackage = { exists: (name: string) => boolean; text: (name: string) => string | undefined; bytes: (name: string) => Buffer; read: (name: string) => Promise<Buffer> }

type Entry = { name: string; method: number; flags: number; compressedSize: number; size: number; localOffset: number }

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b)
const utf16 = (text: string) => Buffer.from(text, 'utf16le')

/** The central directory: what Word's reader (and mammoth's JSZip) goes by. */
function centralDirectory(buf: Buffer): Entry[] {
  const from = Math.max(0, buf.length - 65_557)
  let eocd = -1
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw reject.corrupt()
  const count = buf.readUInt16LE(eocd + 10)
  const offset = buf.readUInt32LE(eocd + 16)
  if (count === 0xffff || offset === 0xffffffff) throw reject.corrupt() // zip64: no Word document needs it
  if (count > MAX_ENTRIES) throw reject.bomb()
  const entries: Entry[] = []
  let at = offset
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw reject.corrupt()
    const nameLength = buf.readUInt16LE(at + 28)
    const entry = {
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    }
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) throw reject.corrupt()
    entries.push(entry)
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32)
  }
  return entries
}

/** Where an entry's data starts, and the data, checked against the central directory. */
function entryData(buf: Buffer, entry: Entry): Buffer {
  if (entry.flags & 1) throw reject.encrypted()
  if (entry.localOffset + 30 > buf.length || buf.readUInt32LE(entry.localOffset) !== 0x04034b50) throw reject.corrupt()
  const start = entry.localOffset + 30 + buf.readUInt16LE(entry.localOffset + 26) + buf.readUInt16LE(entry.localOffset + 28)
  const data = buf.subarray(start, start + entry.compressedSize)
  if (data.length !== entry.compressedSize) throw reject.corrupt()
  if (entry.method !== 0 && entry.method !== 8) throw reject.corrupt()
  if (entry.method === 0 && entry.size !== entry.compressedSize) throw reject.corrupt()
  return data
}

/**
 * An entry's bytes, unpacked by zlib with its output capped at the size the entry declares:
 * a part that would unpack to more stops there (a zip bomb), one that unpacks to less is damaged.
 */
function inflateEntry(buf: Buffer, entry: Entry): Buffer {
  const data = entryData(buf, entry)
  if (entry.method === 0) return data
  let out: Buffer
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) })
  } catch (error) {
    throw (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? reject.bomb() : reject.corrupt()
  }
  if (out.length !== entry.size) throw reject.corrupt()
  return out
}

/**
 * The same, unpacked on libuv's thread pool: a 12 MP photo takes zlib 50–100 ms, which the
 * importer overlaps with the previous photo's encoding instead of holding the main thread.
 */
function inflateEntryAsync(buf: Buffer, entry: Entry): Promise<Buffer> {
  const data = entryData(buf, entry)
  if (entry.method === 0) return Promise.resolve(data)
  return new Promise((resolve, fail) =>
    // one output chunk of the declared size: zlib's 16 kB chunks, joined at the end, made each
    // photo's bytes twice and hundreds of small buffers whose pressure set off collections
    inflateRaw(data, { maxOutputLength: Math.max(1, entry.size), chunkSize: Math.max(64, Math.min(entry.size + 1, 64 << 20)) }, (error, out) => {
      if (error) fail((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? reject.bomb() : reject.corrupt())
      else if (out.length !== entry.size) fail(reject.corrupt())
      else resolve(out)
    }),
  )
}

/** XML as its byte-order mark says (Word writes UTF-8; UTF-16 is allowed), so no check is fooled by the encoding. */
function decodeXml(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return data.toString('utf16le')
  if (data[0] === 0xfe && data[1] === 0xff) return Buffer.from(data.subarray(0, data.length & ~1)).swap16().toString('utf16le')
  return data.toString('utf8')
}

const MAIN_DOCUMENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
const OTHER_OFFICE: [RegExp, string, string][] = [
  [/spreadsheetml/, 'một bảng tính Excel', 'an Excel workbook'],
  [/presentationml/, 'một bản trình chiếu PowerPoint', 'a PowerPoint presentation'],
]

/** Relationships that point outside the package and are fetched or run, not merely followed like a link. */
function hasExternalSource(rels: string): boolean {
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = m[0]
    if (!/TargetMode\s*=\s*["']External["']/i.test(tag)) continue
    if (/Type\s*=\s*["'][^"']*\/hyperlink["']/i.test(tag)) continue
    return true
  }
  return false
}

/**
 * Looks at the bytes, never the name, before any reader sees them: refuses what is not a Word
 * 2007+ document (a .doc, PDF, RTF, OpenDocument, other Office files, a plain or renamed zip),
 * a document over MAX_UPLOAD_MB, encrypted, with macros or ActiveX, pulling anything from outside,
 * damaged, or unpacking to far more than its size (a zip bomb: the parts' declared sizes are
 * bounded, and every part is unpacked with its output capped at its declared size). The reader
 * (mammoth) is handed this package, not the bytes: it reads exactly what was checked, the XML
 * is unpacked once, and a picture only when it is read.
 */
export function inspectDocx(bytes: Uint8Array, limits: DocxLimits = docxLimits()): DocxPackage {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf.length === 0) throw reject.empty()
  if (buf.length > limits.maxBytes) throw reject.tooLarge(Math.round(limits.maxBytes / 1024 / 1024))
  if (startsWith(buf, 0x25, 0x50, 0x44, 0x46)) throw reject.pdf()
  if (buf.subarray(0, 5).toString('latin1') === '{\\rtf') throw reject.rtf()
  if (startsWith(buf, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    // an OLE compound file: Word 97–2003, or a password-protected 2007+ document wrapped in one
    if (buf.includes(utf16('EncryptedPackage')) || buf.includes(utf16('EncryptionInfo'))) throw reject.encrypted()
    if (buf.includes(utf16('WordDocument'))) throw reject.doc()
    if (buf.includes(utf16('Workbook'))) throw reject.otherOffice('một bảng tính Excel 97–2003', 'an Excel 97–2003 workbook')
    throw reject.notDocx()
  }
  if (!startsWith(buf, 0x50, 0x4b, 0x03, 0x04)) throw reject.notDocx()

  const entries = centralDirectory(buf)
  // what the parts declare, checked before anything is unpacked; every part unpacked later is held to it
  let declared = 0
  for (const entry of entries) {
    entryData(buf, entry)
    declared += entry.size
    if (declared > unpackedCap(limits)) throw reject.bomb()
    if (entry.size > RATIO_FROM && entry.size > MAX_RATIO * Math.max(1, entry.compressedSize)) throw reject.bomb()
  }
  // the XML and relationships are read now, for the checks below; pictures only when the reader asks
  const raw = new Map<string, Buffer>()
  const xml = new Map<string, string>()
  for (const entry of entries) {
    if (!(/\.(xml|rels)$/i.test(entry.name) || entry.name === 'mimetype')) continue
    const data = inflateEntry(buf, entry)
    raw.set(entry.name, data)
    xml.set(entry.name, decodeXml(data))
  }
  const mimetype = xml.get('mimetype')
  if (mimetype?.startsWith('application/vnd.oasis.opendocument')) throw reject.odt()
  const types = xml.get('[Content_Types].xml')
  if (!types) throw reject.zip()
  for (const [re, vi, en] of OTHER_OFFICE) if (re.test(types) && !types.includes(MAIN_DOCUMENT)) throw reject.otherOffice(vi, en)
  if (/macroEnabled|vbaProject|activeX/i.test(types) || entries.some((e) => /(^|\/)(vbaProject\.bin|vbaData\.xml)$|(^|\/)activeX\//i.test(e.name))) throw reject.macro()
  if (!types.includes(MAIN_DOCUMENT)) throw reject.notDocx()
  // Word writes no DTD: one in any part is an entity-expansion trick
  for (const text of xml.values()) if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw reject.corrupt()
  for (const [name, text] of xml) if (name.endsWith('.rels') && hasExternalSource(text)) throw reject.external()
  const byName = new Map(entries.map((e) => [e.name, e]))
  const entryOf = (name: string) => {
    const entry = byName.get(name)
    if (!entry) throw new Error(`no part ${name}`)
    return entry
  }
  return {
    exists: (name) => byName.has(name),
    text: (name) => xml.get(name),
    // pictures and other binary parts: unpacked again when asked, one at a time (their sizes are known good)
    bytes: (name) => raw.get(name) ?? inflateEntry(buf, entryOf(name)),
    read: async (name) => raw.get(name) ?? inflateEntryAsync(buf, entryOf(name)),
  }
}
