import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/**
 * Secrets kept at rest (a user's TOTP key): AES-256-GCM under a key derived from the
 * application's secret, so a copy of the database alone does not give away second factors.
 * Sealed text is "v1.<iv>.<tag>.<ciphertext>", base64url.
 */
export function boxKey(applicationSecret: string, purpose: string): Buffer {
  return createHash('sha256').update(`${purpose}\0${applicationSecret}`).digest()
}

export function seal(plain: string, key: Buffer): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', iv, cipher.getAuthTag(), data].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.')
}

/** The plain text, or null when the box was not sealed with this key or was altered. */
export function open(sealed: string, key: Buffer): string | null {
  const [version, iv, tag, data] = sealed.split('.')
  if (version !== 'v1' || !iv || !tag || data === undefined) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
