/**
 * The pieces every page kind shares: report cards and lists, links to units and categories.
 * Anonymous reads go through Payload's access rules (overrideAccess: false, no user), which
 * admit published reports only, and each list also asks for `_status = published` itself so
 * SQLite uses the compound indexes.
 */
import type { Where } from 'payload'
import type { Category, Report, Unit } from '../payload-types'
import { pictureOf, type Picture } from '../lib/site/images'
import type { Page } from '../lib/site/paging'
import { categoryPath, reportPath, unitPath } from '../lib/site/urls'
import { sitePayload } from './sitePayload'

export type Ref = { id: string; name: string; url: string }
export type UnitRef = Ref & { slug: string }

export type ReportCard = {
  id: string
  title: string
  lead: string | null
  publishedAt: string | null
  dateApproximate: boolean
  url: string
  unit: UnitRef
  category: Ref | null
  image: Picture | null
  featured: boolean
}

export const PUBLISHED: Where = { _status: { equals: 'published' } }

/** A relationship read at depth 1: the document, or null where only an id (or nothing) came. */
export const populated = <T extends object>(value: T | number | string | null | undefined): T | null => (value && typeof value === 'object' ? value : null)

/** The documents of a hasMany relationship that came populated. */
export const populatedAll = <T extends object>(values: (T | number | string)[] | null | undefined): T[] => (values ?? []).filter((v): v is T => Boolean(v) && typeof v === 'object')

export function unitRef(value: Report['unit'] | null | undefined): UnitRef | null {
  const unit = populated<Pick<Unit, 'id' | 'name' | 'slug'>>(value)
  return unit && { id: String(unit.id), name: unit.name, slug: unit.slug, url: unitPath(unit) }
}

export function categoryRef(value: Report['category']): Ref | null {
  const category = populated<Pick<Category, 'id' | 'name' | 'slug'>>(value)
  return category && { id: String(category.id), name: category.name, url: categoryPath(category) }
}

export const MEDIA_FIELDS = { alt: true, caption: true, credit: true, url: true, width: true, height: true, mimeType: true, filesize: true, variants: true } as const
export const CARD_SELECT = { title: true, slug: true, lead: true, publishedAt: true, dateApproximate: true, unit: true, category: true, featuredImage: true, featured: true } as const
export const CARD_POPULATE = { units: { name: true, slug: true }, categories: { name: true, slug: true }, media: MEDIA_FIELDS } as const

type CardFields = Pick<Report, 'id' | 'title' | 'slug' | 'lead' | 'publishedAt' | 'dateApproximate' | 'unit' | 'category' | 'featuredImage' | 'featured'>

function toCard(doc: CardFields): ReportCard | null {
  const unit = unitRef(doc.unit)
  if (!unit) return null
  return {
    id: String(doc.id),
    title: doc.title,
    lead: doc.lead ?? null,
    publishedAt: doc.publishedAt ?? null,
    url: reportPath(unit, doc),
    unit,
    category: categoryRef(doc.category),
    image: pictureOf(doc.featuredImage, 'card'),
    featured: Boolean(doc.featured),
    dateApproximate: Boolean(doc.dateApproximate),
  }
}

/** A page of published reports' cards, newest first unless `sort` says otherwise. */
export async function findReportCards(where: Where[], options: { limit: number; page?: number; sort?: string | string[] }): Promise<Page<ReportCard>> {
  const payload = await sitePayload()
  const result = await payload.find({
    collection: 'reports',
    where: { and: [PUBLISHED, ...where] },
    sort: options.sort ?? '-publishedAt',
    limit: options.limit,
    page: options.page ?? 1,
    depth: 1,
    overrideAccess: false,
    select: CARD_SELECT,
    populate: CARD_POPULATE,
  })
  return {
    items: result.docs.map(toCard).filter((c): c is ReportCard => c !== null),
    page: result.page ?? 1,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}
