import { describe, expect, it } from 'vitest'
import { formatDateTimeVN, formatPublishedVN } from './dates'

describe('formatDateTimeVN', () => {
  it('prints dd/MM/yyyy HH:mm in Vietnam time', () => {
    expect(formatDateTimeVN('2023-12-28T08:07:27Z')).toBe('28/12/2023 15:07')
    expect(formatDateTimeVN('2022-01-12T17:30:00Z')).toBe('13/01/2022 00:30')
  })
})

describe('vnLocalToISO', () => {
  it('reads a datetime-local value as Vietnam time', async () => {
    const { vnLocalToISO } = await import('./dates')
    expect(vnLocalToISO('2026-11-23T09:30')).toBe('2026-11-23T02:30:00.000Z')
    expect(vnLocalToISO('23/11/2026 09:30')).toBeNull()
    expect(vnLocalToISO('')).toBeNull()
  })
})

describe('formatDateVN, yearVN, rfc822', () => {
  it('print the Vietnam calendar day and year', async () => {
    const { formatDateVN, yearVN, rfc822 } = await import('./dates')
    expect(formatDateVN('2023-12-28T08:07:27Z')).toBe('28/12/2023')
    expect(formatDateVN('2023-12-31T18:00:00Z')).toBe('01/01/2024')
    expect(yearVN('2023-12-31T18:00:00Z')).toBe(2024)
    expect(rfc822('2023-12-28T08:07:27Z')).toBe('Thu, 28 Dec 2023 08:07:27 GMT')
  })
})

describe('formatPublishedVN', () => {
  it('says as much as the source said', () => {
    expect(formatPublishedVN('2023-12-28T08:07:27.000Z')).toBe('28/12/2023 15:07')
    expect(formatPublishedVN('2024-06-20T17:00:00.000Z')).toBe('21/06/2024')
    expect(formatPublishedVN('2017-12-31T17:00:00.000Z', true)).toBe('Năm 2018')
  })
})

describe('formatPatternVN', () => {
  it("prints the admin's display patterns in Vietnam time", async () => {
    const { formatPatternVN } = await import('./dates')
    expect(formatPatternVN('2024-06-20T17:00:00.000Z', 'dd/MM/yyyy')).toBe('21/06/2024')
    expect(formatPatternVN('2026-11-30T10:10:00.000Z', 'dd/MM/yyyy HH:mm')).toBe('30/11/2026 17:10')
    expect(formatPatternVN('2025-06-30T16:59:59.999Z', 'd/M/yy H:mm:ss')).toBe('30/6/25 23:59:59')
    expect(formatPatternVN('not a date', 'dd/MM/yyyy')).toBe('')
  })
})

describe('vnWallClockAsLocal, localWallClockAsVN', () => {
  it('carry the Vietnam wall clock to the local zone and back', async () => {
    const { vnWallClockAsLocal, localWallClockAsVN } = await import('./dates')
    const local = vnWallClockAsLocal('2024-06-20T17:00:00.000Z')
    expect([local.getFullYear(), local.getMonth() + 1, local.getDate(), local.getHours(), local.getMinutes()]).toEqual([2024, 6, 21, 0, 0])
    expect(localWallClockAsVN(local)).toBe('2024-06-20T17:00:00.000Z')
    expect(localWallClockAsVN(new Date(2026, 10, 30, 17, 10))).toBe('2026-11-30T10:10:00.000Z')
  })
})
