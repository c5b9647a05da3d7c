import fs from 'node:fs'
import path from 'node:path'
import { generate } from 'otplib'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { samplePhoto } from '../fixtures/photo'
import { SEED_PAGES, seedLine } from '../fixtures/seedPages'
import { seedDocx } from '../fixtures/wordDocx'
import { launchChromium } from './browser'
import { startServer, type TestServer } from './server'

const ARTIFACTS = path.join(process.cwd(), 'tests/artifacts')

describe('the Vietnamese admin in Chromium', () => {
  let server: TestServer
  let browser: Browser
  const contributor = { email: 'ctv.hanoi@example.vn', password: 'Cong-tac-vien-2026' }
  const editor = { email: 'btv.hanoi@example.vn', password: 'Bien-tap-vien-2026' }
  const approver = { email: 'lanhdao.hanoi@example.vn', password: 'Lanh-dao-ban-2026' }
  let adminToken = ''
  let unitId: number | string = 0

  async function api(path: string, init: RequestInit & { token?: string } = {}) {
    const headers = new Headers(init.headers)
    if (init.token) headers.set('Authorization', `JWT ${init.token}`)
    if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
    const res = await fetch(`${server.url}/api${path}`, { ...init, headers })
    return { status: res.status, body: await res.json() }
  }

  /** A navigation that survives the page reloading itself after a workflow action. */
  async function visit(page: Page, url: string) {
    for (let attempt = 1; ; attempt++) {
      try {
        await page.goto(url, { waitUntil: 'load' })
        return
      } catch (error) {
        if (attempt >= 3 || !/ERR_ABORTED|frame was detached/.test(String(error))) throw error
        await page.waitForLoadState('load').catch(() => {})
      }
    }
  }

  async function signIn(who: { email: string; password: string }): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' })
    const page = await context.newPage()
    page.setDefaultTimeout(180_000)
    page.setDefaultNavigationTimeout(180_000)
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', who.email)
    await page.fill('input[name="password"]', who.password)
    await page.click('button[type="submit"]')
    await page.waitForSelector('.my-work')
    return page
  }

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    server = await startServer()
    browser = await launchChromium()
    // The administrator makes a contributor of one board through the REST API.
    const login = await api('/users/login', { method: 'POST', body: JSON.stringify({ email: server.adminEmail, password: server.adminPassword }) })
    adminToken = login.body.token
    // Hà Nội's board: the seed's other boards ended in the 2025 reorganisation, and new reports go to current boards
    unitId = (await api(`/units?where[name][equals]=${encodeURIComponent('Ban Dân vận Thành ủy Hà Nội')}`)).body.docs[0].id
    for (const [who, name, role] of [[contributor, 'Nguyễn Thị Quyên', 'contributor'], [editor, 'Trần Văn Biên', 'editor'], [approver, 'Lê Thị Duyệt', 'approver']] as const) {
      const created = await api('/users', { method: 'POST', token: adminToken, body: JSON.stringify({ ...who, name, roles: [role], units: [unitId] }) })
      expect(created.status).toBe(201)
    }
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('a contributor logs in, writes a draft and finds it in the list', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'en-US' })
    // `next dev` compiles each admin route on its first visit: allow for it.
    page.setDefaultTimeout(180_000)
    page.setDefaultNavigationTimeout(180_000)
    await page.goto(`${server.url}/admin`)
    // An English browser still gets the Vietnamese admin.
    await page.waitForSelector('button[type="submit"]')
    expect(await page.locator('button[type="submit"]').innerText()).toBe('Đăng nhập')
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-login.png') })
    await page.fill('input[name="email"]', contributor.email)
    await page.fill('input[name="password"]', contributor.password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/)

    await page.goto(`${server.url}/admin/collections/reports/create`)
    const title = 'Hà Nội: Công tác dân vận góp phần thực hiện nhiệm vụ chính trị'
    await page.locator('#field-title').fill(title)
    await page.locator('#field-lead').fill('Năm 2023, công tác dân vận trên địa bàn tỉnh tiếp tục được quan tâm.')
    // The contributor's only unit is filled in for them.
    await expect.poll(() => page.locator('#field-unit').innerText(), { timeout: 30_000 }).toContain('Ban Dân vận Thành ủy Hà Nội')
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.waitForURL(/\/admin\/collections\/reports\/\d+/, { timeout: 60_000 })
    await expect.poll(() => page.locator('#field-slug').inputValue(), { timeout: 30_000 }).toBe('ha-noi-cong-tac-dan-van-gop-phan-thuc-hien-nhiem-vu-chinh-tri')
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-report-draft.png'), fullPage: true })
    // the body has a visible formatting toolbar, photo included
    await page.locator('.fixed-toolbar').first().waitFor()
    expect(await page.locator('.fixed-toolbar button').count()).toBeGreaterThan(5)
    // a contributor's form keeps to what they write: no import fingerprint, no author field
    expect(await page.locator('#field-sourceFingerprint').count()).toBe(0)
    expect(await page.locator('#field-createdBy').count()).toBe(0)
    expect(await page.locator('#field-viewCount').count()).toBe(0)

    await page.goto(`${server.url}/admin/collections/reports`)
    const row = page.locator('table tbody tr', { hasText: title })
    await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(1)
    await expect.poll(() => row.innerText()).toContain('Bản nháp')
    // relationship cells fill in after the rows: the unit and the author show once loaded
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toContain('Ban Dân vận Thành ủy Hà Nội')
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toContain('Nguyễn Thị Quyên')
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-report-list.png'), fullPage: true })
  })

  it('a contributor submits, an editor forwards, an approver publishes; the history shows each step', async () => {
    // The contributor writes the report in the admin, then completes it (photo, category, date) through the API.
    const writer = await signIn(contributor)
    await writer.screenshot({ path: path.join(ARTIFACTS, 'my-work-contributor.png'), fullPage: true })
    await writer.goto(`${server.url}/admin/collections/reports/create`)
    const title = 'Thái Nguyên: Tăng cường đồng thuận xã hội, củng cố niềm tin của Nhân dân'
    await writer.locator('#field-title').fill(title)
    await writer.locator('#field-lead').fill('Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết.')
    await writer.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await writer.waitForURL(/\/admin\/collections\/reports\/\d+/, { waitUntil: 'load' })
    const id = writer.url().match(/reports\/(\d+)/)![1]
    const token = (await api('/users/login', { method: 'POST', body: JSON.stringify(contributor) })).body.token
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await samplePhoto())], { type: 'image/jpeg' }), 'hoi-nghi.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Quang cảnh hội nghị', caption: 'Quang cảnh hội nghị', unit: unitId }))
    const photo = await api('/media', { method: 'POST', token, body: form })
    expect(photo.status).toBe(201)
    const category = (await api('/categories?limit=1')).body.docs[0].id
    const patched = await api(`/reports/${id}?draft=true`, { method: 'PATCH', token, body: JSON.stringify({ category, featuredImage: photo.body.doc.id, publishedAt: '2024-06-21T02:00:00.000Z' }) })
    expect(patched.status).toBe(200)

    // a fresh load of the edit view (not reload: the save's own navigation may still be settling)
    await visit(writer, `${server.url}/admin/collections/reports/${id}`)
    await expect.poll(() => writer.locator('.workflow-status').innerText()).toBe('Trạng thái: Bản nháp')
    const editUrl = writer.url()
    await writer.getByRole('button', { name: 'Gửi biên tập' }).click()
    // the writer is told what happened and stays where they were, the header in the workflow's words
    await writer.getByText('Đã gửi biên tập.').waitFor({ timeout: 30_000 })
    await expect.poll(() => writer.locator('.workflow-status').innerText()).toBe('Trạng thái: Chờ biên tập')
    expect(writer.url()).toBe(editUrl)
    expect(await writer.getByRole('button', { name: 'Gửi biên tập' }).count()).toBe(0)
    await writer.screenshot({ path: path.join(ARTIFACTS, 'report-submitted-toast.png') })
    await expect.poll(async () => (await api(`/reports/${id}?draft=true`, { token })).body.workflowState, { timeout: 30_000 }).toBe('submitted')
    // "Việc của tôi": the author sees what they sent, with its state
    await visit(writer, `${server.url}/admin`)
    const sent = writer.locator('section[aria-labelledby="work-sent"]')
    await expect.poll(() => sent.innerText()).toContain(title)
    expect(await sent.locator('tr', { hasText: title }).innerText()).toContain('Chờ biên tập')
    await writer.close()

    const editorPage = await signIn(editor)
    await expect.poll(() => editorPage.locator('#work-toEdit').innerText()).toContain('(1)')
    await editorPage.screenshot({ path: path.join(ARTIFACTS, 'my-work-editor.png'), fullPage: true })
    await visit(editorPage, `${server.url}/admin/collections/reports/${id}`)
    await editorPage.getByRole('button', { name: 'Chuyển duyệt' }).click()
    await editorPage.getByText('Đã chuyển duyệt.').waitFor({ timeout: 30_000 })
    await expect.poll(() => editorPage.locator('.workflow-status').innerText()).toBe('Trạng thái: Chờ duyệt')
    await expect.poll(async () => (await api(`/reports/${id}?draft=true`, { token: adminToken })).body.workflowState, { timeout: 30_000 }).toBe('inApproval')
    await editorPage.close()

    const approverPage = await signIn(approver)
    await expect.poll(() => approverPage.locator('section[aria-labelledby="work-toApprove"]').innerText()).toContain(title)
    await approverPage.screenshot({ path: path.join(ARTIFACTS, 'my-work-approver.png'), fullPage: true })
    await visit(approverPage, `${server.url}/admin/collections/reports/${id}`)
    // the approver sees publishing, not the editor's or contributor's steps
    await approverPage.getByRole('button', { name: 'Xuất bản', exact: true }).waitFor()
    expect(await approverPage.getByRole('button', { name: 'Gửi biên tập' }).count()).toBe(0)
    await approverPage.getByRole('button', { name: 'Xuất bản', exact: true }).click()
    await expect.poll(async () => (await api(`/reports/${id}`)).body._status, { timeout: 30_000 }).toBe('published')

    await visit(approverPage, `${server.url}/admin/collections/reports/${id}`)
    await approverPage.getByText('Quy trình', { exact: true }).click()
    const timeline = approverPage.locator('.workflow-timeline')
    // (the tab reads its history when it opens)
    await expect.poll(() => timeline.innerText(), { timeout: 30_000 }).toContain('Xuất bản: Chờ duyệt → Đã xuất bản')
    expect(await timeline.innerText()).toContain('Chuyển duyệt: Chờ biên tập → Chờ duyệt')
    expect(await timeline.innerText()).toContain('Gửi biên tập: Bản nháp → Chờ biên tập')
    await approverPage.locator('.workflow-timeline').scrollIntoViewIfNeeded()
    await approverPage.screenshot({ path: path.join(ARTIFACTS, 'report-workflow-timeline.png'), fullPage: true })

    await visit(approverPage, `${server.url}/admin/lich-bien-tap?view=month&date=2024-06-21`)
    await expect.poll(() => approverPage.locator('td[data-day="2024-06-21"]').innerText()).toContain(title)
    await approverPage.screenshot({ path: path.join(ARTIFACTS, 'editorial-calendar.png'), fullPage: true })
    // on a phone: a list of the days that have reports, each with its weekday, readable
    await approverPage.setViewportSize({ width: 390, height: 844 })
    await expect.poll(() => approverPage.locator('td[data-day="2024-06-21"]').innerText()).toContain('Thứ Sáu, 21/06/2024')
    expect(await approverPage.locator('td[data-day="2024-06-20"]').isVisible()).toBe(false)
    const cell = await approverPage.locator('td[data-day="2024-06-21"]').boundingBox()
    expect(cell!.width).toBeGreaterThan(300)
    await approverPage.screenshot({ path: path.join(ARTIFACTS, 'editorial-calendar-phone.png'), fullPage: true })
    await visit(approverPage, `${server.url}/admin/collections/reports/${id}`)
    // the editor's controls wrap on a phone instead of overlapping the status bar
    const controls = await approverPage.locator('.workflow-actions').boundingBox()
    expect(controls!.x + controls!.width).toBeLessThanOrEqual(390)
    await approverPage.screenshot({ path: path.join(ARTIFACTS, 'report-editor-phone.png') })
    await approverPage.setViewportSize({ width: 1366, height: 900 })
    // a step that asks for a time opens a box named as its button reads, for a screen reader
    await approverPage.getByRole('button', { name: 'Hẹn giờ gỡ bài' }).click()
    expect(await approverPage.getByRole('dialog', { name: 'Hẹn giờ gỡ bài' }).count()).toBe(1)
    await approverPage.getByRole('button', { name: 'Hẹn giờ gỡ bài' }).click()

    const site = await (await fetch(`${server.url}/`)).text()
    expect(site).toContain(title)
  })

  it('a contributor uploads a photo with its caption and alt text and attaches it to a report gallery', async () => {
    const page = await signIn(contributor)
    await page.goto(`${server.url}/admin/collections/media/create`)
    await page.locator('input[type="file"]').setInputFiles({ name: 'hoi-nghi-so-ket.jpg', mimeType: 'image/jpeg', buffer: await samplePhoto(1200, 800) })
    await page.locator('#field-alt').fill('Các đại biểu dự hội nghị sơ kết')
    await page.locator('#field-caption').fill('Quang cảnh Hội nghị sơ kết công tác dân vận 6 tháng đầu năm')
    await page.locator('#field-credit').fill('Minh Khang')
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/media\/\d+/)
    const mediaId = page.url().match(/media\/(\d+)/)![1]
    const token = (await api('/users/login', { method: 'POST', body: JSON.stringify(contributor) })).body.token
    const media = (await api(`/media/${mediaId}`, { token })).body
    expect([media.alt, media.caption, media.variants.card.webp.width]).toEqual(['Các đại biểu dự hội nghị sơ kết', 'Quang cảnh Hội nghị sơ kết công tác dân vận 6 tháng đầu năm', 768])
    await page.screenshot({ path: path.join(ARTIFACTS, 'media-uploaded.png'), fullPage: true })

    await page.goto(`${server.url}/admin/collections/reports/create`)
    await page.getByText('Ảnh', { exact: true }).first().click()
    await page.getByRole('button', { name: 'Thêm: Ảnh' }).click()
    await page.locator('#field-gallery__0__caption').fill('Đồng chí Nguyễn Hoàng Long phát biểu chỉ đạo')
    const photoField = page.locator('#field-gallery__0__photo').locator('xpath=ancestor::div[contains(@class,"field-type")][1]')
    await photoField.getByRole('button', { name: 'Chọn từ thư viện' }).click()
    // stored names carry a random part; the drawer's first column (the file name) is what selects
    await page.locator('.list-drawer').getByText(/^hoi-nghi-so-ket-[0-9a-f]{16}\.jpg$/).click()
    await expect.poll(() => photoField.innerText()).toContain('hoi-nghi-so-ket')
    await page.getByText('Nội dung', { exact: true }).last().click()
    await page.locator('#field-title').fill('Bắc Ninh: Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024')
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.waitForURL(/\/admin\/collections\/reports\/\d+/, { waitUntil: 'load' })
    const reportId = page.url().match(/reports\/(\d+)/)![1]
    const report = (await api(`/reports/${reportId}?draft=true&depth=0`, { token })).body
    expect(report.gallery.map((g: { photo: number; caption: string }) => [String(g.photo), g.caption])).toEqual([[mediaId, 'Đồng chí Nguyễn Hoàng Long phát biểu chỉ đạo']])
    await page.getByText('Ảnh', { exact: true }).click()
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-gallery.png'), fullPage: true })
    await page.close()
  })

  it("an editor changes an official's title; an older report still shows the older title", async () => {
    const official = await api('/officials', {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({ fullName: 'Phạm Tất Thắng', positions: [{ title: 'Ủy viên Trung ương Đảng', start: '2021-01-30' }, { title: 'Phó Trưởng ban Thường trực Ban Dân vận Trung ương', start: '2020-01-01' }] }),
    })
    expect(official.status).toBe(201)
    const report = await api('/reports', { method: 'POST', token: adminToken, body: JSON.stringify({ title: 'Thái Nguyên: Tăng cường đồng thuận xã hội (2024)', unit: unitId, publishedAt: '2024-06-21T02:00:00.000Z', officials: [official.body.doc.id] }) })
    expect(report.status).toBe(201)

    const page = await signIn(editor)
    page.setDefaultTimeout(60_000) // navigations keep their longer compile allowance
    await visit(page, `${server.url}/admin/collections/officials/${official.body.doc.id}`)
    await page.getByRole('button', { name: 'Thay đổi chức danh' }).click()
    await page.fill('input[name="changeDate"]', '2025-03-01')
    // the form may still be settling under load (a re-render can drop a click): tick until it holds
    const ending = page.getByLabel('Phó Trưởng ban Thường trực Ban Dân vận Trung ương')
    await expect
      .poll(
        async () => {
          if (!(await ending.isChecked())) await ending.click().catch(() => {})
          return ending.isChecked()
        },
        { timeout: 30_000 },
      )
      .toBe(true)
    await page.fill('textarea[name="newTitles"]', 'Trưởng Ban Dân vận Trung ương')
    await page.screenshot({ path: path.join(ARTIFACTS, 'official-change-titles.png'), fullPage: true })
    await page.getByRole('button', { name: 'Áp dụng thay đổi' }).click()
    await expect.poll(async () => (await api(`/officials/${official.body.doc.id}`)).body.currentTitles, { timeout: 30_000 }).toBe('Ủy viên Trung ương Đảng, Trưởng Ban Dân vận Trung ương')
    await visit(page, `${server.url}/admin/collections/officials/${official.body.doc.id}`)
    await expect.poll(() => page.locator('.positions-timeline').innerText()).toContain('Trưởng Ban Dân vận Trung ương (đương nhiệm)')
    await page.screenshot({ path: path.join(ARTIFACTS, 'official-timeline.png'), fullPage: true })

    await visit(page, `${server.url}/admin/collections/reports/${report.body.doc.id}`)
    await page.getByText('Liên kết', { exact: true }).click()
    await expect.poll(() => page.locator('.document-fields__main').innerText()).toContain(
      'Đồng chí Phạm Tất Thắng, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Dân vận Trung ương',
    )
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-officials-titled.png'), fullPage: true })

    // a caption gets the official's name with the titles of the report's date
    await page.getByText('Ảnh', { exact: true }).first().click()
    await page.getByRole('button', { name: 'Thêm: Ảnh' }).click()
    await page.locator('#field-gallery__0__caption').fill('Phát biểu tại Hội nghị:')
    const older = 'Đồng chí Phạm Tất Thắng, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Dân vận Trung ương'
    await page.locator('.insert-official select').selectOption(older)
    await page.locator('.insert-official').getByRole('button', { name: 'Chèn' }).click()
    await expect.poll(() => page.locator('#field-gallery__0__caption').inputValue()).toBe(`Phát biểu tại Hội nghị: ${older}`)
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await expect.poll(async () => (await api(`/reports/${report.body.doc.id}?draft=true&depth=0`, { token: adminToken })).body.gallery?.[0]?.caption, { timeout: 30_000 }).toBe(`Phát biểu tại Hội nghị: ${older}`)
    await page.screenshot({ path: path.join(ARTIFACTS, 'caption-with-official.png'), fullPage: true })
    await page.close()
  })
  it('a contributor names an imported official, confirms the titles in one click, and the public page shows them', async () => {
    const officialName = 'Nguyễn Văn Phú'
    const phu = (await api(`/officials?where[fullName][equals]=${encodeURIComponent(officialName)}&depth=0`)).body.docs[0]
    expect(phu.titlesUnconfirmed).toBe(true)
    const page = await signIn(contributor)
    page.setDefaultTimeout(60_000)
    await visit(page, `${server.url}/admin/collections/reports/create`)
    const title = 'Hà Nội: Hội nghị giao ban công tác dân vận quý I năm 2024'
    await page.locator('#field-title').fill(title)
    await page.locator('#field-lead').fill('Sáng 01/3/2024, Ban Dân vận Thành ủy tổ chức hội nghị giao ban công tác dân vận quý I, có đại diện Ban Dân vận Tỉnh ủy Hải Dương.')
    // the writer names the official in the "Liên kết" tab, as they would
    await page.getByText('Liên kết', { exact: true }).click()
    await page.locator('#field-officials').click()
    await page.keyboard.type('Văn Phú')
    await page.locator('.rs__option', { hasText: officialName }).first().click()
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.waitForURL(/\/admin\/collections\/reports\/\d+/, { waitUntil: 'load' })
    const id = page.url().match(/reports\/(\d+)/)![1]
    const token = (await api('/users/login', { method: 'POST', body: JSON.stringify(contributor) })).body.token
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await samplePhoto(900, 600))], { type: 'image/jpeg' }), 'hoi-nghi-quy-1.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Quang cảnh hội nghị quý I', caption: 'Quang cảnh hội nghị', unit: unitId }))
    const photo = await api('/media', { method: 'POST', token, body: form })
    const category = (await api('/categories?limit=1')).body.docs[0].id
    // the event of 01/03/2024, written up now
    expect((await api(`/reports/${id}?draft=true`, { method: 'PATCH', token, body: JSON.stringify({ category, featuredImage: photo.body.doc.id, publishedAt: '2024-03-01T02:00:00.000Z' }) })).status).toBe(200)

    await visit(page, `${server.url}/admin/collections/reports/${id}`)
    await page.getByText('Liên kết', { exact: true }).click()
    const confirm = page.locator('.confirm-titles').first()
    await expect.poll(() => confirm.innerText(), { timeout: 30_000 }).toContain('Xác nhận chức danh')
    expect(await confirm.innerText()).toContain('Ủy viên Ban Thường vụ Tỉnh ủy Hải Dương, Trưởng Ban Dân vận Tỉnh ủy Hải Dương')
    expect(await confirm.innerText()).toContain('01/03/2024')
    await confirm.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-confirm-titles.png'), fullPage: true })
    await page.getByText('Quy trình', { exact: true }).click()
    await expect.poll(() => page.locator('.publish-checklist').innerText()).toContain(`Còn thiếu: Xác nhận chức danh: ${officialName}`)
    await page.getByText('Liên kết', { exact: true }).click()
    await confirm.getByRole('button', { name: 'Vẫn giữ các chức danh này' }).click()
    await expect.poll(() => page.getByText('Đã xác nhận chức danh').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await expect.poll(() => page.locator('.confirm-titles').count()).toBe(0)
    await page.getByText('Quy trình', { exact: true }).click()
    await expect.poll(() => page.locator('.publish-checklist').innerText()).not.toContain('Xác nhận chức danh')
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-titles-confirmed.png'), fullPage: true })
    await page.getByRole('button', { name: 'Gửi biên tập' }).click()
    await expect.poll(async () => (await api(`/reports/${id}?draft=true`, { token })).body.workflowState, { timeout: 30_000 }).toBe('submitted')
    await page.close()

    for (const [who, action] of [[editor, 'forward'], [approver, 'publish']] as const) {
      const t = (await api('/users/login', { method: 'POST', body: JSON.stringify(who) })).body.token
      expect((await api(`/reports/${id}/workflow`, { method: 'POST', token: t, body: JSON.stringify({ action }) })).status).toBe(200)
    }
    const live = (await api(`/reports/${id}?depth=1`)).body
    const reader = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' })
    await reader.goto(`${server.url}/bai-viet/${live.unit.slug}/${live.slug}`)
    await expect.poll(() => reader.locator('main').innerText(), { timeout: 60_000 }).toContain(`Đồng chí ${officialName}, Ủy viên Ban Thường vụ Tỉnh ủy Hải Dương, Trưởng Ban Dân vận Tỉnh ủy Hải Dương`)
    await reader.screenshot({ path: path.join(ARTIFACTS, 'site-report-official-titles.png'), fullPage: true })
    await reader.goto(`${server.url}/can-bo/${phu.id}`)
    await expect.poll(() => reader.locator('main').innerText(), { timeout: 60_000 }).toContain('Trưởng Ban Dân vận Tỉnh ủy Hải Dương')
    await reader.screenshot({ path: path.join(ARTIFACTS, 'site-official-career.png'), fullPage: true })
    await reader.close()
  })

  it('an administrator imports an old page from "Nhập trang cũ" and sees the summary', async () => {
    const page = await signIn({ email: server.adminEmail, password: server.adminPassword })
    await visit(page, `${server.url}/admin/nhap-trang-cu`)
    await page.waitForSelector('h1:has-text("Nhập trang cũ")')
    const seed = fs.readFileSync(path.join(process.cwd(), 'seed/documents/002_15b292b6b0cd362d.txt'), 'utf8')
    const old = seed.replace('Thứ Sáu, 21/6/2024', 'Thứ Hai, 1/7/2024').replace('Thái Nguyên: Tăng cường', 'Thái Nguyên: Tiếp tục tăng cường')
    await page.setInputFiles('input[name="files"]', [{ name: 'thai-nguyen-cu.txt', mimeType: 'text/plain', buffer: Buffer.from(old) }])
    await page.click('button:has-text("Nhập trang")')
    await page.waitForSelector('.import-summary td:has-text("đã tạo")')
    expect(await page.textContent('.import-run')).toContain('Tạo mới 1, cập nhật 0, không đổi 0, lỗi 0')
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-import.png'), fullPage: true })
    const found = await api(`/reports?draft=true&where[title][equals]=${encodeURIComponent('Thái Nguyên: Tiếp tục tăng cường đồng thuận xã hội, củng cố niềm tin, mối quan hệ mật thiết của Đảng, Nhà nước với nhân dân')}`, { token: adminToken })
    expect(found.body.docs).toHaveLength(1)
    expect(found.body.docs[0].gallery).toHaveLength(2)
  })

  it('an editor types a comment the moment the comment box opens, and every letter is kept', async () => {
    const token = (await api('/users/login', { method: 'POST', body: JSON.stringify(editor) })).body.token
    const created = await api('/reports', { method: 'POST', token, body: JSON.stringify({ title: 'Bài để góp ý ngay', unit: unitId }) })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const page = await signIn(editor)
    await visit(page, `${server.url}/admin/collections/reports/${id}`)
    await page.locator('.tabs-field__tab-button', { hasText: 'Quy trình' }).first().click()
    const text = 'Đề nghị kiểm tra lại chức danh của đồng chí Trưởng ban và số liệu năm 2024.'
    // the box is there with the tab: the editor clicks it and types at once, with nothing to wait for
    await page.getByRole('textbox', { name: 'Góp ý mới' }).click()
    await page.keyboard.type(text, { delay: 10 })
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await expect.poll(async () => (await api(`/report-comments?where[report][equals]=${id}`, { token })).body.docs.map((c: { text: string }) => c.text), { timeout: 30_000 }).toEqual([text])
    const entry = page.locator('.comment-thread__item', { hasText: text })
    await expect.poll(() => entry.count(), { timeout: 30_000 }).toBe(1)
    expect(await entry.innerText()).toContain('Trần Văn Biên')
    expect(await entry.innerText()).toContain('Chưa giải quyết')
    expect(await page.getByRole('textbox', { name: 'Góp ý mới' }).inputValue()).toBe('')
    // resolving it is one click, and it is stored
    await entry.getByRole('button', { name: 'Đánh dấu đã giải quyết' }).click()
    await expect.poll(async () => (await api(`/report-comments?where[report][equals]=${id}`, { token })).body.docs[0].resolved, { timeout: 30_000 }).toBe(true)
    await expect.poll(() => entry.innerText()).toContain('Đã giải quyết')
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-comment-typed.png'), fullPage: true })
    await page.close()
  })
  it("the editor's 'Quy trình' tab reads its history and thread in one request when it opens, and the history again after a step", async () => {
    const token = (await api('/users/login', { method: 'POST', body: JSON.stringify(contributor) })).body.token
    const created = await api('/reports', { method: 'POST', token, body: JSON.stringify({ title: 'Bài mở thẻ Quy trình', lead: 'Sapo.', unit: unitId }) })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await api(`/reports/${id}/workflow`, { method: 'POST', token, body: JSON.stringify({ action: 'submit' }) })).status).toBe(200)
    const page = await signIn(editor)
    const panelReads: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/workflow-panel')) panelReads.push(request.url())
    })
    await visit(page, `${server.url}/admin/collections/reports/${id}`)
    await page.locator('#field-title').waitFor()
    // the editor opens on the content: nothing of the workflow tab is read for it
    expect(panelReads).toEqual([])
    await page.locator('.tabs-field__tab-button', { hasText: 'Quy trình' }).first().click()
    const timeline = page.locator('.workflow-timeline')
    await expect.poll(() => timeline.innerText(), { timeout: 30_000 }).toContain('Gửi biên tập: Bản nháp → Chờ biên tập')
    await expect.poll(() => page.locator('.comment-thread').innerText(), { timeout: 30_000 }).toContain('Chưa có góp ý nào.')
    expect(panelReads).toHaveLength(1)
    // a step taken with the tab open shows in its history without leaving the page
    await page.getByRole('button', { name: 'Chuyển duyệt' }).click()
    await expect.poll(() => timeline.innerText(), { timeout: 30_000 }).toContain('Chuyển duyệt: Chờ biên tập → Chờ duyệt')
    await page.close()
  })

  it('an editor pastes a report from Word: nested lists, a numbered list, a table, bold and italic, and nothing of Word', async () => {
    const page = await signIn(editor)
    page.setDefaultTimeout(60_000)
    await visit(page, `${server.url}/admin/collections/reports/create`)
    await page.locator('#field-title').fill('Hải Dương: Tổng kết phong trào thi đua “Dân vận khéo” (dán từ Word)')
    await expect.poll(() => page.locator('#field-unit').innerText(), { timeout: 30_000 }).toContain('Ban Dân vận Thành ủy Hà Nội')
    const body = page.locator('.rich-text-lexical [data-lexical-editor="true"]').first()
    await body.click()
    // what Word 2016 puts on the clipboard (CRLF, as Word writes it), with its plain-text twin
    const html = fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/word/bao-cao-word2016.html'), 'utf8').replace(/\r?\n/g, '\r\n')
    const text = 'Ngày 15/12/2024, Ban Dân vận Tỉnh ủy Hải Dương …\r\n·\tTổ Covid cộng đồng\r\no\tPhường Trần Phú\r\n'
    await body.evaluate((el, clipboard) => {
      const data = new DataTransfer()
      data.setData('text/html', clipboard.html)
      data.setData('text/plain', clipboard.text)
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }, { html, text })
    await expect.poll(() => body.innerText()).toContain('Nguyễn Thị Quyên')
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-pasted-from-word.png'), fullPage: true })

    const shown = await body.innerText()
    expect(shown).not.toContain('·')
    expect(shown).not.toMatch(/^\s*[o§]\s/m)
    expect((await body.innerHTML()).toLowerCase()).not.toContain('mso')
    // bullets three levels deep, numbers two, as Word had them
    expect(await body.locator('ul ul ul li').innerText()).toBe('Thôn Phú Lương: “Dòng họ học tập”')
    expect(await body.locator('ul ul li').allInnerTexts()).toEqual(expect.arrayContaining(['Phường Trần Phú', 'Thôn Phú Lương: “Dòng họ học tập”']))
    expect(await body.locator('ol ol li').allInnerTexts()).toEqual(['Tổ chức 24 hội nghị, thu hút 3.500 lượt người tham dự;', 'Phát hành Bản tin Dân vận hằng quý.'])
    expect(await body.locator('ol li', { hasText: 'Xây dựng mô hình' }).count()).toBeGreaterThan(0)
    // the 3×3 table, cell by cell
    const cells = await body.locator('table tr').evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td,th')).map((cell) => (cell.textContent ?? '').trim())))
    expect(cells).toEqual([
      ['Lĩnh vực', 'Số mô hình', 'Ghi chú'],
      ['Kinh tế', '54', 'Tăng 12 mô hình'],
      ['Văn hóa - xã hội', '72', 'Trong đó 5 mô hình cấp tỉnh(xem phụ lục)'],
    ])
    expect(await body.locator('strong, b', { hasText: '126 mô hình' }).count()).toBe(1)
    expect(await body.locator('em, i', { hasText: '“Dân vận khéo”' }).count()).toBe(1)
    expect(await body.locator('h2', { hasText: 'Kết quả nổi bật' }).count()).toBe(1)
    expect(await body.locator('a[href="https://danvan.haiduong.gov.vn/bao-cao-tong-ket-2024"]').count()).toBe(1)
    // no empty paragraph left from Word's <o:p>&nbsp;</o:p> or its page break
    expect(await body.locator('p').evaluateAll((ps) => ps.filter((p) => !(p.textContent ?? '').trim()).length)).toBe(0)
    // the table's cell menu speaks the admin's language too
    await body.locator('td', { hasText: 'Kinh tế' }).click()
    await page.locator('.table-cell-action-button').click()
    const cellMenu = page.locator('.table-action-menu-dropdown')
    await expect.poll(() => cellMenu.innerText()).toContain('Xóa bảng')
    expect(await cellMenu.innerText()).toContain('Chèn hàng phía trên')
    expect(await cellMenu.innerText()).not.toMatch(/Insert|Delete|Toggle/)
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-table-cell-menu.png') })
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.waitForURL(/\/admin\/collections\/reports\/\d+/, { waitUntil: 'load' })
    const id = page.url().match(/reports\/(\d+)/)![1]
    const token = (await api('/users/login', { method: 'POST', body: JSON.stringify(editor) })).body.token
    type LexicalNode = { type?: string; listType?: string; text?: string; children?: LexicalNode[] }
    const saved = (await api(`/reports/${id}?draft=true&depth=0`, { token })).body.body as { root: LexicalNode }
    const nodes: LexicalNode[] = []
    const walk = (node: LexicalNode) => {
      nodes.push(node)
      node.children?.forEach(walk)
    }
    walk(saved.root)
    const lists = nodes.filter((n) => n.type === 'list')
    expect(lists.filter((n) => n.listType === 'bullet')).toHaveLength(3)
    expect(lists.filter((n) => n.listType === 'number')).toHaveLength(2)
    expect(nodes.filter((n) => n.type === 'table')).toHaveLength(1)
    expect(nodes.filter((n) => n.type === 'tablecell')).toHaveLength(9)
    expect(JSON.stringify(saved)).not.toMatch(/·|mso/i)

    // the public page (the staff preview of the draft) on a phone: lists, and a table that scrolls within itself
    await page.setViewportSize({ width: 360, height: 780 })
    await visit(page, `${server.url}/xem-truoc?id=${id}`)
    const article = page.locator('.article__body')
    await expect.poll(() => article.locator('table td').count(), { timeout: 60_000 }).toBe(9)
    expect(await article.locator('ul ul ul li').innerText()).toBe('Thôn Phú Lương: “Dòng họ học tập”')
    expect(await article.locator('ol ol li').count()).toBe(2)
    const scroller = article.locator('.table-scroll')
    expect(await scroller.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto')
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await scroller.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(ARTIFACTS, 'site-report-pasted-from-word-phone.png'), fullPage: true })
    await page.close()
  })

  it('an editor imports a .docx from the admin ("Nhập từ Word") and sees the draft with its photos and captions in the editor', async () => {
    const page = await signIn(editor)
    // on "Việc của tôi" and on the reports list
    await page.locator('.my-work .import-word').getByRole('button', { name: 'Nhập từ Word' }).waitFor()
    await visit(page, `${server.url}/admin/collections/reports`)
    const panel = page.locator('.import-word')
    await panel.getByRole('button', { name: 'Nhập từ Word' }).waitFor()
    const hanoi = SEED_PAGES.find((p) => p.unit === 'Ban Dân vận Thành ủy Hà Nội')!
    await panel.locator('input[type="file"]').setInputFiles({ name: 'hoi-nghi-dan-van-2022.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await seedDocx(hanoi) })
    // the one draft opens in the editor
    await page.waitForURL(/\/admin\/collections\/reports\/\d+/, { timeout: 120_000 })
    await expect.poll(() => page.locator('#field-title').inputValue(), { timeout: 60_000 }).toBe(hanoi.title)
    expect(await page.locator('#field-lead').inputValue()).toMatch(/^Sáng 13\/1, Ban Dân vận Trung ương tổ chức Hội nghị trực tuyến toàn quốc/)
    // both photos stand in the body, loaded from the pipeline's sizes
    const photos = page.locator('.rich-text-lexical .LexicalEditorTheme__upload')
    await expect.poll(() => photos.count(), { timeout: 60_000 }).toBe(2)
    // each card draws its photo once it has read the media document
    await expect.poll(() => photos.locator('img').evaluateAll((imgs) => imgs.filter((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0).length), { timeout: 60_000 }).toBe(2)
    await expect.poll(() => page.locator('#field-importNotes').inputValue()).toMatch(/2 ảnh, 2 có chú thích/)
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-word-import-editor.png'), fullPage: true })
    // the first photo's card opens the photo, with the caption that stood under it in Word
    const lines = fs.readFileSync(path.resolve('seed/documents', hanoi.file), 'utf8').split('\n')
    const firstCaption = seedLine(lines, hanoi.captions[0])
    await photos.first().hover()
    await photos.first().locator('.LexicalEditorTheme__upload__doc-drawer-toggler').click()
    const drawerCaption = page.locator('.drawer textarea[name="caption"]').last()
    await expect.poll(() => drawerCaption.inputValue(), { timeout: 60_000 }).toBe(firstCaption)
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-word-import-photo-caption.png') })
    await page.keyboard.press('Escape')
    // each photo carries the caption that stood under it in Word
    const id = page.url().match(/reports\/(\d+)/)![1]
    const report = (await api(`/reports/${id}?draft=true&depth=1`, { token: adminToken })).body
    const captions = report.body.root.children.filter((n: { type: string }) => n.type === 'upload').map((n: { value: { caption: string } }) => n.value.caption)
    expect(captions).toEqual(hanoi.captions.map((ref) => seedLine(lines, ref)))
    expect(report.featuredImage.caption).toBe(captions[0])
    // a refused file says what to do, in Vietnamese
    await visit(page, `${server.url}/admin/collections/reports`)
    await page.locator('.import-word input[type="file"]').setInputFiles([
      { name: 'ban-cu.doc', mimeType: 'application/msword', buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('WordDocument', 'utf16le')]) },
    ])
    const refusal = page.locator('.import-word [role="alert"]')
    await expect.poll(() => refusal.innerText(), { timeout: 60_000 }).toContain('Hãy mở tệp trong Word rồi lưu tệp dưới dạng .docx')
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-word-import-refused.png') })
    await page.context().close()
  })

  it('an approver turns on two-factor sign-in, signs out, and signs in with the password and a code', async () => {
    const page = await signIn(approver)
    await visit(page, `${server.url}/admin/account`)
    const panel = page.locator('.account-security')
    await expect.poll(() => panel.innerText()).toContain('Xác thực hai bước: đang tắt.')
    await panel.getByRole('link', { name: 'Bật xác thực hai bước' }).click()
    await page.waitForURL('**/admin/xac-thuc-hai-buoc')
    await page.locator('.two-factor-setup__qr svg').waitFor()
    const secret = (await page.locator('.two-factor-setup__secret').innerText()).trim()
    await page.screenshot({ path: path.join(ARTIFACTS, 'two-factor-setup.png'), fullPage: true })
    // a wrong code first: refused, and said so
    await page.fill('#field-totp-code', '000000')
    await page.getByRole('button', { name: 'Xác nhận và bật' }).click()
    await expect.poll(() => page.locator('.two-factor-setup__error').innerText()).toContain('Mã xác thực hai bước không đúng')
    await page.fill('#field-totp-code', await generate({ secret }))
    await page.getByRole('button', { name: 'Xác nhận và bật' }).click()
    await expect.poll(() => page.locator('.recovery-codes li').count()).toBe(10)
    await page.screenshot({ path: path.join(ARTIFACTS, 'two-factor-recovery-codes.png'), fullPage: true })
    await page.getByRole('link', { name: 'Tôi đã lưu các mã khôi phục' }).click()
    await page.waitForURL('**/admin/account')
    await expect.poll(() => page.locator('.account-security').innerText()).toContain('Xác thực hai bước: đang bật (10 mã khôi phục chưa dùng).')

    await visit(page, `${server.url}/admin/logout`)
    await page.waitForSelector('input[name="email"]')
    await page.fill('input[name="email"]', approver.email)
    await page.fill('input[name="password"]', approver.password)
    await page.click('button[type="submit"]')
    // the password was right: the form asks for the code
    await page.waitForSelector('input[name="totp"]')
    expect(await page.locator('.login__form').innerText()).toContain('Mã xác thực hai bước (hoặc mã khôi phục)')
    await page.screenshot({ path: path.join(ARTIFACTS, 'login-two-factor.png'), fullPage: true })
    await page.fill('input[name="totp"]', '111111')
    await page.click('button[type="submit"]')
    await expect.poll(() => page.locator('.login__error').innerText()).toBe('Mã xác thực hai bước không đúng hoặc đã dùng.')
    // the enrolment used this 30-second step's code; the next step's is within the window too
    await page.fill('input[name="totp"]', await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }))
    await page.click('button[type="submit"]')
    await page.waitForSelector('.my-work')
    await page.context().close()

    // the administrator sees it on the approver's page, with the unlock button
    const adminPage = await signIn({ email: server.adminEmail, password: server.adminPassword })
    const approverId = (await api(`/users?where[email][equals]=${encodeURIComponent(approver.email)}`, { token: adminToken })).body.docs[0].id
    await visit(adminPage, `${server.url}/admin/collections/users/${approverId}`)
    const adminPanel = adminPage.locator('.account-security')
    await expect.poll(() => adminPanel.innerText()).toContain('Xác thực hai bước: đang bật')
    expect(await adminPanel.innerText()).toContain('Không có lần đăng nhập sai nào trong 15 phút qua.')
    await adminPanel.getByRole('button', { name: 'Mở khóa tài khoản' }).waitFor()
    await adminPanel.getByRole('button', { name: 'Tắt xác thực hai bước' }).waitFor()
    await adminPage.screenshot({ path: path.join(ARTIFACTS, 'user-account-security.png'), fullPage: true })
    await adminPage.context().close()
  })

  it("an editor's users list shows colleagues and the administrators by name, not the e-mail of an administrator outside their units", async () => {
    const outsider = { email: `quantri.phu@example.vn`, password: 'Quan-tri-phu-2026', name: 'Phạm Quản Trị', roles: ['admin'], units: [] }
    expect((await api('/users', { method: 'POST', token: adminToken, body: JSON.stringify(outsider) })).status).toBe(201)
    const page = await signIn(editor)
    await visit(page, `${server.url}/admin/collections/users`)
    const table = page.locator('.table')
    await expect.poll(() => table.innerText()).toContain('Phạm Quản Trị')
    const text = await table.innerText()
    expect(text).toContain('Nguyễn Thị Quyên')
    expect(text).not.toContain(outsider.email)
    await page.screenshot({ path: path.join(ARTIFACTS, 'users-list-editor.png'), fullPage: true })
    await page.context().close()
  })

  it('an editor reads "Thống kê": charts beside tables at 1280 and 390 px, a CSV with BOM, and the figures on "Việc của tôi"', async () => {
    const page = await signIn(editor)
    // "Việc của tôi" shows this period's figures and leads to the statistics
    await page.locator('section[aria-labelledby="work-figures"]').waitFor()
    await page.getByRole('link', { name: 'Thống kê', exact: true }).waitFor()
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 })
      await visit(page, `${server.url}/admin/thong-ke?period=all`)
      await page.locator('main.statistics h1', { hasText: 'Thống kê' }).waitFor()
      // the seed's Hà Nội report: one published report of the board, in a chart and its table
      const byMonth = page.locator('div.statistics__block[aria-labelledby="bang-tin-bai-thang"]')
      await byMonth.locator('.recharts-bar-rectangle').first().waitFor()
      expect(await byMonth.locator('table tbody tr').count()).toBeGreaterThan(0)
      expect(await byMonth.locator('.statistics__number').allInnerTexts()).toContain('1')
      expect(await page.locator('.statistics__sentence').innerText()).toMatch(/mô hình "Dân vận khéo"/)
      // every chart has its table; nothing wider than the screen
      const charts = await page.locator('.statistics__chart').count()
      expect(charts).toBeGreaterThan(0)
      expect(await page.locator('.statistics__pair table').count()).toBe(charts)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      await page.screenshot({ path: path.join(ARTIFACTS, `statistics-${width}.png`), fullPage: true })
    }
    // the table's CSV download, with the editor's own session
    const href = await page.locator('div.statistics__block[aria-labelledby="bang-tin-bai-don-vi"] a', { hasText: 'CSV' }).getAttribute('href')
    const csv = await page.request.get(`${server.url}${href}`)
    expect(csv.status()).toBe(200)
    const bytes = await csv.body()
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain('Ban Dân vận Thành ủy Hà Nội')
    await page.context().close()
  })
})
