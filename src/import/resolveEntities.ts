import type { Payload, PayloadRequest, Where } from 'payload'
import type { OfficialMention } from '../lib/import/extractOfficials'
import type { CampaignMention, LegalMention, ModelMention } from '../lib/import/extractReferences'
import { lastDayOfYearVN, startOfYearVN } from '../lib/import/parseDate'
import { legalNumberKey } from '../lib/legal/legalNumberKey'
import { titleKey } from '../lib/officials/titleKey'
import type { StoredPosition } from '../lib/officials/changeTitles'
import { heldOn } from '../lib/officials/titlesAtDate'
import { postKey } from '../lib/officials/validatePositions'
import type { OrganisationRecord } from '../lib/organisations/kinds'
import { findOrganisation, organisationNameFor, organisationOfTitle, type PageSetting } from '../lib/organisations/titleOrganisation'
import { dayVN } from '../lib/format/dates'
import type { Official } from '../payload-types'
import { organisationsOfRequest, shareOrganisations } from '../data/organisationsOfRequest'
import { foldVietnamese } from '../lib/text/foldVietnamese'
import { slugify, slugWithSuffix } from '../lib/text/slugify'

type Id = string | number
type OfficialDoc = Pick<Official, 'fullName' | 'mergedInto'> & { id: Id; positions?: StoredPosition[] | null }

/**
 * What one import run has already looked up or made, so 10,000 pages naming the same few
 * officials and documents do not ask the database each time. Cleared when a page fails,
 * since its writes may have been rolled back.
 */
export class EntityCache {
  officials = new Map<string, OfficialDoc[]>()
  ids = new Map<string, Id>()
  organisations: OrganisationRecord[] | undefined
  clear() {
    this.officials.clear()
    this.ids.clear()
    this.organisations = undefined
  }
}
export type EntityContext = {
  payload: Payload
  req: PayloadRequest
  date: string | null
  unitId: Id
  /** The page's board: where titles without a place are of. */
  setting: PageSetting
  /** What the attestations cite: the page's title. */
  source: string
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

/**
 * The organisation a printed title is held in on the page's date: from what the title names,
 * else the page's province and level (a "Bí thư Tỉnh ủy" on a Thái Nguyên page is of Tỉnh ủy
 * Thái Nguyên, never of its Ban Dân vận). Made when the title says enough to name it.
 */
async function resolveOrganisation({ payload, req, date, setting, cache }: EntityContext, title: string): Promise<Id | null> {
  const spec = organisationOfTitle(title, setting)
  if (!spec) return null
  cache.organisations ??= [...(await organisationsOfRequest(req))]
  shareOrganisations(req, cache.organisations)
  const known = findOrganisation(spec, cache.organisations, date)
  if (known) return known.id
  const name = organisationNameFor(spec)
  if (!name) return null
  // a district's place is its locality within the page's province
  const local = spec.level === 'district' || spec.level === 'commune'
  const province = local ? (setting.province ?? spec.place) : spec.place
  const data = { name, kind: spec.kind, board: spec.board, level: spec.level, province, locality: local && spec.place !== province ? spec.place : undefined, sources: `Tạo khi nhập trang có chức danh "${title}".` }
  const created = await payload.create({ collection: 'organisations', data, depth: 0, overrideAccess: true, req })
  cache.organisations.push({ ...data, id: created.id })
  return created.id
}

/**
 * Adds what a page says of a post to an official's positions: an attestation, "seen from … to
 * …", unconfirmed until an editor confirms it. A post already known to be held that day is
 * left alone; an unconfirmed one of the same post widens to take the day in.
 */
function attest(positions: StoredPosition[], title: string, organisation: Id | null, date: string, source: string): boolean {
  const post = postKey({ title, organisation })
  const same = positions.filter((p) => postKey(p) === post)
  if (same.some((p) => heldOn(p, date))) return false
  const day = dayVN(date)
  const widenable = same.find((p) => p.confirmed !== true && p.start && p.end)
  if (widenable) {
    const start = dayVN(widenable.start!) < day ? String(widenable.start) : date
    const end = dayVN(widenable.end!) > day ? String(widenable.end) : date
    // never across a confirmed period of the same post
    if (!same.some((p) => p.confirmed === true && heldBetween(p, start, end))) {
      widenable.start = start
      widenable.end = end
      return true
    }
  }
  positions.push({ title, organisation, start: date, end: date, confirmed: false, source })
  return true
}

/** What a page says of one official's posts, added to their positions (see attest); whether anything changed. */
export async function attestTitles(ctx: EntityContext, positions: StoredPosition[], titles: string[]): Promise<boolean> {
  let changed = false
  // an undated page says nothing of when a post was held
  if (ctx.date) for (const title of titles) changed = attest(positions, title, await resolveOrganisation(ctx, title), ctx.date, ctx.source) || changed
  return changed
}

const heldBetween = (p: StoredPosition, start: string, end: string) => (!p.start || dayVN(p.start) <= dayVN(end)) && (!p.end || dayVN(start) <= dayVN(p.end))

/**
 * The record for an official a page names. Never by name alone: an existing record with the
 * same name is the same person only if it already holds one of the titles the page states
 * (or the page states none and only one record has the name). Otherwise a new record is made
 * and the namesakes are listed on it as possible duplicates for the merge tool.
 * The stated titles become attestations on the page's date (see attest).
 */
export async function resolveOfficial(ctx: EntityContext, mention: OfficialMention): Promise<Id> {
  const { payload, req, notes, cache } = ctx
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
    namesakes = (docs as OfficialDoc[]).filter((d) => !d.mergedInto)
    cache.officials.set(folded, namesakes)
  }
  const wanted = new Set(mention.titles.map(titleKey))
  const sameSpelling = namesakes.filter((d) => d.fullName.normalize('NFC') === mention.name)
  const match =
    sameSpelling.find((d) => (d.positions ?? []).some((p) => wanted.has(titleKey(p.title)))) ??
    (wanted.size === 0 && sameSpelling.length === 1 ? sameSpelling[0] : undefined)

  const positions: StoredPosition[] = (match?.positions ?? []).map((p) => ({ ...p }))
  let changed = !match
  changed = (await attestTitles(ctx, positions, mention.titles)) || changed
  if (match) {
    if (changed) {
      const updated = await payload.update({
        collection: 'officials',
        id: match.id,
        data: { positions: positions as never },
        depth: 0,
        req,
      })
      match.positions = (updated as OfficialDoc).positions
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
  namesakes.push(created as OfficialDoc)
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
