import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { tableToCsv } from './csv'
import { formatCell, type StatTable } from './tables'
import { tablesToXlsx } from './xlsx'

const table: StatTable = {
  id: 'tin-bai-don-vi',
  section: 'reports',
  title: { vi: 'Tin bài theo đơn vị', en: 'Reports by unit' },
  columns: [
    { label: { vi: 'Đơn vị', en: 'Unit' }, kind: 'text' },
    { label: { vi: 'Tháng', en: 'Month' }, kind: 'month' },
    { label: { vi: 'Tin bài', en: 'Reports' }, kind: 'count' },
  ],
  rows: [
    ['Ban Dân vận Tỉnh ủy Hải Dương', '2025-06', 1250],
    ['Ban "Tuyên giáo", Dân vận', '2025-07', 3],
  ],
}

describe('CSV', () => {
  it('starts with the BOM, quotes what needs it and keeps numbers plain', () => {
    const csv = tableToCsv(table)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1).split('\r\n')).toEqual(['Đơn vị,Tháng,Tin bài', 'Ban Dân vận Tỉnh ủy Hải Dương,06/2025,1250', '"Ban ""Tuyên giáo"", Dân vận",07/2025,3', ''])
  })
  it('reads back as UTF-8 with Vietnamese intact', () => {
    const bytes = Buffer.from(tableToCsv(table), 'utf8')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder('utf-8').decode(bytes)).toContain('Tỉnh ủy Hải Dương')
  })
})

describe('XLSX', () => {
  it('reads back with exceljs: one sheet per table, numbers as numbers', async () => {
    const book = new ExcelJS.Workbook()
    // (exceljs types its input as its own Buffer, an ArrayBuffer: Node's Buffer no longer fits it)
    await book.xlsx.load(new Uint8Array(await tablesToXlsx([table], 'Năm 2025')).buffer)
    const sheet = book.getWorksheet('tin-bai-don-vi')!
    expect(sheet.getCell('A1').value).toBe('Tin bài theo đơn vị')
    expect(sheet.getCell('A2').value).toBe('Năm 2025')
    expect(sheet.getRow(4).values).toEqual([undefined, 'Đơn vị', 'Tháng', 'Tin bài'])
    expect(sheet.getRow(5).values).toEqual([undefined, 'Ban Dân vận Tỉnh ủy Hải Dương', '06/2025', 1250])
    expect(sheet.getCell('C5').numFmt).toBe('#,##0')
  })
})

describe('formatCell', () => {
  it('prints Vietnamese numbers, months and days', () => {
    expect(formatCell(1250, 'count')).toBe('1.250')
    expect(formatCell(12.5, 'decimal')).toBe('12,5')
    expect(formatCell('2025-06', 'month')).toBe('06/2025')
    expect(formatCell('2025-06-01', 'day')).toBe('01/06/2025')
    expect(formatCell(null, 'decimal')).toBe('—')
  })
})
