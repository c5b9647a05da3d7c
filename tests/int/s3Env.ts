// Imported first by mediaS3.test.ts: S3 storage is chosen when the config is imported.
export const S3_PORT = 41000 + Math.floor(Math.random() * 2000)
process.env.S3_BUCKET = 'anh-dan-van'
process.env.S3_ENDPOINT = `http://127.0.0.1:${S3_PORT}`
process.env.S3_ACCESS_KEY_ID = 'test'
process.env.S3_SECRET_ACCESS_KEY = 'test'
