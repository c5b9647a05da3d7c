/**
 * A bench-only Payload config: this product's media collection beside a "stock" upload
 * collection that asks Payload's own imageSizes for the same outputs.
 */
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'
import { Media } from '../collections/Media'
import { Organisations } from '../collections/Organisations'
import { Units } from '../collections/Units'
import { Users } from '../collections/Users'
import { IMAGE_SIZES, JPEG_OPTIONS, MAX_ORIGINAL_SIDE, WEBP_OPTIONS } from '../src/lib/images/sizes'
import path from 'node:path'

const StockMedia: CollectionConfig = {
  slug: 'stock-media',
  access: { read: () => true, create: () => true },
  upload: {
    staticDir: path.join(process.env.MEDIA_DIR!, 'stock'),
    focalPoint: true,
    resizeOptions: { width: MAX_ORIGINAL_SIDE, height: MAX_ORIGINAL_SIDE, fit: 'inside', withoutEnlargement: true },
    formatOptions: { format: 'jpeg', options: JPEG_OPTIONS },
    imageSizes: IMAGE_SIZES.flatMap((size) =>
      (['webp', 'jpeg'] as const).map((format) => ({
        name: `${size.name}-${format}`,
        width: size.width,
        height: 'height' in size ? size.height : undefined,
        withoutEnlargement: true,
        formatOptions: { format, options: format === 'webp' ? WEBP_OPTIONS : JPEG_OPTIONS },
      })),
    ),
  },
  fields: [{ name: 'alt', type: 'text' }],
}

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET!,
  collections: [Media, StockMedia, Organisations, Units, Users],
  db: sqliteAdapter({ client: { url: process.env.DATABASE_URI! } }),
  sharp,
  telemetry: false,
  logger: { options: { level: 'warn' } },
})
