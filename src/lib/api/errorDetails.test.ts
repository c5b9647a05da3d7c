import { describe, expect, it } from 'vitest'
import { restoreErrorDetails } from './errorDetails'

const apiError = (message: string, status: number, data?: Record<string, unknown>, isPublic?: boolean) => Object.assign(new Error(message), { status, data, isPublic })

describe('restoreErrorDetails', () => {
  it('puts back the data another copy of Payload’s error class left out', () => {
    const error = apiError('Cần mã xác thực hai bước', 401, { twoFactor: 'required' }, true)
    expect(restoreErrorDetails(error, { errors: [{ message: 'Cần mã xác thực hai bước' }] })).toEqual({ errors: [{ message: 'Cần mã xác thực hai bước', data: { twoFactor: 'required' } }] })
  })

  it('puts back the words of a nameless error', () => {
    const error = apiError('Mã xác thực hai bước không đúng hoặc đã dùng.', 400, undefined, true)
    expect(restoreErrorDetails(error, { errors: [{ message: 'An unknown error occurred.' }] })?.errors[0].message).toBe('Mã xác thực hai bước không đúng hoặc đã dùng.')
  })

  it('changes nothing that is already there, and never shows what Payload hides', () => {
    expect(restoreErrorDetails(apiError('Không được phép', 403, { a: 1 }), { errors: [{ message: 'Không được phép', data: { a: 1 } }] })).toBeUndefined()
    expect(restoreErrorDetails(apiError('secret detail', 500, { sql: 'SELECT' }), { errors: [{ message: 'Something went wrong.' }] })).toBeUndefined()
    expect(restoreErrorDetails(apiError('secret detail', 400, { sql: 'SELECT' }, false), { errors: [{ message: 'Something went wrong.' }] })).toBeUndefined()
    expect(restoreErrorDetails(apiError('x', 400), undefined)).toBeUndefined()
  })
})
