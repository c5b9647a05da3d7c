import config from '@payload-config'
import { getPayload, handleEndpoints, type Payload } from 'payload'
import { afterAll } from 'vitest'
import type { Unit, User } from '../../src/payload-types'
import type { Role } from '../../src/lib/roles'

export { samplePhoto } from '../fixtures/photo'

let instance: Promise<Payload> | undefined

/** One Payload per test file (3–4 s to start); the database goes with the file. */
export function testPayload(): Promise<Payload> {
  if (!instance) {
    instance = getPayload({ config })
    afterAll(async () => {
      const payload = await instance!
      const db = payload.db as unknown as { connection?: { dropDatabase(): Promise<void> } }
      if (payload.db.name === 'mongoose') await db.connection?.dropDatabase()
      await payload.destroy()
    })
  }
  return instance
}

let counter = 0
/** A unique suffix for names, slugs, emails. */
export const uniq = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

export const PASSWORD = 'Mat-khau-thu-nghiem-2026'

export async function seededUnits(payload: Payload): Promise<Unit[]> {
  const { docs } = await payload.find({ collection: 'units', sort: 'name', limit: 100, depth: 0 })
  return docs
}

export async function unitNamed(payload: Payload, name: string): Promise<Unit> {
  const { docs } = await payload.find({ collection: 'units', where: { name: { equals: name } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`seed unit missing: ${name}`)
  return docs[0]
}

/**
 * A board with no end for tests that write reports of any date in a second unit: of the seed
 * boards only Hà Nội's has not ended (the 2025 reorganisation), and a report cannot be put in
 * an ended board for a later date.
 */
export async function openUnit(payload: Payload, name = 'Ban Dân vận Tỉnh ủy Thử Nghiệm'): Promise<Unit> {
  const { docs } = await payload.find({ collection: 'units', where: { name: { equals: name } }, limit: 1, depth: 0 })
  return docs[0] ?? payload.create({ collection: 'units', data: { name, level: 'province', province: 'Thử Nghiệm' } as never })
}

export async function makeUser(payload: Payload, roles: Role[], units: (number | string)[]): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { email: `${roles.join('-')}-${uniq()}@example.vn`, password: PASSWORD, name: `Cán bộ ${roles.join(', ')}`, roles, units: units as number[] },
  })
}

export type RestResponse = { status: number; body: any; headers: Headers }

/** A REST call through Payload's own handler: the same code path as /api on the server, without a server. */
export async function rest(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  options: { token?: string; json?: unknown; form?: FormData; language?: string; raw?: { contentType: string; text: string }; headers?: Record<string, string> } = {},
): Promise<RestResponse> {
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  if (options.language) headers.set('Accept-Language', options.language)
  let body: BodyInit | undefined
  if (options.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.json)
  } else if (options.form) body = options.form
  else if (options.raw) {
    headers.set('Content-Type', options.raw.contentType)
    body = options.raw.text
  }
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body })
  const response = await handleEndpoints({ config, path: `/api${path.split('?')[0]}`, request })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: response.status, body: parsed, headers: response.headers }
}

/** A GraphQL request through the same route handler the app serves at /api/graphql. */
export async function graphql(query: string, token?: string): Promise<RestResponse> {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await GRAPHQL_POST(config)(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }))
  return { status: response.status, body: await response.json(), headers: response.headers }
}

export async function loginToken(email: string, password = PASSWORD): Promise<string> {
  const response = await rest('POST', '/users/login', { json: { email, password } })
  if (response.status !== 200) throw new Error(`login failed for ${email}: ${JSON.stringify(response.body)}`)
  return response.body.token
}
