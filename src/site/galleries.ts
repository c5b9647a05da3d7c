/** "Thư viện ảnh": the galleries of the latest published reports; each report's album is its page's gallery (getReport). */
import { LIST_TAGS } from '../lib/site/cacheTags'
import { pictureOf, type Picture } from '../lib/site/images'
import { albumPath, reportPath } from '../lib/site/urls'
import { MEDIA_FIELDS, PUBLISHED, unitRef, type UnitRef } from './cards'
import { siteRead } from './siteRead'
import { sitePayload } from './sitePayload'

export const GALLERY_LIST_SIZE = 24

export type GalleryCard = {
  id: string
  title: string
  url: string
  reportUrl: string
  publishedAt: string | null
  dateApproximate: boolean
  unit: UnitRef
  cover: Picture
  /** the public photos only: a reader never learns of the others */
  count: number
}

/**
 * The newest published reports that have a gallery with at least one photo a reader may see.
 * Anonymous reads populate only public photos (collections/Media `public`: a published
 * report's photos are), so a private one stays an id and is left out here.
 */
export const getLatestGalleries = siteRead('site-galleries', { tags: LIST_TAGS, duringBuild: [] as GalleryCard[] }, async (): Promise<GalleryCard[]> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'reports',
    where: { and: [PUBLISHED, { 'gallery.photo': { exists: true } }] },
    sort: '-publishedAt',
    limit: GALLERY_LIST_SIZE,
    depth: 1,
    overrideAccess: false,
    select: { title: true, slug: true, publishedAt: true, dateApproximate: true, unit: true, gallery: true },
    populate: { units: { name: true, slug: true }, media: MEDIA_FIELDS },
  })
  return docs.flatMap((doc): GalleryCard[] => {
    const unit = unitRef(doc.unit)
    const pictures = (doc.gallery ?? []).map((row) => pictureOf(row.photo, 'card')).filter((p): p is Picture => p !== null)
    if (!unit || !pictures.length) return []
    return [
      {
        id: String(doc.id),
        title: doc.title,
        url: albumPath(unit, doc),
        reportUrl: reportPath(unit, doc),
        publishedAt: doc.publishedAt ?? null,
        dateApproximate: Boolean(doc.dateApproximate),
        unit,
        cover: pictures[0],
        count: pictures.length,
      },
    ]
  })
})
