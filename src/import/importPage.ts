import { commitTransaction, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import type { UnitRow } from '../data/unitsOfRequest'
import { yearVN } from '../lib/format/dates'
import { detectUnit, type UnitCandidate } from '../lib/import/detectUnit'
import { contentHash, sourceFingerprint } from '../lib/import/fingerprint'
import type { ParsedPage } from '../lib/import/parsePage'
import { importWrite, type ImportStatus } from '../lib/import/importWrite'
import { toLexical } from '../lib/import/toLexical'
import type { WorkflowState } from '../lib/workflow/states'
import { settingOfUnit } from '../lib/organisations/titleOrganisation'
import { slugify, slugWithSuffix } from '../lib/text/slugify'
import { EntityCache, resolveCampaign, resolveLegalDocument, resolveModel, resolveOfficial, type EntityContext } from './resolveEntities'

type Id = string | number
export type { ImportStatus }
export type PageOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; file: string; id: Id; title: string; unit: string; notes: string[]; path?: { unitSlug: string; slug: string } }
  | { action: 'failed'; file: string; reason: string }
export type PlannedOutcome = { action: 'create' | 'update' | 'unchanged'; file: string; title: string; unit: string; notes: string[] }

export type ImportOptions = {
  status: ImportStatus
  /** Force every page into this unit (id); otherwise each page's own unit is recognised. */
  unitId?: Id
  units: (UnitCandidate & { slug: string })[]
  cache: EntityCache
  /** The run's one read of the units, handed to every page's hooks (src/data/unitsOfRequest.ts). */
  unitRecords?: UnitRow[]
}

/** Raised for a page that cannot be imported as it stands; the message is for the summary. */
export class PageError extends Error {}

export function pickUnit(page: ParsedPage, options: Pick<ImportOptions, 'unitId' | 'units'>) {
  const unit =
    options.unitId !== undefined ? options.units.find((u) => String(u.id) === String(options.unitId)) : detectUnit(page, options.units, page.publishedAt)
  if (!unit) throw new PageError('Không nhận ra đơn vị của trang (không nêu tên tỉnh, thành phố nào); chạy lại với --unit.')
  return unit as UnitCandidate & { slug: string }
}

/** The report a page went into before, if any: its live row (whether published) and its newest state. */
async function findBySource(payload: Payload, req: PayloadRequest, fingerprint: string) {
  const where = { sourceFingerprint: { equals: fingerprint } }
  const select = { importHash: true, slug: true, _status: true, workflowState: true, updatedAt: true } as never
  const { docs } = await payload.find({ collection: 'reports', where, depth: 0, limit: 1, pagination: false, req, select })
  const found = docs[0] as { id: Id; importHash?: string | null; slug?: string | null; _status?: string | null; updatedAt?: string } | undefined
  if (!found) return undefined
  const newest = (await payload.findByID({ collection: 'reports', id: found.id, draft: true, depth: 0, req, select })) as { workflowState?: WorkflowState | null }
  return { ...found, live: found._status === 'published', workflowState: newest.workflowState ?? null }
}

/**
 * The mark of what a page says and whether that is live: whatever the encoding, line endings or
 * normalisation the page came in, the same article has the same mark.
 */
const pageHash = (page: ParsedPage, unit: Id, live: boolean) => contentHash(page, { unit, live })

/** Nothing to write: the page is live as it stands, or waits as a draft and would only be drafted again. */
const isUnchanged = (page: ParsedPage, unit: Id, existing: { importHash?: string | null }, target: ImportStatus) =>
  existing.importHash === pageHash(page, unit, true) || (target === 'draft' && existing.importHash === pageHash(page, unit, false))

/** A slug free in the unit: the title's, then with the date, then numbered. */
export async function freeSlug(payload: Payload, req: PayloadRequest, unitId: Id, title: string, date: string | null): Promise<string> {
  const suffixes = [date?.slice(0, 10), '2', '3', '4', '5'].filter((s): s is string => Boolean(s))
  const candidates = [slugify(title) || 'bai-viet', ...suffixes.map((suffix) => slugWithSuffix(title, suffix))]
  const { docs } = await payload.find({ collection: 'reports', where: { and: [{ unit: { equals: unitId } }, { slug: { in: candidates } }] }, depth: 0, limit: 10, pagination: false, req, select: { slug: true } as never })
  const taken = new Set((docs as { slug?: string }[]).map((d) => d.slug))
  return candidates.find((c) => !taken.has(c)) ?? slugWithSuffix(title, String(Date.now()))
}

/** What importing the page would do, writing nothing (--dry-run). */
export async function planPage(payload: Payload, file: string, page: ParsedPage, options: ImportOptions): Promise<PlannedOutcome> {
  const unit = pickUnit(page, options)
  const req = { payload } as PayloadRequest
  const existing = await findBySource(payload, req, sourceFingerprint(page, unit.id))
  return { action: !existing ? 'create' : isUnchanged(page, unit.id, existing, options.status) ? 'unchanged' : 'update', file, title: page.title, unit: unit.name, notes: pageNotes(page) }
}

function pageNotes(page: ParsedPage): string[] {
  const notes: string[] = []
  if (page.titleDerived) notes.push('Trang không có tiêu đề: tiêu đề lấy từ câu mở đầu, cần xác nhận.')
  if (page.dateApproximate) notes.push(page.publishedAt ? `Trang không ghi ngày: lấy năm ${yearVN(page.publishedAt)} theo nội dung.` : 'Trang không ghi ngày, không nêu năm.')
  if (page.captions.length) notes.push(`${page.captions.length} chú thích ảnh đang chờ ảnh.`)
  return notes
}

/**
 * One page into one report, in one transaction (MongoDB and SQLite alike): its officials,
 * campaigns, models and legal documents found or made, then the report created, or updated in
 * place when the same source was imported before (by fingerprint), or left alone when nothing
 * changed. The order keeps a re-run right as well: entities are matched, not made again; the
 * report is found by its fingerprint; and its import hash is written last, so a report a
 * database without transactions cut off half-way is written again in full.
 */
export async function importPage(payload: Payload, file: string, page: ParsedPage, options: ImportOptions): Promise<PageOutcome> {
  const unit = pickUnit(page, options)
  if (!page.lead) throw new PageError('Không tìm thấy nội dung bài viết trong trang.')
  // bulkImport: the site is revalidated once at the end of the run, not page by page
  const req = { payload, context: { bulkImport: true, unitRecords: options.unitRecords } } as unknown as PayloadRequest
  const fingerprint = sourceFingerprint(page, unit.id)
  const started = await initTransaction(req)
  try {
    const existing = await findBySource(payload, req, fingerprint)
    if (existing && isUnchanged(page, unit.id, existing, options.status)) {
      if (started) await commitTransaction(req)
      return { action: 'unchanged', file, id: existing.id, title: page.title, unit: unit.name, notes: [] }
    }
    const notes = pageNotes(page)
    const ctx: EntityContext = { payload, req, date: page.publishedAt, unitId: unit.id, setting: settingOfUnit(unit), source: page.title, notes, cache: options.cache }
    const officials: Id[] = []
    for (const mention of page.officials) officials.push(await resolveOfficial(ctx, mention))
    const legalDocuments: Id[] = []
    for (const mention of page.legalDocuments) legalDocuments.push(await resolveLegalDocument(ctx, mention))
    const campaigns: Id[] = []
    for (const mention of page.campaigns) campaigns.push(await resolveCampaign(ctx, mention))
    const models: Id[] = []
    for (const mention of page.models) models.push(await resolveModel(ctx, mention, unit.slug))

    const write = importWrite(existing ?? null, options.status)
    const data = {
      title: page.title,
      slug: existing?.slug ?? (await freeSlug(payload, req, unit.id, page.title, page.publishedAt)),
      generateSlug: false, // the slug above is checked free; Payload's own would clash on repeated titles
      lead: page.lead,
      body: toLexical(page.body),
      gallery: page.captions.map((caption) => ({ caption })),
      officials,
      campaigns,
      models,
      legalDocuments,
      unit: unit.id,
      publishedAt: page.publishedAt,
      dateApproximate: page.dateApproximate,
      byline: page.byline ?? null,
      source: page.source ?? null,
      ...(page.viewCount !== undefined ? { importedViewCount: page.viewCount } : {}),
      titleNeedsReview: page.titleDerived,
      importNotes: notes.join('\n') || null,
      sourceFingerprint: fingerprint,
      // set only once everything else is written (below): a page cut off half-way is redone
      importHash: null,
      _status: write._status,
      workflowState: write.workflowState,
    }
    const draft = write.draft
    const saved = existing
      ? await payload.update({ collection: 'reports', id: existing.id, data: data as never, draft, depth: 0, req, select: { sourceFingerprint: true } })
      : await payload.create({ collection: 'reports', data: data as never, draft, depth: 0, req, select: { sourceFingerprint: true } })
    // the mark that the page is in, on the live row only: one statement, after the rest
    // (a draft beside a live version leaves the live row as readers know it, its date included)
    const keepDate = existing?.live && write.draft ? { updatedAt: existing.updatedAt } : {}
    await payload.db.updateOne({ collection: 'reports', id: saved.id, data: { importHash: pageHash(page, unit.id, write._status === 'published'), ...keepDate }, req, returning: false })
    if (started) await commitTransaction(req)
    return { action: existing ? 'updated' : 'created', file, id: saved.id, title: page.title, unit: unit.name, notes, path: { unitSlug: unit.slug, slug: data.slug } }
  } catch (error) {
    if (started) await killTransaction(req)
    options.cache.clear()
    throw error
  }
}
