import type { Payload, PayloadRequest, Where } from 'payload'
import type { OfficialMention } from '../lib/import/extractOfficials'
import type { CampaignMention, LegalMention, ModelMention } from '../lib/import/extractReferences'
import { lastDayOfYearVN, startOfYearVN } from '../lib/import/parseDate'
import { legalNumberKey } from '../lib/legal/legalNumberKey'
import { titleKey } from '../lib/officials/titleKey'
import { foldVietnamese } from '../lib/text/foldVietnamese'
import { slugify, slugWithSuffix } from '../lib/text/slugify'

type Id = string | number
type StoredPosition = {
  id?: string | null
  title: string
  start?: string | null
  end?: string | null
  unit?: unknown
}
type OfficialDoc = {
  id: Id
  fullName: string
  positions?: StoredPosition[] | null
  mergedInto?: unknown
}
/**
 * What one import run has already looked up or made, so 10,000 pages naming the same few
 * officials and documents do not ask the database each time. Cleared when a page fails,
 * since its writes may have been rolled back.
 */
export class EntityCache {
  officials = new Map<string, OfficialDoc[]>()
  ids = new Map<string, Id>()
  clear() {
    this.officials.clear()
    this.ids.clear()
  }
}
export type EntityContext = {
  payload: Payload
  req: PayloadRequest
  date: string | null
  unitId: Id
  notes: string[]
  cache: EntityCache
}

/**
 * The id of the first document matching `where`, or of one made from `data()`, remembered for
 * the run: campaigns, models and legal documents are matched this way (officials need more).
 */
async function findOrCreate(
  { payload, req, cache }: EntityContext,
  collection: 'campaigns' | 'models' | 'legal-documents',
  where: Where,
  data: () => Promise<Record<string, unknown>> | Record<string, unknown>,
): Promise<Id> {
  const key = `${collection}|${JSON.stringify(where)}`
  const known = cache.ids.get(key)
  if (known !== undefined) return known
  const found = (await payload.find({ collection, where, depth: 0, limit: 1, pagination: false, req })).docs[0]?.id
  const id = found ?? (await payload.create({ collection, data: (await data()) as never, depth: 0, req })).id
  cache.ids.set(key, id)
  return id
}

/** A committee title without a place ("Bí thư Tỉnh ủy") belongs to the report's own board. */
const needsUnit = (title: string) => /\b(tinh uy|thanh uy|huyen uy|tinh|thanh pho|tp)\s*$/.test(foldVietnamese(title))

/**
 * The record for an official a page names. Never by name alone: an existing record with the
 * same name is the same person only if it already holds one of the titles the page states
 * (or the page states none and only one record has the name). Otherwise a new record is made
 * and the namesakes are listed on it as possible duplicates for the merge tool.
 * The stated titles become positions dated at the report (or widen an existing one's dates).
 */
export async function resolveOfficial({ payload, req, date, unitId, notes, cache }: EntityContext, mention: OfficialMention): Promise<Id> {
  const folded = foldVietnamese(mention.name)
  let namesakes = cache.officials.get(folded)
  if (!namesakes) {
    const { docs } = await payload.find({
      collection: 'officials',
      where: { nameFolded: { equals: folded } },
      depth: 0,
      limit: 50,
      pagination: false,
      req,
    })
    namesakes = (docs as unknown as OfficialDoc[]).filter((d) => !d.mergedInto)
    cache.officials.set(folded, namesakes)
  }
  const wanted = new Set(mention.titles.map(titleKey))
  const sameSpelling = namesakes.filter((d) => d.fullName.normalize('NFC') === mention.name)
  const match =
    sameSpelling.find((d) => (d.positions ?? []).some((p) => wanted.has(titleKey(p.title)))) ??
    (wanted.size === 0 && sameSpelling.length === 1 ? sameSpelling[0] : undefined)

  const positions: StoredPosition[] = [...(match?.positions ?? [])]
  let changed = !match
  for (const title of mention.titles) {
    const existing = positions.find((p) => titleKey(p.title) === titleKey(title))
    if (!existing) {
      positions.push({
        title,
        start: date,
        end: date,
        unit: needsUnit(title) ? unitId : undefined,
      })
      changed = true
    } else if (date && existing.start && existing.end) {
      // a dated attestation widens what is known of the post's period, never narrows it
      if (date < existing.start) {
        existing.start = date
        changed = true
      }
      if (date > existing.end) {
        existing.end = date
        changed = true
      }
    }
  }
  if (match) {
    if (changed) {
      const updated = await payload.update({
        collection: 'officials',
        id: match.id,
        data: { positions: positions as never },
        depth: 0,
        req,
      })
      match.positions = (updated as unknown as OfficialDoc).positions
    }
    return match.id
  }
  const created = await payload.create({
    collection: 'officials',
    data: {
      fullName: mention.name,
      positions: positions as never,
      possibleDuplicates: namesakes.map((d) => d.id) as never,
    },
    depth: 0,
    req,
  })
  namesakes.push(created as unknown as OfficialDoc)
  if (namesakes.length > 1)
    notes.push(
      `Cán bộ "${mention.name}": đã có ${namesakes.length - 1} hồ sơ cùng tên nhưng không cùng chức danh; tạo hồ sơ mới, đánh dấu có thể trùng để gộp.`,
    )
  return created.id
}

export function resolveLegalDocument(ctx: EntityContext, mention: LegalMention): Promise<Id> {
  return findOrCreate(ctx, 'legal-documents', { numberKey: { equals: legalNumberKey(mention.number) } }, () => ({
    type: mention.type,
    number: mention.number,
    issuingBody: mention.issuingBody,
    issuedDate: mention.issuedDate,
    summary: mention.summary,
  }))
}

export function resolveCampaign(ctx: EntityContext, mention: CampaignMention): Promise<Id> {
  const year = mention.kind === 'theme-year' ? mention.year : undefined
  const slug = slugify(year ? `${mention.name} ${year}` : mention.name)
  return findOrCreate(ctx, 'campaigns', { slug: { equals: slug } }, () => ({
    name: mention.name,
    slug,
    kind: mention.kind,
    start: year ? startOfYearVN(year) : undefined,
    end: year ? lastDayOfYearVN(year) : undefined,
  }))
}

/** Models are local: the same name in two boards is two models (slugs are site-wide, so the second carries its board). */
export function resolveModel(ctx: EntityContext, mention: ModelMention, unitSlug: string): Promise<Id> {
  const { payload, req, unitId } = ctx
  return findOrCreate(ctx, 'models', { and: [{ unit: { equals: unitId } }, { name: { equals: mention.name } }] }, async () => {
    const slug = slugify(mention.name)
    const taken = (await payload.count({ collection: 'models', where: { slug: { equals: slug } }, req })).totalDocs > 0
    return { name: mention.name, slug: taken ? slugWithSuffix(mention.name, unitSlug) : slug, field: mention.field, unit: unitId }
  })
}
