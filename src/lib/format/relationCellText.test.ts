import { describe, expect, it } from 'vitest'
import { relationCellText } from './relationCellText'

describe('relationCellText', () => {
  it('shows none as a dash, not as "<Không có …>"', () => {
    for (const none of [null, undefined, '', []]) expect(relationCellText(none)).toBe('—')
  })

  it("leaves every value to Payload's cell", () => {
    for (const value of [3, '6561f0c2', [3, 4], { relationTo: 'units', value: 3 }, { id: 3 }]) expect(relationCellText(value)).toBeUndefined()
  })
})
