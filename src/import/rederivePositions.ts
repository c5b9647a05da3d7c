import type { Payload, PayloadRequest } from 'payload'
import type { Official, Report, Unit } from '../payload-types'
import type { StoredPosition } from '../lib/officials/changeTitles'
import { titleKey } from '../lib/officials/titleKey'
import { extractOfficials } from '../lib/import/extractOfficials'
import { lexicalParagraphs } from '../lib/import/toLexical'
import { settingOfUnit } from '../lib/organisations/titleOrganisation'
import { relationId } from '../lib/roles'
import { attestTitles, EntityCache, type EntityContext } from './resolveEntities'

export type RederiveSummary = { reports: number; officials: number; attestations: number }

/**
 * For a database from before organisations and attestations: reads every report's text again
 * (lead, body, captions), finds what it says of the officials it names, and rebuilds their
 * unconfirmed posts from that, in the organisations the titles name. Confirmed posts are kept;
 * a post entered by hand before confirmation existed, which no report states, is kept as
 * confirmed. Running it twice gives the same result.
 */
export async function rederivePositions(payload: Payload, log: (line: string) => void = () => {}): Promise<RederiveSummary> {
  const req = { payload, context: {} } as unknown as PayloadRequest
  const cache = new EntityCache()
  const units = new Map((await payload.find({ collection: 'units', pagination: false, depth: 0 })).docs.map((u) => [String(u.id), u as Unit]))
  const said = new Map<string, { date: string; titles: string[]; unit: Unit; source: string }[]>()
  let reports = 0
  for (let page = 1; ; page++) {
    const batch = await payload.find({ collection: 'reports', where: { officials: { exists: true } }, sort: 'publishedAt', page, limit: 200, depth: 1, select: { title: true, lead: true, body: true, gallery: true, officials: true, unit: true, publishedAt: true, createdAt: true } })
    for (const report of batch.docs as Report[]) {
      const unit = units.get(relationId(report.unit as never) ?? '')
      if (!unit) continue
      reports++
      const text = [report.lead ?? '', ...lexicalParagraphs(report.body), ...(report.gallery ?? []).map((g) => g.caption ?? '')]
      const mentions = new Map(extractOfficials(text).map((m) => [m.name, m.titles]))
      for (const official of (report.officials ?? []) as Official[]) {
        const titles = typeof official === 'object' ? mentions.get(official.fullName) : undefined
        if (!titles?.length) continue
        const id = String(relationId(official.mergedInto as never) ?? official.id)
        said.set(id, [...(said.get(id) ?? []), { date: report.publishedAt ?? report.createdAt, titles, unit, source: report.title }])
      }
    }
    if (!batch.hasNextPage) break
  }
  let attestations = 0
  for (const [id, statements] of said) {
    const official = await payload.findByID({ collection: 'officials', id, depth: 0 })
    const stated = new Set(statements.flatMap((s) => s.titles.map(titleKey)))
    const positions: StoredPosition[] = ((official.positions ?? []) as StoredPosition[])
      .filter((p) => p.confirmed === true || (p.confirmed == null && !stated.has(titleKey(p.title))))
      .map((p) => ({ ...p, confirmed: true }))
    for (const s of statements) {
      const ctx: EntityContext = { payload, req, date: s.date, unitId: s.unit.id, setting: settingOfUnit(s.unit), source: s.source, notes: [], cache }
      await attestTitles(ctx, positions, s.titles)
      attestations += s.titles.length
    }
    await payload.update({ collection: 'officials', id, data: { positions: positions as never }, depth: 0, req })
    log(`${official.fullName}: ${positions.length} chức vụ`)
  }
  return { reports, officials: said.size, attestations }
}
