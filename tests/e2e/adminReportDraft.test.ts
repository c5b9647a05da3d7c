import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { startServer, type TestServer } from './server'

const ARTIFACTS = path.join(process.cwd(), 'tests/artifacts')

describe('the Vietnamese admin in Chromium', () => {
  let server: TestServer
  let browser: Browser
  const contributor = { email: 'ctv.haiduong@example.vn', password: 'Cong-tac-vien-2026' }

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    server = await startServer()
    browser = await launchChromium()
    // The administrator makes a contributor of one board through the REST API.
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: server.adminEmail, password: server.adminPassword }),
    }).then((r) => r.json())
    const units = await fetch(`${server.url}/api/units?where[name][equals]=Ban Dân vận Tỉnh ủy Hải Dương`).then((r) => r.json())
    const created = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${login.token}` },
      body: JSON.stringify({ ...contributor, name: 'Nguyễn Thị Quyên', roles: ['contributor'], units: [units.docs[0].id] }),
    })
    expect(created.status).toBe(201)
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
    const title = 'Hải Dương: Công tác dân vận góp phần thực hiện nhiệm vụ chính trị'
    await page.locator('#field-title').fill(title)
    await page.locator('#field-lead').fill('Năm 2023, công tác dân vận trên địa bàn tỉnh tiếp tục được quan tâm.')
    // The contributor's only unit is filled in for them.
    await expect.poll(() => page.locator('#field-unit').innerText(), { timeout: 30_000 }).toContain('Ban Dân vận Tỉnh ủy Hải Dương')
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.waitForURL(/\/admin\/collections\/reports\/\d+/, { timeout: 60_000 })
    await expect.poll(() => page.locator('#field-slug').inputValue(), { timeout: 30_000 }).toBe('hai-duong-cong-tac-dan-van-gop-phan-thuc-hien-nhiem-vu-chinh-tri')
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-report-draft.png'), fullPage: true })

    await page.goto(`${server.url}/admin/collections/reports`)
    const row = page.locator('table tbody tr', { hasText: title })
    await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(1)
    await expect.poll(() => row.innerText()).toContain('Bản nháp')
    // relationship cells fill in after the rows: the unit and the author show once loaded
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toContain('Ban Dân vận Tỉnh ủy Hải Dương')
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toContain('Nguyễn Thị Quyên')
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-report-list.png'), fullPage: true })
  })
})
