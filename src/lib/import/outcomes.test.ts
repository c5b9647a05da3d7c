import { describe, expect, it } from 'vitest'
import { translate } from '../../i18n/translations'
import { outcomeRow, summaryLine, type Say } from './outcomes'

const vi: Say = (key, vars) => translate('vi', key, vars)
const en: Say = (key, vars) => translate('en', key, vars)

describe('outcomes', () => {
  it('reads a page result as a table row', () => {
    expect(outcomeRow({ action: 'failed', file: 'a.txt', reason: 'Không nhận ra đơn vị' }, vi)).toEqual(['a.txt', 'lỗi', 'Không nhận ra đơn vị'])
    expect(outcomeRow({ action: 'created', file: 'b.txt', title: 'Hội nghị', notes: ['1 chú thích ảnh đang chờ ảnh.'] }, vi)).toEqual([
      'b.txt',
      'đã tạo',
      'Hội nghị — 1 chú thích ảnh đang chờ ảnh.',
    ])
    expect(outcomeRow({ action: 'create', file: 'c.txt', title: 'X' }, vi)[1]).toBe('sẽ tạo')
    expect(outcomeRow({ action: 'create', file: 'c.txt', title: 'X' }, en)[1]).not.toBe('sẽ tạo')
  })
  it('sums up a run', () => {
    expect(summaryLine({ created: 3, updated: 1, unchanged: null, failed: 2 }, false, vi)).toBe('Tạo mới 3, cập nhật 1, không đổi 0, lỗi 2')
    expect(summaryLine({}, true, vi)).toMatch(/^Chạy thử/)
  })
})
