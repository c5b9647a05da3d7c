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
    expect(typeof haiDuong.successor === 'object' && haiDuong.successor?.name).toBe('Ban Dân vận Thành ủy Hải Phòng')
    const cityBacNinh = docs.find((u) => u.name === 'Ban Dân vận Thành ủy Bắc Ninh')!
    expect(cityBacNinh.level).toBe('district')
    expect(typeof cityBacNinh.parent === 'object' && cityBacNinh.parent?.name).toBe('Ban Dân vận Tỉnh ủy Bắc Ninh')
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
