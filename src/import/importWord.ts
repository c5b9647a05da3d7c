import { APIError, commitTransaction, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { unitsOfRequest, type UnitRow } from '../data/unitsOfRequest'
import { detectUnit } from '../lib/import/detectUnit'
import { requestLanguage } from '../i18n/translations'
import { settingOfUnit } from '../lib/organisations/titleOrganisation'
import { isAdmin, staffOf, unitIdsOf } from '../lib/roles'
import { docxLimits, inspectDocx, WordRejected } from '../lib/wordImport/inspectDocx'
import { readDocx } from '../lib/wordImport/readDocx'
import { readAhead } from '../lib/wordImport/readAhead'
import { wordBodyToLexical } from '../lib/wordImport/toLexical'
import { summarise, wordToReport, type ImportSummary, type WordReport } from '../lib/wordImport/wordToReport'
import { freeSlug } from './importPage'
import { EntityCache, resolveCampaign, resolveLegalDocument, resolveModel, resolveOfficial, type EntityContext } from './resolveEntities'

type Id = string | number

export type WordSource = { name: string; bytes: Uint8Array }
export type WordImportOptions = {
  /** The request of the editor importing (REST, admin); none from the command line, which may do anything. */
  req?: PayloadRequest
  /** The unit chosen; otherwise the user's only unit, or the one the document speaks of. */
  unitId?: Id
}
export type WordImported = {
  action: 'created'
  file: string
  id: Id
  title: string
  unit: string
  photos: number
  summary: ImportSummary
}
export type WordFailed = { action: 'failed'; file: string; reason: string; code: string; status: number }
export type WordOutcome = WordImported | WordFailed

const NO_CONTENT = () => new WordRejected('noContent', 'Tài liệu không có nội dung để nhập. Hãy kiểm tra lại tệp rồi lưu tệp dưới dạng .docx.', 'The document has no content to import. Check the file and save it as .docx.')

/** The units the importer may put a report in, and the one it will. */
async function chooseUnit(payload: Payload, req: PayloadRequest | undefined, report: WordReport, unitId: Id | undefined): Promise<UnitRow> {
  const all = await unitsOfRequest(req ?? ({ payload, context: {} } as PayloadRequest))
  const user = req ? staffOf(req) : null
  const allowed = !req || isAdmin(user) ? all : all.filter((u) => unitIdsOf(user).includes(String(u.id)))
  const vi = !req || requestLanguage(req) === 'vi'
  if (unitId !== undefined && unitId !== '') {
    const unit = allowed.find((u) => String(u.id) === String(unitId))
    if (!unit) throw new WordRejected('unit', vi ? `Bạn không thể tạo tin bài trong đơn vị ${unitId}.` : `You cannot create reports in unit ${unitId}.`, `You cannot create reports in unit ${unitId}.`, 403)
    return unit
  }
  if (allowed.length === 1) return allowed[0]
  const candidates = allowed.map((u) => ({ ...u, name: u.name ?? '', slug: u.slug ?? String(u.id) }))
  const found = detectUnit(report, candidates, report.publishedAt)
  if (found) return allowed.find((u) => u.id === found.id)!
  const message = req
    ? 'Không nhận ra đơn vị của tài liệu (không nêu tỉnh, thành phố nào); hãy chọn đơn vị rồi nhập lại.'
    : 'Không nhận ra đơn vị của tài liệu (không nêu tỉnh, thành phố nào); chạy lại với --unit.'
  throw new WordRejected('unit', message, 'The document names no province or city to tell its unit; choose a unit and import again.')
}

/** The relations of a report, found or made as the old-site importer does (one transaction where there are any). */
async function resolveAll(payload: Payload, report: WordReport, unit: UnitRow, notes: string[]) {
  const req = { payload, context: {} } as PayloadRequest
  const started = await initTransaction(req)
  try {
    const ctx: EntityContext = { payload, req, date: report.publishedAt, unitId: unit.id, setting: settingOfUnit(unit), source: report.title, notes, cache: new EntityCache() }
    const ids = { officials: [] as Id[], legalDocuments: [] as Id[], campaigns: [] as Id[], models: [] as Id[] }
    for (const m of report.officials) ids.officials.push(await resolveOfficial(ctx, m))
    for (const m of report.legalDocuments) ids.legalDocuments.push(await resolveLegalDocument(ctx, m))
    for (const m of report.campaigns) ids.campaigns.push(await resolveCampaign(ctx, m))
    for (const m of report.models) ids.models.push(await resolveModel(ctx, m, unit.slug ?? String(unit.id)))
    if (started) await commitTransaction(req)
    return ids
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}

/** The photo the media pipeline refused as a second copy in the unit (409, collections/Media/hooks/processUpload.ts). */
function existingPhoto(error: unknown): Id | undefined {
  const { status, data } = error as { status?: number; data?: { existing?: { id?: Id } } }
  return status === 409 ? data?.existing?.id : undefined
}

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif', 'image/tiff': 'tif', 'image/bmp': 'bmp' }

/** What importing a .docx would make, writing nothing (the command line's --dry-run): its summary, or why it is refused. */
export async function planWord(source: WordSource): Promise<{ action: 'create'; file: string; title: string; summary: ImportSummary } | WordFailed> {
  try {
    const report = wordToReport(await readDocx(inspectDocx(source.bytes, docxLimits())))
    if (!report.lead && report.paragraphs.length === 0) throw NO_CONTENT()
    return { action: 'create', file: source.name, title: report.title, summary: summarise(report) }
  } catch (error) {
    if (error instanceof WordRejected) return { action: 'failed', file: source.name, reason: error.vi, code: error.code, status: error.status }
    throw error
  }
}

/**
 * One .docx into one draft report with its photos. Refused documents leave nothing; every
 * photo goes through the media collection (its single-decode pipeline, the same as any upload),
 * a photo already in the unit's library is used again, a photo the pipeline refuses is reported
 * and skipped. If the report cannot be made, the photos made for it are removed again.
 */
export async function importWord(payload: Payload, source: WordSource, options: WordImportOptions = {}): Promise<WordOutcome> {
  const { req } = options
  const language = req ? requestLanguage(req) : 'vi'
  const created: Id[] = []
  try {
    const pkg = inspectDocx(source.bytes, docxLimits())
    const report = wordToReport(await readDocx(pkg))
    if (!report.lead && report.paragraphs.length === 0) throw NO_CONTENT()
    const unit = await chooseUnit(payload, req, report, options.unitId)
    // the editor's own rights where there is an editor; the command line acts for the system
    const access = req ? { req, overrideAccess: false } : { overrideAccess: true }

    // officials, campaigns, models and documents are looked up (the database, on the main thread)
    // while the photos after the first are encoded (sharp, on its own threads): begun before the
    // first photo, their queries held its pipeline back by half a second
    const notes: string[] = []
    let entities: ReturnType<typeof resolveAll> | undefined
    const lookUp = () => {
      entities ??= resolveAll(payload, report, unit, notes)
      // settled here, so a photo's failure never leaves the lookups' failure unhandled
      entities.catch(() => undefined)
      return entities
    }

    const photoIds = new Map<number, Id>()
    const skipped: { index: number; reason: string }[] = []
    // each photo is unpacked (off the main thread) while the one before it is encoded
    for await (const [photo, bytes] of readAhead(report.photos, (p) => p.image.read())) {
      const alt = (photo.alt ?? photo.caption ?? `Ảnh ${photo.index + 1} của bài "${report.title}"`).slice(0, 300)
      try {
        const media = await payload.create({
          collection: 'media',
          data: { alt, caption: photo.caption ?? null, credit: photo.credit ?? null, unit: unit.id as number },
          file: { data: bytes, name: `anh-${photo.index + 1}.${EXTENSIONS[photo.image.contentType] ?? 'jpg'}`, mimetype: photo.image.contentType || 'application/octet-stream', size: bytes.length },
          depth: 0,
          ...access,
        })
        created.push(media.id)
        photoIds.set(photo.index, media.id)
        void lookUp()
      } catch (error) {
        // a photo already in the unit's library (this document's own earlier copy too) is used
        // again: the pipeline hashes and looks it up before decoding anything, and says which
        const existing = existingPhoto(error)
        if (existing !== undefined) photoIds.set(photo.index, existing)
        // the pipeline's refusals (4xx: animated, too many pixels, not an image…) skip the photo only
        else if (error instanceof APIError && error.status >= 400 && error.status < 500 && error.status !== 403) skipped.push({ index: photo.index, reason: error.message })
        else throw error
      }
    }

    const summary = summarise(report, skipped)
    const ids = await lookUp()
    summary.toCheck.push(...notes)

    const firstPhoto = report.body.find((b) => b.kind === 'photo' && photoIds.has(b.index))
    const importNotes = [`Nhập từ Word (${source.name}). Nhận ra: ${summary.recognised.join('; ')}.`, ...summary.toCheck.map((t) => `Cần xem lại: ${t}`)].join('\n')
    const doc = await payload.create({
      collection: 'reports',
      draft: true,
      depth: 0,
      ...access,
      data: {
        title: report.title,
        slug: await freeSlug(payload, { payload, context: {} } as PayloadRequest, unit.id, report.title, report.publishedAt),
        generateSlug: false,
        lead: report.lead,
        body: wordBodyToLexical(report.body, photoIds) as never,
        featuredImage: firstPhoto?.kind === 'photo' ? (photoIds.get(firstPhoto.index) as number) : null,
        unit: unit.id as number,
        publishedAt: report.publishedAt,
        byline: report.byline ?? null,
        source: report.source ?? null,
        officials: ids.officials as number[],
        campaigns: ids.campaigns as number[],
        models: ids.models as number[],
        legalDocuments: ids.legalDocuments as number[],
        titleNeedsReview: report.titleFrom === 'lead',
        importNotes,
        _status: 'draft',
      },
      select: { title: true },
    })
    return { action: 'created', file: source.name, id: doc.id, title: report.title, unit: unit.name ?? String(unit.id), photos: photoIds.size, summary }
  } catch (error) {
    // nothing of a document that could not be imported stays behind
    for (const id of created) await payload.delete({ collection: 'media', id, overrideAccess: true }).catch(() => undefined)
    if (error instanceof WordRejected) return { action: 'failed', file: source.name, reason: language === 'en' ? error.en : error.vi, code: error.code, status: error.status }
    // a field refused on save (a title too long, an ended unit): its own message, not Payload's summary
    const data = (error as { data?: { errors?: { message?: string; path?: string }[] } }).data
    if (data?.errors?.length) return { action: 'failed', file: source.name, reason: data.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; '), code: 'invalid', status: 400 }
    if (error instanceof APIError && error.status < 500) return { action: 'failed', file: source.name, reason: error.message, code: 'refused', status: error.status }
    throw error
  }
}
