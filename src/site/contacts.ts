/** The boards' contact details and functions: "Liên hệ", each board's contact page and the English page. */
import { COLLECTION_TAGS as T } from '../lib/site/cacheTags'
import { unitContact, type UnitContact } from '../lib/site/contacts'
import { unitContactPath, unitPath } from '../lib/site/urls'
import type { Unit } from '../payload-types'
import { siteRead } from './siteRead'
import { sitePayload } from './sitePayload'

export type UnitDirectoryEntry = Pick<Unit, 'id' | 'name' | 'slug' | 'shortName' | 'level' | 'province' | 'validFrom' | 'validTo'> & {
  nameEn: string | null
  url: string
  contactUrl: string
  contact: UnitContact
  successor: { name: string; slug: string; nameEn: string | null; contactUrl: string } | null
}

/** Every board with its contact and functions (empty values already left out), in no particular order. */
export const getUnitDirectory = siteRead('site-unit-directory', { tags: [T.units], duringBuild: [] as UnitDirectoryEntry[] }, async (): Promise<UnitDirectoryEntry[]> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'units',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    select: {
      name: true,
      slug: true,
      shortName: true,
      nameEn: true,
      level: true,
      province: true,
      validFrom: true,
      validTo: true,
      successor: true,
      address: true,
      phone: true,
      email: true,
      functions: true,
    },
  })
  const byId = new Map(docs.map((d) => [String(d.id), d]))
  return docs.map((d) => {
    const next = d.successor != null ? byId.get(String(typeof d.successor === 'object' ? d.successor.id : d.successor)) : undefined
    return {
      id: d.id,
      name: d.name,
      slug: d.slug,
      shortName: d.shortName,
      level: d.level,
      province: d.province,
      validFrom: d.validFrom,
      validTo: d.validTo,
      nameEn: d.nameEn?.trim() || null,
      url: unitPath(d),
      contactUrl: unitContactPath(d),
      contact: unitContact(d),
      successor: next ? { name: next.name, slug: next.slug, nameEn: next.nameEn?.trim() || null, contactUrl: unitContactPath(next) } : null,
    }
  })
})

export const findUnitContact = async (slug: string): Promise<UnitDirectoryEntry | null> => (await getUnitDirectory()).find((u) => u.slug === slug) ?? null
