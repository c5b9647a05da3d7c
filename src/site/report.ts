/** A report's page: the published version for readers, the newest readable one for staff previews. */
import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'
import { titledOfficials } from '../../collections/Officials/mentionedOfficials'
import type { Campaign, LegalDocument, Model, Report } from '../payload-types'
import { COLLECTION_TAGS as T, reportPathTag } from '../lib/site/cacheTags'
import { pictureOf, socialImageOf, type Picture } from '../lib/site/images'
import { legalTitle } from '../lib/site/labels'
import { campaignPath, legalDocumentPath, modelPath, officialPath, reportDownloadPath, reportPath } from '../lib/site/urls'
import { relationId } from '../lib/roles'
import { categoryRef, MEDIA_FIELDS, populated, populatedAll, PUBLISHED, unitRef, type Ref, type UnitRef } from './cards'
import { findUnitBySlug } from './reference'
import { siteRead } from './siteRead'
import { sitePayload } from './sitePayload'

export type GalleryPhoto = { picture: Picture; caption: string | null }

export type ReportView = {
  id: string
  title: string
  lead: string | null
  body: Report['body']
  publishedAt: string | null
  updatedAt: string
  dateApproximate: boolean
  byline: string | null
  source: string | null
  url: string
  downloadUrl: string
  status: NonNullable<Report['_status']>
  unit: UnitRef
  category: Ref | null
  featuredImage: Picture | null
  socialImage: ReturnType<typeof socialImageOf>
  gallery: GalleryPhoto[]
  officials: { id: string; url: string; titled: string }[]
  campaigns: Ref[]
  models: Ref[]
  legalDocuments: (Ref & { summary: string | null })[]
}

const REPORT_POPULATE = {
  units: { name: true, slug: true },
  categories: { name: true, slug: true },
  media: MEDIA_FIELDS,
  campaigns: { name: true, slug: true },
  models: { name: true, slug: true },
  'legal-documents': { type: true, number: true, summary: true },
  officials: { fullName: true },
} as const

const refs = <D extends Pick<Campaign | Model, 'id' | 'name' | 'slug'>>(list: (number | D)[] | null | undefined, path: (d: D) => string): Ref[] =>
  populatedAll(list).map((d) => ({ id: String(d.id), name: d.name, url: path(d) }))

async function toReportView(req: PayloadRequest, doc: Report): Promise<ReportView | null> {
  const unit = unitRef(doc.unit)
  if (!unit) return null
  const date = doc.publishedAt ?? doc.createdAt ?? new Date().toISOString()
  // a merged duplicate reads as, and links to, the record it went into
  const officialIds = (doc.officials ?? []).map((o) => relationId(o)).filter((id): id is string => Boolean(id))
  const officials = (await titledOfficials(req, officialIds, date)).map((o) => ({ ...o, url: officialPath(o) }))
  return {
    id: String(doc.id),
    title: doc.title,
    lead: doc.lead ?? null,
    body: doc.body ?? null,
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
    dateApproximate: Boolean(doc.dateApproximate),
    byline: doc.byline ?? null,
    source: doc.source ?? null,
    url: reportPath(unit, doc),
    downloadUrl: reportDownloadPath(unit, doc),
    status: doc._status ?? 'draft',
    unit,
    category: categoryRef(doc.category),
    featuredImage: pictureOf(doc.featuredImage, 'hero'),
    socialImage: socialImageOf(doc.featuredImage),
    gallery: (doc.gallery ?? [])
      .map((row) => ({ picture: pictureOf(row.photo, 'hero'), caption: row.caption ?? populated(row.photo)?.caption ?? null }))
      .filter((row): row is GalleryPhoto => row.picture !== null),
    officials,
    campaigns: refs(doc.campaigns, campaignPath),
    models: refs(doc.models, modelPath),
    legalDocuments: populatedAll<Pick<LegalDocument, 'id' | 'type' | 'number' | 'summary'>>(doc.legalDocuments).map((d) => ({
      id: String(d.id),
      name: legalTitle(d),
      url: legalDocumentPath(d),
      summary: d.summary ?? null,
    })),
  }
}

/** The report at this unit and slug, as `user` may read it (none: the published version). */
async function readReport(payload: Payload, unitId: number | string, slug: string, user?: TypedUser): Promise<ReportView | null> {
  const req = await createLocalReq({ user }, payload)
  const { docs } = await payload.find({
    collection: 'reports',
    where: { and: [...(user ? [] : [PUBLISHED]), { unit: { equals: unitId } }, { slug: { equals: slug } }] },
    limit: 1,
    depth: 1,
    draft: Boolean(user),
    overrideAccess: false,
    user,
    req,
    populate: REPORT_POPULATE,
  })
  return docs[0] ? toReportView(req, docs[0]) : null
}

const REPORT_TAGS = [T.units, T.categories, T.media, T.officials, T.organisations, T.campaigns, T.models, T['legal-documents']]

/** The published report at /bai-viet/UNIT/SLUG, or null. */
export const getReport = siteRead('site-report', { tags: (unitSlug: string, slug: string) => [reportPathTag(unitSlug, slug), ...REPORT_TAGS], duringBuild: null }, async (unitSlug: string, slug: string): Promise<ReportView | null> => {
  const unit = await findUnitBySlug(unitSlug)
  return unit ? readReport(await sitePayload(), unit.id, slug) : null
})

/**
 * Draft preview for signed-in staff: the newest version of the report at this address that the
 * user may read (their access rules decide), never cached.
 */
export async function getReportPreview(unitSlug: string, slug: string, user: TypedUser | null): Promise<ReportView | null> {
  if (!user) return null
  const payload = await sitePayload()
  const units = await payload.find({ collection: 'units', where: { slug: { equals: unitSlug } }, limit: 1, depth: 0, overrideAccess: false, select: { slug: true } })
  const unit = units.docs[0]
  return unit ? readReport(payload, unit.id, slug, user) : null
}
