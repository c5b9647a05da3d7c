/**
 * Runs before each integration test file imports the Payload config (the adapter is chosen
 * at import). Each file gets a fresh SQLite file, or, with TEST_DATABASE=mongodb, a fresh
 * database on the MongoDB server named by MONGODB_URI; and its own media folder.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const run = randomBytes(4).toString('hex')
const root = fs.mkdtempSync(path.join(os.tmpdir(), `danvan-int-${run}-`))

if (process.env.TEST_DATABASE === 'mongodb') {
  if (!process.env.MONGODB_URI) throw new Error('TEST_DATABASE=mongodb needs MONGODB_URI')
  const url = new URL(process.env.MONGODB_URI)
  url.pathname = `/danvan_test_${run}`
  process.env.DATABASE_URI = url.toString()
} else {
  process.env.DATABASE_URI = `file:${path.join(root, 'test.db')}`
}
process.env.DATA_DIR = path.join(root, 'data')
process.env.MEDIA_DIR = path.join(root, 'media')
process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
process.env.ADMIN_EMAIL = 'quantri@example.vn'
process.env.ADMIN_PASSWORD = `${randomBytes(12).toString('base64url')}-7q` // the suffix: base64url alone may lack a digit or a letter, which the password policy needs
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.LOG_LEVEL ||= 'warn'
// local storage unless a test file opts into S3 (mediaS3.test.ts, through s3Env.ts)
for (const name of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) delete process.env[name]
process.env.SEED_REPORTS ||= 'false' // files that test the seed import turn it on
