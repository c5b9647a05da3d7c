import { describe, expect, it } from 'vitest'
import { formatDateTimeVN } from './dates'

describe('formatDateTimeVN', () => {
  it('prints dd/MM/yyyy HH:mm in Vietnam time', () => {
    expect(formatDateTimeVN('2023-12-28T08:07:27Z')).toBe('28/12/2023 15:07')
    expect(formatDateTimeVN('2022-01-12T17:30:00Z')).toBe('13/01/2022 00:30')
  })
})
