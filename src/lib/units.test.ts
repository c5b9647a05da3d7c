import { describe, expect, it } from 'vitest'
import { unitPeriodProblem } from './units'

const haiDuong = { id: 1, name: 'Ban Dân vận Tỉnh ủy Hải Dương', validTo: '2025-02-28T16:59:59.999Z' }
const merged = { id: 2, name: 'Ban Tuyên giáo và Dân vận Trung ương', validFrom: '2025-02-02T17:00:00.000Z' }

describe('unitPeriodProblem', () => {
  it('lets a report dated within the unit’s period in, its last day included', () => {
    expect(unitPeriodProblem(haiDuong, '2024-07-24T09:42:07.000Z')).toBeNull()
    expect(unitPeriodProblem(haiDuong, '2025-02-28T09:00:00.000Z')).toBeNull()
    expect(unitPeriodProblem(merged, '2025-02-03T01:00:00.000Z')).toBeNull()
    expect(unitPeriodProblem(merged, 'ngày mai')).toBeNull()
  })
  it('says when an ended unit ended and which unit succeeds it', () => {
    expect(unitPeriodProblem(haiDuong, '2026-12-06T02:00:00.000Z', 'Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Dương')?.vi).toBe(
      'Đơn vị "Ban Dân vận Tỉnh ủy Hải Dương" đã kết thúc ngày 28/02/2025; đơn vị kế thừa là "Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Dương". Hãy chọn đơn vị hiện nay, hoặc ghi ngày đăng trong thời gian đơn vị còn hoạt động.',
    )
    expect(unitPeriodProblem(merged, '2024-06-21T02:00:00.000Z')?.en).toBe('The unit "Ban Tuyên giáo và Dân vận Trung ương" exists only from 03/02/2025. Choose the unit of that time.')
  })
})
