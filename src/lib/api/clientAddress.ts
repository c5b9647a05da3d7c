/**
 * The address a request comes from. X-Forwarded-For is anyone's to write, so it counts only
 * when the operator says proxies stand in front (TRUST_PROXY = how many, `true` = one): each
 * proxy appends the address it saw, so the client is that many entries from the right, and
 * whatever the client wrote itself lies further left, unread.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string {
  const socket = normaliseAddress(socketAddress ?? '') || 'unknown'
  if (trustedProxies <= 0 || !forwardedFor) return socket
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (hops.length === 0) return socket
  return normaliseAddress(hops[Math.max(0, hops.length - trustedProxies)])
}

/** "::ffff:10.0.0.1" (IPv4 on an IPv6 socket) is 10.0.0.1. */
const normaliseAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')

/**
 * The client's address as Payload's handlers see it: the production server has already put it
 * in X-Forwarded-For (src/server/apiGuard.ts), replacing whatever the client sent.
 */
export const requestAddress = (headers: Headers): string => headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown'
