/**
 * The production server's API guard (src/server/apiGuard.ts) in front of a stand-in for Next on
 * a real HTTP server: what it lets through, what it answers 429, and the address it hands on.
 * The clock is the test's, so nothing waits.
 */
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { jwtSign } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'
import { sessionKey } from '../../src/lib/api/sessionToken'
import type { RateLimits } from '../../src/lib/config/rateLimits'
import { createApiGuard } from '../../src/server/apiGuard'

const SECRET = 'guard-test-secret-guard-test-secret-0123'
let server: http.Server | undefined
let clock = 1_800_000_000_000

/** A server whose "Next" answers 200 with the X-Forwarded-For it was given (or, with `hold`, keeps API answers until the test releases them). */
async function start(limits: Partial<RateLimits>, options: { hold?: boolean; queueLength?: number } = {}): Promise<string> {
  // the pause after each queued request (twice its length in production) is the gate's own test's business

  const guard = createApiGuard({ limits: { apiPerMinute: 3, loginPerMinute: 0, apiConcurrency: 0, trustedProxies: 0, ...limits }, secret: SECRET, now: () => clock, queueLength: options.queueLength, pauseRatio: 0 })
  server = http.createServer((req, res) => {
    arrived.push(req.url ?? '')
    res.on('close', () => closed.push(req.url ?? ''))
    guard(req, res, () => {
      entered.push(req.url ?? '')
      // /api/big: 32 MB, more than a client that stops reading lets through
      const answer = () => res.end(req.url === '/api/big' ? Buffer.alloc(32 * 1024 * 1024) : JSON.stringify({ forwardedFor: req.headers['x-forwarded-for'] }))
      if (options.hold && req.url?.startsWith('/api/')) held.push(answer)
      else answer()
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}
let entered: string[] = []
let arrived: string[] = []
let closed: string[] = []
const held: (() => void)[] = []

/** Until `check` holds, letting the server's turns run (no clock involved: each step waits for I/O). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setImmediate(resolve))
  expect(check()).toBe(true)
}

afterEach(async () => {
  held.splice(0).forEach((answer) => answer())
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
  server = undefined
  entered = []
  arrived = []
  closed = []
})

const statuses = async (url: string, times: number, init?: RequestInit) => {
  const seen: number[] = []
  for (let i = 0; i < times; i++) seen.push((await fetch(url, init)).status)
  return seen
}

describe('the API guard', () => {
  it('answers 429 with Retry-After and a Vietnamese message once an address has spent its allowance', async () => {
    const base = await start({ apiPerMinute: 3 })
    expect(await statuses(`${base}/api/reports?limit=100&depth=1`, 3)).toEqual([200, 200, 200])
    const refused = await fetch(`${base}/api/reports`)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('20')
    expect((await refused.json()).errors[0].message).toBe('Quá nhiều yêu cầu từ địa chỉ của bạn. Vui lòng thử lại sau 20 giây.')
    const english = await fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'accept-language': 'en-GB,en;q=0.8' } })
    expect((await english.json()).errors[0].message).toBe('Too many requests from your address. Please try again in 20 seconds.')
    // a token comes back after 20 s (3 a minute)
    clock += 20_000
    expect(await statuses(`${base}/api/reports`, 2)).toEqual([200, 429])
  })

  it('does not count pages, photos, or staff with a session Payload signed', async () => {
    const base = await start({ apiPerMinute: 1 })
    const { token } = await jwtSign({ fieldsToSign: { id: 1, collection: 'users' }, secret: sessionKey(SECRET), tokenExpiration: 3600 })
    clock = Date.now() // the token's expiry is on the real clock
    expect(await statuses(`${base}/`, 3)).toEqual([200, 200, 200])
    expect(await statuses(`${base}/api/media/file/hoi-nghi-768x512.webp`, 3)).toEqual([200, 200, 200])
    expect(await statuses(`${base}/api/reports`, 2, { headers: { cookie: `payload-token=${token}` } })).toEqual([200, 200])
    expect(await statuses(`${base}/api/reports`, 2, { headers: { authorization: `JWT ${token}` } })).toEqual([200, 200])
    // the one anonymous request allowed, then refusals, a forged token included
    expect(await statuses(`${base}/api/reports`, 1)).toEqual([200])
    const [h, body] = token.split('.')
    expect(await statuses(`${base}/api/reports`, 2, { headers: { authorization: `JWT ${h}.${body}.forged` } })).toEqual([429, 429])
  })

  it('ignores X-Forwarded-For unless proxies are trusted, and hands on the address it used', async () => {
    let base = await start({ apiPerMinute: 1 })
    const spoofed = await fetch(`${base}/api/reports`, { headers: { 'x-forwarded-for': '198.51.100.9' } })
    expect(await spoofed.json()).toEqual({ forwardedFor: '127.0.0.1' })
    // another made-up address does not buy a new allowance
    expect((await fetch(`${base}/api/reports`, { headers: { 'x-forwarded-for': '198.51.100.10' } })).status).toBe(429)
    await new Promise((resolve) => server!.close(resolve))

    base = await start({ apiPerMinute: 1, trustedProxies: 1 })
    const behindProxy = await fetch(`${base}/api/reports`, { headers: { 'x-forwarded-for': '9.9.9.9, 203.0.113.7' } })
    expect(await behindProxy.json()).toEqual({ forwardedFor: '203.0.113.7' })
    expect((await fetch(`${base}/api/reports`, { headers: { 'x-forwarded-for': '203.0.113.7' } })).status).toBe(429)
    expect((await fetch(`${base}/api/reports`, { headers: { 'x-forwarded-for': '203.0.113.8' } })).status).toBe(200)
  })

  it('runs anonymous API requests one at a time, the rest in line, and says so when the line is full', async () => {
    const base = await start({ apiPerMinute: 0, apiConcurrency: 1 }, { hold: true, queueLength: 2 })
    const answers = [1, 2, 3].map((n) => fetch(`${base}/api/reports?page=${n}`))
    await until(() => entered.length === 1)
    // a page does not wait in line
    expect((await fetch(`${base}/`)).status).toBe(200)
    await until(() => held.length === 1)
    // the line holds two: a fourth is told to come back
    const full = await fetch(`${base}/api/graphql`, { method: 'POST' })
    expect(full.status).toBe(503)
    expect(full.headers.get('retry-after')).toBe('5')
    expect((await full.json()).errors[0].message).toBe('Máy chủ đang bận trả lời các yêu cầu khác. Vui lòng thử lại sau 5 giây.')
    // each next one starts once the one before has answered
    expect(entered.filter((url) => url.startsWith('/api/'))).toEqual(['/api/reports?page=1'])
    held.shift()!()
    await until(() => entered.filter((url) => url.startsWith('/api/')).length === 2)
    held.shift()!()
    await until(() => entered.filter((url) => url.startsWith('/api/')).length === 3)
    held.shift()!()
    expect((await Promise.all(answers)).map((r) => r.status)).toEqual([200, 200, 200])
  })

  it('passes the turn of a client that left while waiting to the next one', async () => {
    const base = await start({ apiPerMinute: 0, apiConcurrency: 1 }, { hold: true })
    const first = fetch(`${base}/api/reports?n=1`)
    await until(() => held.length === 1)
    const leaving = new AbortController()
    const second = fetch(`${base}/api/reports?n=2`, { signal: leaving.signal }).catch(() => 'gone')
    const third = fetch(`${base}/api/reports?n=3`)
    await until(() => arrived.length === 3)
    leaving.abort()
    expect(await second).toBe('gone')
    await until(() => closed.includes('/api/reports?n=2'))
    held.shift()!()
    await until(() => entered.includes('/api/reports?n=3'))
    expect(entered).not.toContain('/api/reports?n=2')
    held.shift()!()
    expect([(await first).status, (await third).status]).toEqual([200, 200])
  })

  it('ends a turn when the answer is complete, not when a slow client has read it', async () => {
    const base = await start({ apiPerMinute: 0, apiConcurrency: 1 })
    const { port } = new URL(base)
    const slow = net.connect(Number(port), '127.0.0.1')
    slow.write('GET /api/big HTTP/1.1\r\nHost: localhost\r\n\r\n')
    slow.pause() // reads nothing: the answer stays in the buffers
    await until(() => entered.includes('/api/big'))
    expect((await fetch(`${base}/api/reports`)).status).toBe(200)
    slow.destroy()
  })

  it('lets everything through when the limits are 0', async () => {
    const base = await start({ apiPerMinute: 0, apiConcurrency: 0 })
    expect(await statuses(`${base}/api/reports`, 5)).toEqual([200, 200, 200, 200, 200])
  })
})
