import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload, unitNamed } from './helpers'

describe('relations and reference data', () => {
  let payload: Payload
  let unit: number

  beforeAll(async () => {
    payload = await testPayload()
    unit = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id as number
  })

  it('shows the reports that cite an official, a campaign, a model and a legal document', async () => {
    const official = await payload.create({ collection: 'officials', data: { fullName: 'Trần Đức Thắng', positions: [{ title: 'Bí thư Tỉnh ủy Hải Dương', start: '2020-10-01' }] } })
    const campaign = await payload.create({ collection: 'campaigns', data: { name: 'Dân vận khéo', kind: 'emulation', scope: 'national' } as never })
    const model = await payload.create({ collection: 'models', data: { name: 'Dòng họ học tập', field: 'culture-society', unit, yearRecognised: 2023 } as never })
    const decree = await payload.create({ collection: 'legal-documents', data: { type: 'resolution', number: '25-NQ/TW', issuingBody: 'Ban Chấp hành Trung ương' } })
    const report = await payload.create({
      collection: 'reports',
      data: { title: 'Hải Dương: Công tác dân vận', unit, officials: [official.id], campaigns: [campaign.id], models: [model.id], legalDocuments: [decree.id] } as never,
    })
    const ids = (join: unknown) => ((join as { docs: (number | { id: number })[] }).docs ?? []).map((d) => (typeof d === 'object' ? d.id : d))
    for (const [collection, id] of [['officials', official.id], ['campaigns', campaign.id], ['models', model.id], ['legal-documents', decree.id]] as const) {
      const doc = await payload.findByID({ collection, id, depth: 0 })
      expect([collection, ids(doc.reports)]).toEqual([collection, [report.id]])
    }
  })

  it('lists officials by given name in Vietnamese order, on the database', async () => {
    for (const fullName of ['Võ Văn Thưởng', 'Đỗ Văn Chiến', 'Bùi Thị Minh Hoài', 'Lê Minh Khái', 'Phạm Tất Thắng', 'Nguyễn Thanh Hải'])
      await payload.create({ collection: 'officials', data: { fullName } })
    const { docs } = await payload.find({ collection: 'officials', sort: 'sortKey', limit: 100 })
    expect(docs.map((d) => d.fullName)).toEqual([
      'Đỗ Văn Chiến', 'Nguyễn Thanh Hải', 'Bùi Thị Minh Hoài', 'Lê Minh Khái', 'Phạm Tất Thắng', 'Trần Đức Thắng', 'Võ Văn Thưởng',
    ])
  })

  it('keeps every edit of a unit as a version', async () => {
    const created = await payload.create({ collection: 'units', data: { name: 'Ban Dân vận Huyện ủy Thanh Hà', level: 'district', province: 'Hải Dương' } as never })
    await payload.update({ collection: 'units', id: created.id, data: { shortName: 'BDV Huyện ủy Thanh Hà', validTo: '2025-06-30T16:59:59.000Z' } })
    const { docs } = await payload.findVersions({ collection: 'units', where: { parent: { equals: created.id } }, sort: 'createdAt' })
    expect(docs.length).toBe(2)
    expect(docs[0].version.shortName ?? null).toBeNull()
    expect(docs[1].version.shortName).toBe('BDV Huyện ủy Thanh Hà')
  })

  it('refuses a unit as its own successor', async () => {
    const created = await payload.create({ collection: 'units', data: { name: 'Ban Dân vận Thị ủy Kinh Môn', level: 'district' } as never })
    await expect(payload.update({ collection: 'units', id: created.id, data: { successor: created.id } })).rejects.toMatchObject({ status: 400 })
  })
})
