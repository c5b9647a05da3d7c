import { describe, expect, it } from 'vitest'
import { malformedJson } from './malformedJson'

const syntaxError = () => {
  try {
    JSON.parse('notjson')
  } catch (error) {
    return error
  }
}

describe('malformedJson', () => {
  it('names the query parameter that is not JSON, cut to 40 characters', () => {
    expect(malformedJson(syntaxError(), 'http://x/api/units?where=notjson')).toEqual({ name: 'where', value: 'notjson' })
    expect(malformedJson(syntaxError(), `/api/reports?limit=1&data=${'{'.repeat(50)}`)).toEqual({ name: 'data', value: '{'.repeat(40) })
  })

  it('leaves other errors, and SyntaxErrors that are not the query’s, alone', () => {
    expect(malformedJson(new Error('x'), '/api/units?where=notjson')).toBeUndefined()
    expect(malformedJson(syntaxError(), '/api/units?where={"a":1}')).toBeUndefined()
    expect(malformedJson(syntaxError(), '/api/units')).toBeUndefined()
    expect(malformedJson(syntaxError(), undefined)).toBeUndefined()
  })
})
