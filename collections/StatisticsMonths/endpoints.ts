import type { Endpoint, PayloadRequest } from 'payload'
import { dashboardQuery, readDashboard } from '../../src/data/statistics/dashboard'
import { requestLanguage } from '../../src/i18n/translations'
import { tableToCsv, BOM } from '../../src/lib/statistics/csv'
import { dashboardTables } from '../../src/lib/statistics/tables'
import { tablesToXlsx } from '../../src/lib/statistics/xlsx'

const refuse = (req: PayloadRequest) =>
  Response.json({ errors: [{ message: requestLanguage(req) === 'vi' ? 'Chỉ Biên tập viên, Lãnh đạo Ban và Quản trị hệ thống được xem thống kê.' : 'Only editors, approvers and administrators may read statistics.' }] }, { status: 403 })

/**
 * GET /api/statistics-months/dashboard?period=year&year=2025&unit=ID: every figure of
 * "Thống kê" and its tables as JSON, under the same rules as the admin's page (the user's
 * units and their predecessors; admins every unit).
 */
export const statisticsDashboardEndpoint: Endpoint = {
  path: '/dashboard',
  method: 'get',
  handler: async (req) => {
    const dashboard = await readDashboard(req, dashboardQuery(req.searchParams))
    if (!dashboard) return refuse(req)
    return Response.json({ ...dashboard, tables: dashboardTables(dashboard, requestLanguage(req)) }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

const asciiName = (text: string) => text.replace(/[^a-z0-9-]+/gi, '-').replace(/^-|-$/g, '')

/**
 * GET /api/statistics-months/export?format=csv|xlsx&table=ID|all&(the dashboard's filters):
 * one table, or all of them (XLSX: a sheet each; CSV: one after another under their titles),
 * read under the same rules as the dashboard.
 */
export const statisticsExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const lang = requestLanguage(req)
    const dashboard = await readDashboard(req, dashboardQuery(req.searchParams))
    if (!dashboard) return refuse(req)
    const all = dashboardTables(dashboard, lang)
    const wanted = req.searchParams.get('table') || 'all'
    const tables = wanted === 'all' ? all : all.filter((t) => t.id === wanted)
    if (!tables.length) return Response.json({ errors: [{ message: lang === 'vi' ? `Không có bảng "${wanted}".` : `No table "${wanted}".` }] }, { status: 404 })
    const heading = `${lang === 'vi' ? 'Thống kê' : 'Statistics'}: ${dashboard.period.label[lang]}`
    const name = `thong-ke-${asciiName(wanted)}-${asciiName(Object.values(dashboard.period.query).join('-'))}`
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }
    if (req.searchParams.get('format') === 'xlsx') {
      const body = await tablesToXlsx(tables, heading, lang)
      return new Response(new Uint8Array(body), {
        headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': `attachment; filename="${name}.xlsx"` },
      })
    }
    const csv =
      tables.length === 1
        ? tableToCsv(tables[0], lang)
        : BOM + tables.map((t) => `"${t.title[lang].replace(/"/g, '""')}"\r\n${tableToCsv(t, lang).slice(BOM.length)}`).join('\r\n')
    return new Response(csv, { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` } })
  },
}
