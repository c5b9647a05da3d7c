import ExcelJS from 'exceljs'
import { exportCell, type Lang, type StatTable } from './tables'

const FORMATS = { count: '#,##0', decimal: '#,##0.0' } as const

/**
 * Tables as an Excel workbook, one sheet each (named by the table's ASCII id: Excel allows 31
 * characters and none of []:*?/\): the title and period on top, then the columns; numbers are
 * numbers with a thousands format, so Excel prints them in the reader's own locale.
 */
export async function tablesToXlsx(tables: StatTable[], heading: string, lang: Lang = 'vi'): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Dân vận CMS'
  for (const table of tables) {
    const sheet = book.addWorksheet(table.id.slice(0, 31))
    sheet.addRow([table.title[lang]]).font = { bold: true, size: 13 }
    sheet.addRow([heading])
    sheet.addRow([])
    sheet.addRow(table.columns.map((c) => c.label[lang])).font = { bold: true }
    for (const row of table.rows) sheet.addRow(row.map((cell, i) => exportCell(cell, table.columns[i].kind)))
    table.columns.forEach((column, i) => {
      const sheetColumn = sheet.getColumn(i + 1)
      sheetColumn.width = column.kind === 'text' ? 45 : 18
      if (column.kind === 'count' || column.kind === 'decimal') sheetColumn.numFmt = FORMATS[column.kind]
    })
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}
