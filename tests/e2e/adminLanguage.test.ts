import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { endOfDayVN, formatDateTimeVN, formatDateVN, startOfDayVN } from '../../src/lib/format/dates'
import { oursAmong, PAYLOADS_AXE, runAxe, type AxeViolation } from './adminAxe'
import { launchChromium } from './browser'
import { samplePhoto } from '../fixtures/photo'
import { startServer, type TestServer } from './server'

const ARTIFACTS = path.join(process.cwd(), 'tests/artifacts')

/**
 * English a Vietnamese admin must not show (visible text, aria-label, title, placeholder),
 * with the Vietnamese leftovers that mean nothing to an editor.
 */
const FOREIGN = [
  'Time',
  'Responsive',
  'Drag to move',
  'Add block',
  'Insert Paragraph',
  'Toggle block',
  'Bật/tắt block',
  'Save',
  'Create New',
  'Filters',
  'Columns',
  'Search',
  'Loading',
  'Last Modified',
  'Created At',
  'Updated At',
  'Untitled',
  'API',
  'Notifications',
  'Choose',
  'Previous Month',
  'Next Month',
  'Close',
  'Clear',
  'Not available',
]
/**
 * Payload's own English that no configuration reaches (README, "Còn lại của Payload"): the
 * toast region's name, fixed in Payload's ToastContainer.
 */
const PAYLOADS_OWN = ['aria-label="Notifications alt+T"']
/** Every collection an administrator sees in the admin (report-comments is hidden: its list lives in the report's "Quy trình" tab). */
const COLLECTIONS = [
  'reports',
  'report-transitions',
  'media',
  'officials',
  'organisations',
  'campaigns',
  'models',
  'legal-documents',
  'categories',
  'units',
  'users',
  'import-runs',
  'report-views',
]
/** Nobody creates these in the admin: the workflow, an import or the view counter writes them. */
const WRITTEN_BY_THE_SYSTEM = ['report-transitions', 'import-runs', 'report-views']
/** Our own views must have no axe violation at all; Payload's no critical or serious one of ours. */
const OWN_VIEWS = ['dashboard', 'calendar', 'calendar-phone', 'import', 'statistics', 'statistics-phone', 'backup', 'two-factor']
const axeOurs = (view: string, violations: AxeViolation[]) => oursAmong(violations, PAYLOADS_AXE, { allImpacts: OWN_VIEWS.includes(view) })

/** US or English date shapes: "11/30/2026, 05:10 PM", "Jun 21, 2024", "5:10 PM". */
const FOREIGN_DATES = [/\b\d{1,2}\/\d{1,2}\/\d{4},/, /\b\d{1,2}:\d{2} ?(AM|PM)\b/, /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}, \d{4}/]

/** The same moment as a browser in UTC prints it, which the admin must never show. */
const utc = (iso: string) => new Date(iso).toISOString().replace(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}).*/, '$3/$2/$1 $4:$5')

/** The seed's administrator (no ADMIN_NAME in the test server) and the editor the test adds. */
const ADMIN_NAME = 'Quản trị hệ thống'
const EDITOR_NAME = 'Nguyễn Thị Hạnh'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const wordPattern = (word: string) => new RegExp(`(^|[^\\p{L}])${escape(word)}($|[^\\p{L}])`, 'u')

describe('the admin in Vietnamese words and Vietnam time, in an English browser in UTC', () => {
  let server: TestServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let token = ''
  const problems: string[] = []
  const seen: Record<string, string> = {}
  /** axe-core's findings on every view walked, by view. */
  const axeFound: Record<string, AxeViolation[]> = {}

  async function api(p: string, init: RequestInit = {}, as = token) {
    const headers = new Headers(init.headers)
    if (as) headers.set('Authorization', `JWT ${as}`)
    if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
    const res = await fetch(`${server.url}/api${p}`, { ...init, headers })
    return { status: res.status, body: await res.json() }
  }

  /** Everything a reader or a screen reader meets on the page. */
  async function pageTexts(): Promise<string[]> {
    return page.evaluate(() => {
      const texts = [document.title, document.body.innerText]
      for (const el of Array.from(document.querySelectorAll('[aria-label],[title],[placeholder],[alt]'))) {
        if (el.getClientRects().length === 0) continue // not rendered (display: none): no one meets it
        for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = el.getAttribute(attr)
          if (value) texts.push(`${attr}="${value}"`)
        }
      }
      for (const input of Array.from(document.querySelectorAll('input:not([type=hidden])')) as HTMLInputElement[]) if (input.value) texts.push(`value="${input.value}"`)
      return texts
    })
  }

  /** Notes every foreign word, "[object Object]" and US date on the page as it stands. */
  async function check(name: string) {
    const texts = await pageTexts()
    seen[name] = texts.join('\n')
    const lines = texts.flatMap((t) => t.split('\n'))
    for (const line of lines) {
      if (PAYLOADS_OWN.includes(line)) continue
      if (line.includes('[object Object]')) problems.push(`${name}: [object Object] in ${JSON.stringify(line.slice(0, 160))}`)
      for (const word of FOREIGN) if (wordPattern(word).test(line)) problems.push(`${name}: "${word}" in ${JSON.stringify(line.slice(0, 160))}`)
      for (const shape of FOREIGN_DATES) if (shape.test(line)) problems.push(`${name}: date ${JSON.stringify(line.slice(0, 160))}`)
    }
  }

  async function settle() {
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {})
    await page.waitForTimeout(500)
  }

  /** axe-core on the page as it stands, kept by view (and written out, for reading). */
  async function axeCheck(name: string) {
    axeFound[name] = await runAxe(page)
    // a control still loading can change state while axe looks at it: a finding of ours is looked at again
    if (axeOurs(name, axeFound[name]).length) {
      await settle()
      axeFound[name] = await runAxe(page)
    }
    fs.writeFileSync(path.join(ARTIFACTS, 'axe-admin.json'), JSON.stringify(axeFound, null, 1))
  }

  async function visit(name: string, url: string, ready = '.template-default, .template-minimal, main') {
    for (let attempt = 1; ; attempt++) {
      try {
        await page.goto(`${server.url}${url}`, { waitUntil: 'load' })
        break
      } catch (error) {
        if (attempt >= 3 || !/ERR_ABORTED|frame was detached/.test(String(error))) throw error
      }
    }
    await page.waitForSelector(ready)
    await settle()
    await check(name)
    await axeCheck(name)
    await page.screenshot({ path: path.join(ARTIFACTS, `lang-${name}.png`), fullPage: true })
  }

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    server = await startServer()
    browser = await launchChromium()
    token = (await api('/users/login', { method: 'POST', body: JSON.stringify({ email: server.adminEmail, password: server.adminPassword }) })).body.token
    // an English browser in UTC: Payload must still speak Vietnamese and show Vietnam time
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US', timezoneId: 'UTC' })
    page = await context.newPage()
    page.setDefaultTimeout(180_000)
    page.setDefaultNavigationTimeout(180_000)
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', server.adminEmail)
    await page.fill('input[name="password"]', server.adminPassword)
    await page.click('button[type="submit"]')
    await page.waitForSelector('.my-work')
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await server?.stop()
  })

  /** What this test found; each test starts afresh. */
  function found(): string[] {
    return problems.splice(0)
  }

  type Doc = Record<string, any>
  let report: Doc
  let versions: Doc[]
  let haiDuong: Doc
  let merged: Doc
  let official: Doc

  it('has the seed data the checks need', async () => {
    // the seed report of Thứ Sáu, 21/6/2024, stored as the start of that Vietnam day
    const reports = (
      await api(`/reports?depth=0&where[publishedAt][greater_than_equal]=${startOfDayVN('2024-06-21')}&where[publishedAt][less_than_equal]=${endOfDayVN('2024-06-21')}`)
    ).body.docs
    expect(reports).toHaveLength(1)
    report = reports[0]
    expect(report.publishedAt).toBe('2024-06-20T17:00:00.000Z')
    // a second version: an edit saved as a draft
    const edited = await api(`/reports/${report.id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ lead: `${report.lead ?? ''} (đã biên tập)` }) })
    expect(edited.status).toBe(200)
    // a third, saved by an editor of the report's unit: the versions say who saved each
    const editor = { email: 'bientap@example.vn', password: 'Bien-tap-thu-nghiem-2026' }
    expect((await api('/users', { method: 'POST', body: JSON.stringify({ ...editor, name: EDITOR_NAME, roles: ['editor'], units: [report.unit] }) })).status).toBe(201)
    const editorToken = (await api('/users/login', { method: 'POST', body: JSON.stringify(editor) }, '')).body.token
    const reEdited = await api(`/reports/${report.id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ byline: 'Nhóm PV, CTV t/h' }) }, editorToken)
    expect(reEdited.status).toBe(200)
    versions = (await api(`/reports/versions?depth=0&sort=-updatedAt&where[parent][equals]=${report.id}`)).body.docs
    expect(versions.length).toBeGreaterThanOrEqual(2)
    // a comment on it, for the comments list
    expect((await api('/report-comments', { method: 'POST', body: JSON.stringify({ report: report.id, text: 'Kiểm tra lại tên cán bộ trong ảnh.' }) })).status).toBe(201)
    const unitNamed = async (name: string) => (await api(`/units?depth=0&where[name][equals]=${encodeURIComponent(name)}`)).body.docs[0]
    haiDuong = await unitNamed('Ban Dân vận Tỉnh ủy Hải Dương')
    merged = await unitNamed('Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Dương')
    official = (await api('/officials?depth=0&limit=100')).body.docs.find((o: Doc) => o.positions?.some((p: Doc) => p.start))
    expect([haiDuong?.id, merged?.id, official?.id].every(Boolean)).toBe(true)
  })

  it('the dashboard, the editorial calendar, the importer, the figures, the backup and two-factor sign-in', async () => {
    await visit('dashboard', '/admin', '.my-work')
    await visit('calendar', '/admin/lich-bien-tap?view=month&date=2024-06-21')
    await visit('import', '/admin/nhap-trang-cu', 'h1')
    await visit('statistics', '/admin/thong-ke?period=all', 'h1')
    await visit('backup', '/admin/sao-luu', 'h1')
    await visit('two-factor', '/admin/xac-thuc-hai-buoc', 'h1')
    await page.setViewportSize({ width: 390, height: 844 })
    try {
      await visit('statistics-phone', '/admin/thong-ke?period=all', 'h1')
    } finally {
      await page.setViewportSize({ width: 1366, height: 900 })
    }
    expect(found()).toEqual([])
  }, 600_000)

  it("every collection's list and create view", async () => {
    for (const slug of COLLECTIONS) {
      await visit(`list-${slug}`, `/admin/collections/${slug}`)
      if (!WRITTEN_BY_THE_SYSTEM.includes(slug)) await visit(`create-${slug}`, `/admin/collections/${slug}/create`)
    }
    expect(found()).toEqual([])
  }, 900_000)

  it('lists show Vietnam days and times and words for yes and no', async () => {
    // the report: its date is the Vietnam day, its update time Vietnam time
    await visit('list-reports', '/admin/collections/reports')
    const row = page.locator('table tbody tr', { hasText: report.title.slice(0, 40) })
    const rowText = await row.innerText()
    expect(rowText).toContain('21/06/2024')
    expect(rowText).not.toContain('20/06/2024')
    const updatedAt = (await api(`/reports/${report.id}?depth=0&draft=true`)).body.updatedAt
    expect(rowText).toContain(formatDateTimeVN(updatedAt))
    expect(rowText).not.toContain(utc(updatedAt))
    // a report the importer or the seed made has no creator: an empty cell, not "<Không có Người tạo>"
    expect(await page.locator('table tbody').innerText()).not.toContain('<Không có')

    // units: day-only dates are Vietnam days
    await visit('list-units', '/admin/collections/units')
    const mergedRow = await page.locator('table tbody tr', { hasText: merged.name }).first().innerText()
    expect(mergedRow).toContain('01/03/2025')
    expect(mergedRow).toContain('30/06/2025')
    expect(found()).toEqual([])
  }, 600_000)

  it("edit views show Vietnam days in their date fields, and the date picker's words", async () => {
    await visit('unit-hai-duong', `/admin/collections/units/${haiDuong.id}`)
    expect(await page.locator('#field-validTo input').inputValue()).toBe('28/02/2025')
    await visit('unit-merged', `/admin/collections/units/${merged.id}`)
    expect(await page.locator('#field-validFrom input').inputValue()).toBe('01/03/2025')
    expect(await page.locator('#field-validTo input').inputValue()).toBe('30/06/2025')

    // an official's positions: each start is its Vietnam day
    await visit('official', `/admin/collections/officials/${official.id}`)
    const index = official.positions.findIndex((p: Doc) => p.start)
    await page.locator(`#field-positions__${index}__start input`).scrollIntoViewIfNeeded()
    expect(await page.locator(`#field-positions__${index}__start input`).inputValue()).toBe(formatDateVN(official.positions[index].start))
    // the reports that mention the official name their unit once in view (Payload's cell looks it up then)
    const joined = page.locator('.field-type.join tbody tr').first()
    await joined.scrollIntoViewIfNeeded()
    await expect.poll(() => joined.innerText(), { timeout: 15_000 }).toMatch(/Ban Dân vận/)

    // a date field without a pattern of its own (an import run's start) still reads day first, the Vietnam day
    const form = new FormData()
    form.append('files', new Blob([fs.readFileSync(path.join(process.cwd(), 'seed/documents/002_15b292b6b0cd362d.txt'))], { type: 'text/plain' }), 'thu.txt')
    form.append('dryRun', 'true')
    const started = await fetch(`${server.url}/api/import-runs/start`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
    expect(started.status).toBe(202)
    const run = (await started.json()).doc
    await expect.poll(async () => (await api(`/import-runs/${run.id}?depth=0`)).body.startedAt, { timeout: 60_000 }).toBeTruthy()
    await expect.poll(async () => (await api(`/import-runs/${run.id}?depth=0`)).body.state, { timeout: 60_000 }).toBe('done')
    const startedAt = (await api(`/import-runs/${run.id}?depth=0`)).body.startedAt
    await visit('import-run', `/admin/collections/import-runs/${run.id}`)
    // (a day picker: Payload's own default pattern would be "MM/dd/yyyy")
    expect(await page.locator('#field-startedAt input').inputValue()).toBe(formatDateVN(startedAt))
    // its per-page results as the importer's table (Payload's JSON editor, loaded from a CDN, stayed an empty box)
    const results = page.locator('.import-run-results')
    expect(await results.locator('th').allInnerTexts()).toEqual(['Trang', 'Kết quả', 'Tiêu đề / lý do'])
    expect(await results.locator('tbody tr td').first().innerText()).toBe('thu.txt')
    expect(['sẽ tạo', 'sẽ cập nhật', 'không đổi']).toContain(await results.locator('tbody tr td').nth(1).innerText())

    // the report's edit view, each of its tabs, and the date picker open
    await visit('report', `/admin/collections/reports/${report.id}`)
    expect(await page.locator('#field-publishedAt input').inputValue()).toContain('21/06/2024')
    for (const tab of ['Ảnh', 'Liên kết', 'Quy trình', 'Nội dung']) {
      await page.locator('.tabs-field__tab-button', { hasText: tab }).first().click()
      await settle()
      await check(`report-tab-${tab}`)
      await axeCheck(`report-tab-${tab}`)
      await page.screenshot({ path: path.join(ARTIFACTS, `lang-report-tab-${tab}.png`), fullPage: true })
    }
    // the header's times are Vietnam time; the comments' "resolved" reads as a word an editor understands
    const saved = (await api(`/reports/${report.id}?depth=0&draft=true`)).body
    expect(seen.report).toContain(formatDateTimeVN(saved.updatedAt))
    expect(seen.report).not.toContain(utc(saved.updatedAt))
    await page.locator('.tabs-field__tab-button', { hasText: 'Quy trình' }).first().click()
    const commentRow = page.locator('.comment-thread__item', { hasText: 'Kiểm tra lại tên cán bộ' })
    await expect.poll(() => commentRow.count(), { timeout: 60_000 }).toBe(1)
    expect(await commentRow.innerText()).toContain('Chưa giải quyết')
    expect(await commentRow.innerText()).not.toMatch(/(^|\s)sai(\s|$)/)
    await check('report-comments')
    await page.screenshot({ path: path.join(ARTIFACTS, 'lang-report-comments.png'), fullPage: true })
    await page.locator('.tabs-field__tab-button', { hasText: 'Nội dung' }).first().click()
    await page.locator('#field-publishedAt input').click()
    await page.waitForSelector('.react-datepicker')
    await check('report-date-picker')
    await page.screenshot({ path: path.join(ARTIFACTS, 'lang-report-date-picker.png'), fullPage: true })
    await page.keyboard.press('Escape')
    expect(found()).toEqual([])
  }, 600_000)

  it('the versions list and a comparison of two versions show Vietnam time and who saved each', async () => {
    await visit('versions', `/admin/collections/reports/${report.id}/versions`)
    expect(seen.versions).toContain(formatDateTimeVN(versions[0].updatedAt))
    expect(seen.versions).not.toContain(utc(versions[0].updatedAt))
    // "Người lưu": the editor saved the newest version, the administrator the one before
    expect(await page.locator('table thead').innerText()).toContain('Người lưu')
    const rows = page.locator('table tbody tr')
    expect(await rows.nth(0).innerText()).toContain(EDITOR_NAME)
    expect(await rows.nth(1).innerText()).toContain(ADMIN_NAME)
    await visit('version-compare', `/admin/collections/reports/${report.id}/versions/${versions[0].id}`)
    expect(seen['version-compare']).toContain(formatDateTimeVN(versions[0].updatedAt))
    expect(seen['version-compare']).toContain(formatDateTimeVN(versions[1].updatedAt))
    const savers = page.locator('.field-diff-container', { hasText: 'Người lưu' })
    expect(await savers.count()).toBe(1)
    expect(await savers.innerText()).toContain(ADMIN_NAME)
    expect(await savers.innerText()).toContain(EDITOR_NAME)
    // Payload's version pills print the browser's zone and offer no slot (README, "Còn lại của
    // Payload"): everything else on the page is Vietnam time
    let rest = seen['version-compare']
    for (const pill of await page.locator('.version-pill-label').allInnerTexts()) rest = rest.split(pill).join('')
    expect(rest).not.toContain(utc(versions[0].updatedAt))
    expect(rest).not.toContain(utc(versions[1].updatedAt))
    expect(found()).toEqual([])
  }, 600_000)

  it('the English admin keeps day-first dates in Vietnam time', async () => {
    await context.addCookies([{ name: 'payload-lng', value: 'en', url: server.url }])
    try {
      await visit('en-list-units', '/admin/collections/units')
      const mergedRow = await page.locator('table tbody tr', { hasText: merged.name }).first().innerText()
      expect(mergedRow).toContain('01/03/2025')
      expect(seen['en-list-units']).toContain('Valid from')
      await visit('en-unit-merged', `/admin/collections/units/${merged.id}`)
      expect(await page.locator('#field-validFrom input').inputValue()).toBe('01/03/2025')
      // labels follow the language even where the server draws the field (after a Vietnamese visit)
      expect(seen['en-unit-merged']).toContain('Valid from')
      expect(seen['en-unit-merged']).toContain('Slug')
      await visit('en-report', `/admin/collections/reports/${report.id}`)
      expect(await page.locator('#field-publishedAt input').inputValue()).toBe('21/06/2024 00:00')
      expect(seen['en-report']).toContain('Published at')
      // the rich-text field, drawn on the server (and after the rest)
      await expect.poll(() => page.locator('.field-type.rich-text-lexical').first().innerText(), { timeout: 60_000 }).toContain('Body')
      expect(problems.filter((p) => p.includes('[object Object]') || p.includes('date '))).toEqual([])
    } finally {
      problems.splice(0)
      await context.clearCookies({ name: 'payload-lng' })
    }
  }, 600_000)

  it('our own views speak English to a user who chose English', async () => {
    /** The Vietnamese of our own components (src/components/admin), none of which an English admin may meet. */
    const VIETNAMESE = [
      'Việc của tôi',
      'Viết tin bài mới',
      'Tất cả tin bài',
      'Số liệu của đơn vị',
      'Xem thống kê đầy đủ',
      'Chờ tôi biên tập',
      'Bản nháp của tôi',
      'Người tạo',
      'Lịch biên tập',
      'Thứ Hai',
      'Chủ Nhật',
      'Tất cả đơn vị của tôi',
      'Đã đăng',
      'Nhập trang cũ',
      'Chọn tệp…',
      'Chưa chọn tệp nào',
      'Nhập thành',
      'Tự nhận ra theo nội dung từng trang',
      'Chạy thử: chỉ báo trước kết quả',
      'Các lượt nhập gần đây',
      'Trạng thái:',
      'Lịch sử quy trình',
      'Đang tải lịch sử…',
      'Kiểm tra trước khi xuất bản',
      'Đủ điều kiện xuất bản',
      'Còn thiếu:',
      'Gỡ bài',
      'Quá trình công tác',
      'đương nhiệm',
      'thấy từ',
      'Thay đổi chức danh',
      'Gộp hồ sơ trùng',
      'Chỉ gộp khi chắc chắn',
      'Mã hồ sơ trùng',
      'Xem trước',
      'Cán bộ, với chức danh tại ngày đăng',
    ]
    const leftovers = (name: string) => VIETNAMESE.filter((words) => seen[name].includes(words)).map((words) => `${name}: "${words}"`)
    const left: string[] = []
    await context.addCookies([{ name: 'payload-lng', value: 'en', url: server.url }])
    try {
      await visit('en-dashboard', '/admin', '.my-work')
      expect(seen['en-dashboard']).toContain('My work')
      expect(seen['en-dashboard']).toContain('Write a new report')
      expect(seen['en-dashboard']).toContain('Editorial calendar')
      left.push(...leftovers('en-dashboard'))

      await visit('en-calendar', '/admin/lich-bien-tap?view=month&date=2024-06-21')
      expect(seen['en-calendar']).toContain('Monday')
      expect(seen['en-calendar']).toContain('All my units')
      left.push(...leftovers('en-calendar'))

      await visit('en-import', '/admin/nhap-trang-cu', 'h1')
      expect(seen['en-import']).toContain('Import old pages')
      expect(seen['en-import']).toContain('Choose files…')
      left.push(...leftovers('en-import'))

      // the report: its state in the header, the workflow's buttons, and the "Workflow" tab
      await visit('en-report-workflow', `/admin/collections/reports/${report.id}`)
      expect(await page.locator('.workflow-status').innerText()).toMatch(/^Status: /)
      expect(await page.locator('.workflow-actions').innerText()).toContain('Unpublish')
      await page.locator('.tabs-field__tab-button', { hasText: 'Workflow' }).first().click()
      await expect.poll(() => page.locator('.workflow-timeline').innerText(), { timeout: 60_000 }).not.toContain('Loading')
      await settle()
      await check('en-report-workflow')
      await page.screenshot({ path: path.join(ARTIFACTS, 'lang-en-report-workflow.png'), fullPage: true })
      expect(seen['en-report-workflow']).toContain('Workflow history')
      expect(seen['en-report-workflow']).toContain('Pre-publish checklist')
      left.push(...leftovers('en-report-workflow'))

      // an official: the career, changing titles and merging a duplicate
      await visit('en-official', `/admin/collections/officials/${official.id}`)
      expect(seen['en-official']).toContain('Career')
      expect(seen['en-official']).toContain('Merge a duplicate')
      expect(seen['en-official']).toContain('Change titles')
      left.push(...leftovers('en-official'))
      expect(left).toEqual([])
    } finally {
      problems.splice(0)
      await context.clearCookies({ name: 'payload-lng' })
    }
  }, 600_000)

  it('every admin view passes axe-core, but for what is Payload’s own', async () => {
    /** A document of each collection to open, made where the seed has none. */
    const first = async (slug: string) => (await api(`/${slug}?limit=1&depth=0&sort=-createdAt`)).body.docs?.[0] as Doc | undefined
    // Hà Nội's board has not ended (the 2025 reorganisation), so a report of today may go in it
    const haNoi = (await api(`/units?depth=0&where[name][equals]=${encodeURIComponent('Ban Dân vận Thành ủy Hà Nội')}`)).body.docs[0]
    if (!(await first('media'))) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(await samplePhoto())], { type: 'image/jpeg' }), 'hoi-nghi.jpg')
      form.append('_payload', JSON.stringify({ alt: 'Quang cảnh hội nghị', caption: 'Quang cảnh hội nghị', unit: haNoi.id }))
      expect((await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })).status).toBe(201)
    }
    if (!(await first('report-transitions'))) {
      const draft = await api('/reports', { method: 'POST', body: JSON.stringify({ title: 'Bài để gửi biên tập', unit: haNoi.id }) })
      expect(draft.status, JSON.stringify(draft.body)).toBe(201)
      expect((await api(`/reports/${draft.body.doc.id}/workflow`, { method: 'POST', body: JSON.stringify({ action: 'submit' }) })).status).toBe(200)
    }
    const views: [string, string][] = [
      ['dashboard', '/admin'],
      ['calendar', '/admin/lich-bien-tap?view=month&date=2024-06-21'],
      ['import', '/admin/nhap-trang-cu'],
      ['account', '/admin/account'],
      ['report', `/admin/collections/reports/${report.id}`],
      ['versions', `/admin/collections/reports/${report.id}/versions`],
      ['version-compare', `/admin/collections/reports/${report.id}/versions/${versions[0].id}`],
    ]
    for (const slug of COLLECTIONS) {
      views.push([`list-${slug}`, `/admin/collections/${slug}`])
      if (!WRITTEN_BY_THE_SYSTEM.includes(slug)) views.push([`create-${slug}`, `/admin/collections/${slug}/create`])
      const doc = await first(slug)
      if (doc) views.push([`edit-${slug}`, `/admin/collections/${slug}/${doc.id}`])
    }
    // the views the other tests walked were checked as they went
    for (const [name, url] of views) if (!axeFound[name]) await visit(name, url)
    // Lịch biên tập on a phone: the list of days
    await page.setViewportSize({ width: 390, height: 844 })
    try {
      await visit('calendar-phone', '/admin/lich-bien-tap?view=month&date=2024-06-21')
    } finally {
      await page.setViewportSize({ width: 1366, height: 900 })
    }
    problems.splice(0)

    const ours: string[] = []
    const table = Object.entries(axeFound).map(([view, violations]) => {
      const mine = axeOurs(view, violations)
      ours.push(...mine.map((m) => `${view}: ${m}`))
      const serious = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')
      return { view, kinds: violations.length, seriousKinds: serious.length, seriousNodes: serious.reduce((n, v) => n + v.nodes.length, 0), ours: mine.length }
    })
    console.table(table)
    expect(ours).toEqual([])
  }, 900_000)
})
