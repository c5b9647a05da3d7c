/**
 * Per-key token buckets (a key is a client address): each holds up to `perMinute` tokens and
 * gets them back at `perMinute` a minute, so a client may spend a minute's allowance at once and
 * then one request each 60/perMinute seconds. Time is passed in, so the rule is tested without
 * waiting. At most `maxKeys` buckets are kept, least recently used dropped first: a dropped
 * bucket is a full one, so memory stays bounded however many addresses call.
 */
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

type Bucket = { tokens: number; at: number }

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>()
  private readonly perMs: number

  constructor(
    readonly perMinute: number,
    private readonly maxKeys = 50_000,
  ) {
    this.perMs = perMinute / 60_000
  }

  take(key: string, now: number): Verdict {
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now }
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + Math.max(0, now - bucket.at) * this.perMs)
    bucket.at = now
    // re-inserted: the map's order is the order of last use
    this.buckets.delete(key)
    this.buckets.set(key, bucket)
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!)
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return { allowed: true }
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) }
  }

  get size(): number {
    return this.buckets.size
  }
}
