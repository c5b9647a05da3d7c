import { describe, expect, it } from 'vitest'
import { seedInitialData, SEED_CATEGORIES, SEED_UNITS } from '../../src/seed/initialData'
import { testPayload } from './helpers'

describe('first start of an empty database', () => {
  it('creates the units of the seed pages, the central board and their history', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'units', limit: 100, depth: 1 })
    expect(docs.map((u) => u.name).sort()).toEqual(SEED_UNITS.map((u) => u.name).sort())
    const haiDuong = docs.find((u) => u.name === 'Ban Dân vận Tỉnh ủy Hải Dương')!
    expect(haiDuong.slug).toBe('ban-dan-van-tinh-uy-hai-duong')
    expect(haiDuong.validTo).toBeTruthy()
    expect(typeof haiDuong.successor === 'object' && haiDuong.successor?.name).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Dương')
    const cityBacNinh = docs.find((u) => u.name === 'Ban Dân vận Thành ủy Bắc Ninh')!
    expect(cityBacNinh.level).toBe('district')
    expect(typeof cityBacNinh.parent === 'object' && cityBacNinh.parent?.name).toBe('Ban Dân vận Tỉnh ủy Bắc Ninh')
  })

  it('records the organisations posts are held in, apart from the boards, with the 2025 reorganisation and its sources', async () => {
    const payload = await testPayload()
    const { docs: units } = await payload.find({ collection: 'units', limit: 100, depth: 1 })
    // every unit names its own organisation, of the same name
    for (const unit of units) expect(typeof unit.organisation === 'object' && unit.organisation?.name, unit.name).toBe(unit.name)
    const { docs } = await payload.find({ collection: 'organisations', pagination: false, depth: 1, sort: 'validFrom' })
    const one = (name: string, day?: string) => {
      const found = docs.filter((o) => o.name === name && (!day || ((!o.validFrom || o.validFrom <= day) && (!o.validTo || day <= o.validTo))))
      expect(found, name).toHaveLength(1)
      return found[0]
    }
    const central = one('Ban Dân vận Trung ương')
    expect([central.kind, central.board, central.validTo]).toEqual(['party-board', 'dan-van', '2025-02-02T16:59:59.999Z'])
    expect(typeof central.successor === 'object' && central.successor?.name).toBe('Ban Tuyên giáo và Dân vận Trung ương')
    expect(central.sources).toMatch(/03\/02\/2025/)
    expect(one('Ban Tuyên giáo và Dân vận Trung ương').validFrom).toBe('2025-02-02T17:00:00.000Z')
    // the Party committee and the People's Council are their own organisations, not the board
    const tinhUy = one('Tỉnh ủy Hải Dương')
    expect([tinhUy.kind, tinhUy.level, tinhUy.province, tinhUy.validTo]).toEqual(['party-committee', 'province', 'Hải Dương', '2025-06-30T16:59:59.999Z'])
    expect(typeof tinhUy.successor === 'object' && [tinhUy.successor?.name, tinhUy.successor?.validFrom]).toEqual(['Thành ủy Hải Phòng', '2025-06-30T17:00:00.000Z'])
    expect(tinhUy.sources).toMatch(/202\/2025\/QH15/)
    expect(one('Hội đồng nhân dân tỉnh Thái Nguyên', '2024-06-21T00:00:00.000Z').kind).toBe('peoples-council')
    expect(one('Tỉnh ủy Thái Nguyên', '2025-08-01T00:00:00.000Z').validFrom).toBe('2025-06-30T17:00:00.000Z')
    const city = one('Thành ủy Bắc Ninh')
    expect([city.level, city.validTo]).toEqual(['district', '2025-06-30T16:59:59.999Z'])
    expect(city.sources).toMatch(/203\/2025\/QH15/)
    // same-named records before and after a merger tell themselves apart in pickers
    expect(docs.filter((o) => o.name === 'Tỉnh ủy Thái Nguyên').map((o) => o.displayName)).toEqual(['Tỉnh ủy Thái Nguyên (đến 30/06/2025)', 'Tỉnh ủy Thái Nguyên (từ 01/07/2025)'])
  })

  it('gives a new unit an organisation of its own', async () => {
    const payload = await testPayload()
    const unit = await payload.create({ collection: 'units', data: { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai', level: 'province', province: 'Lào Cai' } as never, depth: 1 })
    expect(typeof unit.organisation === 'object' && [unit.organisation?.name, unit.organisation?.kind, unit.organisation?.board, unit.organisation?.province]).toEqual([
      'Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai',
      'party-board',
      'tuyen-giao-dan-van',
      'Lào Cai',
    ])
    await payload.delete({ collection: 'units', id: unit.id })
  })

  it('creates the categories', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'categories', limit: 100 })
    expect(docs.map((c) => c.name).sort()).toEqual([...SEED_CATEGORIES].sort())
    expect(docs.find((c) => c.name === 'Dân vận khéo')?.slug).toBe('dan-van-kheo')
  })

  it('creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: process.env.ADMIN_EMAIL } } })
    expect(docs).toHaveLength(1)
    expect(docs[0].roles).toEqual(['admin'])
    const login = await payload.login({ collection: 'users', data: { email: process.env.ADMIN_EMAIL!, password: process.env.ADMIN_PASSWORD! } })
    expect(login.token).toBeTruthy()
  })

  it('runs only on an empty database, and makes no user without ADMIN_EMAIL', async () => {
    const payload = await testPayload()
    await seedInitialData(payload, {})
    expect((await payload.count({ collection: 'units' })).totalDocs).toBe(SEED_UNITS.length)
    expect((await payload.count({ collection: 'categories' })).totalDocs).toBe(SEED_CATEGORIES.length)
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    await seedInitialData(payload, {})
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('makes the first account an administrator whatever roles it asks for', async () => {
    const payload = await testPayload()
    const first = await payload.create({ collection: 'users', data: { email: 'dau-tien@example.vn', password: 'Mot-mat-khau-dai-2026', name: 'Người đầu tiên', roles: ['contributor'] } })
    expect(first.roles).toEqual(['admin'])
    const second = await payload.create({ collection: 'users', data: { email: 'thu-hai@example.vn', password: 'Mot-mat-khau-dai-2026', name: 'Người thứ hai', roles: ['contributor'] } })
    expect(second.roles).toEqual(['contributor'])
  })
})
