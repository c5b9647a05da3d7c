import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { rest, testPayload, unitNamed } from './helpers'

describe('officials in reports', () => {
  let payload: Payload
  let unit: number

  beforeAll(async () => {
    payload = await testPayload()
    unit = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id as number
  })

  it('reads each official with the titles held on the report date, whatever changed later', async () => {
    const official = await payload.create({
      collection: 'officials',
      data: {
        fullName: 'Võ Văn Thưởng',
        positions: [
          { title: 'Thường trực Ban Bí thư', start: '2021-04-01', end: '2023-03-01' },
          { title: 'Ủy viên Bộ Chính trị', start: '2016-01-28' },
        ],
      },
    })
    const report = await payload.create({
      collection: 'reports',
      data: { title: 'Hội nghị trực tuyến toàn quốc triển khai công tác Dân vận năm 2022', unit, publishedAt: '2022-01-13T07:23:00.000Z', officials: [official.id] } as never,
    })
    const viaLocal = await payload.findByID({ collection: 'reports', id: report.id, draft: true, depth: 0 })
    expect(viaLocal.officialsTitled).toEqual(['Đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư'])
    // and through REST, as an API client reads the report (published so anyone may)
    await payload.update({ collection: 'reports', id: report.id, data: { _status: 'published' } as never })
    expect((await rest('GET', `/reports/${report.id}?depth=0`)).body.officialsTitled).toEqual(['Đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư'])

    // later career: President, then leaves office; the 2022 report still reads the 2022 titles
    await payload.update({
      collection: 'officials',
      id: official.id,
      data: {
        positions: [
          { title: 'Thường trực Ban Bí thư', start: '2021-04-01', end: '2023-03-01' },
          { title: 'Ủy viên Bộ Chính trị', start: '2016-01-28', end: '2024-03-20' },
          { title: 'Chủ tịch nước', start: '2023-03-02', end: '2024-03-21' },
        ],
      },
    })
    const again = await payload.findByID({ collection: 'reports', id: report.id, draft: true, depth: 0 })
    expect(again.officialsTitled).toEqual(['Đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư'])
    const later = await payload.create({
      collection: 'reports',
      data: { title: 'Một tin năm 2023', unit, publishedAt: '2023-06-01T02:00:00.000Z', officials: [official.id] } as never,
    })
    expect((await payload.findByID({ collection: 'reports', id: later.id, draft: true })).officialsTitled).toEqual(['Đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Chủ tịch nước'])
  })

  it('stores nothing for the computed field', async () => {
    const report = await payload.create({ collection: 'reports', data: { title: 'Không lưu trường tính', unit, officialsTitled: ['giả mạo'] } as never })
    expect((await payload.findByID({ collection: 'reports', id: report.id, draft: true })).officialsTitled).toEqual([])
  })

  it('finds officials by name without diacritics, and lists their current titles', async () => {
    await payload.create({ collection: 'officials', data: { fullName: 'Trần Đức Thắng', positions: [{ title: 'Ủy viên Trung ương Đảng', start: '2021-01-30' }, { title: 'Bí thư Tỉnh ủy Hải Dương', start: '2020-10-01', end: '2024-11-30' }] } })
    await payload.create({ collection: 'officials', data: { fullName: 'Trần Đức Thắm' } })
    const found = await rest('GET', `/officials?where[or][0][fullName][like]=tran duc thang&where[or][1][nameFolded][like]=tran duc thang`)
    expect(found.body.docs.map((d: { fullName: string }) => d.fullName)).toEqual(['Trần Đức Thắng'])
    expect(found.body.docs[0].currentTitles).toBe('Ủy viên Trung ương Đảng')
  })

  it('refuses wrong positions, saying which and why, and saves nothing', async () => {
    const token = (await rest('POST', '/users/login', { json: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD } })).body.token
    const before = (await payload.count({ collection: 'officials' })).totalDocs
    const res = await rest('POST', '/officials', {
      token,
      json: {
        fullName: 'Nguyễn Văn Phong',
        positions: [
          { title: 'Phó Bí thư Thành ủy', start: '2020-10-01' },
          { title: 'Phó Bí thư Thành ủy', start: '2021-01-01', end: '2022-01-01' },
          { title: 'Trưởng Ban Dân vận Thành ủy', start: '2022-01-01', end: '2021-01-01' },
        ],
      },
    })
    expect(res.status).toBe(400)
    const errors = res.body.errors[0].data.errors.map((e: { path: string; message: string }) => [e.path, e.message])
    expect(errors).toEqual([
      ['positions.2.end', 'Chức vụ số 3 ("Trưởng Ban Dân vận Thành ủy"): ngày kết thúc trước ngày bắt đầu.'],
      ['positions.1.start', 'Chức vụ số 2 ("Phó Bí thư Thành ủy") trùng thời gian với chức vụ số 1 cùng chức danh.'],
    ])
    const unknown = await rest('POST', '/officials', { token, json: { fullName: 'Nguyễn Văn Phong', positions: [{ title: 'Phó Bí thư Thành ủy', organisation: payload.db.defaultIDType === 'number' ? 987654 : '64b7f0000000000000000000' }] } })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].data.errors.map((e: { path: string; message: string }) => [e.path, e.message])).toEqual([
      ['positions.0.organisation', 'Chức vụ số 1 ("Phó Bí thư Thành ủy"): cơ quan, tổ chức không tồn tại.'],
    ])
    // a post in an organisation before it existed: the merged central board began on 3/2/2025
    const merged = (await payload.find({ collection: 'organisations', where: { name: { equals: 'Ban Tuyên giáo và Dân vận Trung ương' } }, depth: 0 })).docs[0]
    const early = await rest('POST', '/officials', { token, language: 'en', json: { fullName: 'Phạm Tất Thắng', positions: [{ title: 'Phó Trưởng ban Tuyên giáo và Dân vận Trung ương', organisation: merged.id, start: '2024-06-21' }] } })
    expect(early.status).toBe(400)
    expect(early.body.errors[0].data.errors[0]).toMatchObject({
      path: 'positions.0.organisation',
      message: 'Position 1 ("Phó Trưởng ban Tuyên giáo và Dân vận Trung ương"): "Ban Tuyên giáo và Dân vận Trung ương" exists only from 03/02/2025; choose the organisation of that time.',
    })
    expect((await payload.count({ collection: 'officials' })).totalDocs).toBe(before)
  })

  it('changes titles in one step on a date, and older reports keep the older titles', async () => {
    const adminToken = (await rest('POST', '/users/login', { json: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD } })).body.token
    const official = await payload.create({ collection: 'officials', data: { fullName: 'Phạm Tất Thắng', positions: [{ title: 'Ủy viên Trung ương Đảng', start: '2021-01-30' }, { title: 'Phó Trưởng ban Thường trực Ban Dân vận Trung ương', start: '2020-01-01' }] } })
    const report = await payload.create({ collection: 'reports', data: { title: 'Thái Nguyên: Tăng cường đồng thuận xã hội', unit, publishedAt: '2024-06-21T02:00:00.000Z', officials: [official.id] } as never })
    const deputy = official.positions!.find((p) => p.title.startsWith('Phó Trưởng ban'))!
    const res = await rest('POST', `/officials/${official.id}/change-titles`, {
      token: adminToken,
      json: { date: '2025-03-01T00:00:00.000Z', end: [deputy.id], start: [{ title: 'Trưởng Ban Dân vận Trung ương' }] },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.currentTitles).toBe('Ủy viên Trung ương Đảng, Trưởng Ban Dân vận Trung ương')
    expect((await payload.findByID({ collection: 'reports', id: report.id, draft: true })).officialsTitled).toEqual([
      'Đồng chí Phạm Tất Thắng, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Dân vận Trung ương',
    ])
    const again = await rest('POST', `/officials/${official.id}/change-titles`, { token: adminToken, json: { date: '2025-03-01T00:00:00.000Z', end: [deputy.id], start: [] } })
    expect(again.status).toBe(400)
    expect(again.body.errors[0].data.errors[0].message).toMatch(/không còn đảm nhiệm/)
  })

  it('merges two records of one person after a preview: positions combined, mentions re-pointed, the old record a redirect', async () => {
    const adminToken = (await rest('POST', '/users/login', { json: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD } })).body.token
    const keep = await payload.create({ collection: 'officials', data: { fullName: 'Nguyễn Thanh Hải', positions: [{ title: 'Bí thư Tỉnh ủy Thái Nguyên', start: '2020-10-01' }] } })
    const dup = await payload.create({ collection: 'officials', data: { fullName: 'Nguyễn Thanh Hải', positions: [{ title: 'Bí thư Tỉnh ủy Thái Nguyên', start: '2020-10-01' }, { title: 'Ủy viên BCH Trung ương Đảng', start: '2021-01-30' }] } })
    const homonym = await payload.create({ collection: 'officials', data: { fullName: 'Nguyễn Thanh Hải', positions: [{ title: 'Chủ tịch Hội Nông dân xã' }] } })
    const live = await payload.create({ collection: 'reports', data: { title: 'Tin đã đăng nhắc bản trùng', unit, publishedAt: '2024-06-21T02:00:00.000Z', officials: [dup.id], _status: 'published' } as never })
    // a published report with a newer draft waiting for approval
    const pending = await payload.create({ collection: 'reports', data: { title: 'Tin có bản nháp chờ duyệt', unit, publishedAt: '2024-06-21T02:00:00.000Z', officials: [dup.id], _status: 'published' } as never })
    await payload.update({ collection: 'reports', id: pending.id, data: { title: 'Tin có bản nháp chờ duyệt (sửa)', officials: [dup.id, keep.id] } as never, draft: true })

    const preview = await rest('GET', `/officials/${keep.id}/merge-preview?from=${dup.id}`, { token: adminToken })
    expect(preview.status).toBe(200)
    expect(preview.body.positions.map((p: { title: string }) => p.title)).toEqual(['Bí thư Tỉnh ủy Thái Nguyên', 'Ủy viên BCH Trung ương Đảng'])
    expect(preview.body.reports.map((r: { id: unknown }) => String(r.id)).sort()).toEqual([String(live.id), String(pending.id)].sort())
    // the preview changed nothing
    expect((await payload.findByID({ collection: 'officials', id: dup.id })).mergedInto ?? null).toBeNull()

    const merged = await rest('POST', `/officials/${keep.id}/merge`, { token: adminToken, json: { from: dup.id } })
    expect(merged.status).toBe(200)
    const ids = (list: unknown[] | null | undefined) => (list ?? []).map((o) => String(typeof o === 'object' && o ? (o as { id: unknown }).id : o))
    expect(ids((await payload.findByID({ collection: 'reports', id: live.id, depth: 0 })).officials)).toEqual([String(keep.id)])
    const pendingLive = await payload.findByID({ collection: 'reports', id: pending.id, depth: 0 })
    const pendingDraft = await payload.findByID({ collection: 'reports', id: pending.id, depth: 0, draft: true })
    expect([pendingLive.title, pendingLive._status, ids(pendingLive.officials)]).toEqual(['Tin có bản nháp chờ duyệt', 'published', [String(keep.id)]])
    expect([pendingDraft.title, ids(pendingDraft.officials)]).toEqual(['Tin có bản nháp chờ duyệt (sửa)', [String(keep.id)]])
    const redirect = await rest('GET', `/officials/${dup.id}?depth=0`)
    expect(String(redirect.body.mergedInto)).toBe(String(keep.id))
    expect((await payload.findByID({ collection: 'officials', id: keep.id })).currentTitles).toBe('Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy Thái Nguyên')
    // a homonym is never touched, and the duplicate leaves the list
    expect((await payload.findByID({ collection: 'officials', id: homonym.id })).mergedInto ?? null).toBeNull()
    const again = await rest('POST', `/officials/${keep.id}/merge`, { token: adminToken, json: { from: dup.id } })
    expect(again.status).toBe(400)
  })

  it('reads a post only while its organisation exists, and completes only the place a title leaves out', async () => {
    const named = async (name: string) => (await payload.find({ collection: 'organisations', where: { name: { equals: name } }, depth: 0, sort: 'validFrom' })).docs
    const [tinhUyHaiDuong] = await named('Tỉnh ủy Hải Dương')
    const [btvHaiDuong] = await named('Ban Thường vụ Tỉnh ủy Hải Dương')
    const head = await payload.create({
      collection: 'officials',
      data: {
        fullName: 'Nguyễn Thị Quyên',
        positions: [
          { title: 'Ủy viên BTV Tỉnh ủy', organisation: btvHaiDuong.id, start: '2020-10-01' },
          { title: 'Phó Bí thư Tỉnh ủy', organisation: tinhUyHaiDuong.id, start: '2022-01-01' },
        ],
      },
    })
    const haiDuong = await unitNamed(payload, 'Ban Dân vận Tỉnh ủy Hải Dương')
    const old = await payload.create({ collection: 'reports', data: { title: 'Tin năm 2023', unit: haiDuong.id, publishedAt: '2023-12-28T08:07:27.000Z', officials: [head.id] } as never })
    expect((await payload.findByID({ collection: 'reports', id: old.id, draft: true })).officialsTitled).toEqual(['Đồng chí Nguyễn Thị Quyên, Ủy viên BTV Tỉnh ủy Hải Dương, Phó Bí thư Tỉnh ủy Hải Dương'])
    // Tỉnh ủy Hải Dương ended on 30/06/2025 (merged into Hải Phòng): its posts end with it
    const later = await payload.create({ collection: 'reports', data: { title: 'Tin tháng 8/2025', unit, publishedAt: '2025-08-01T02:00:00.000Z', officials: [head.id] } as never })
    expect((await payload.findByID({ collection: 'reports', id: later.id, draft: true })).officialsTitled).toEqual(['Đồng chí Nguyễn Thị Quyên'])
    expect((await payload.findByID({ collection: 'officials', id: head.id })).currentTitles).toBe('')
  })
})
