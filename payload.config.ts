import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Campaigns } from './collections/Campaigns'
import { Categories } from './collections/Categories'
import { LegalDocuments } from './collections/LegalDocuments'
import { Media } from './collections/Media'
import { Models } from './collections/Models'
import { Officials } from './collections/Officials'
import { Reports } from './collections/Reports'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { withTextNormalisation } from './src/hooks/withTextNormalisation'
import { customTranslations } from './src/i18n/translations'
import { chooseDatabase } from './src/lib/config/database'
import { dataDir } from './src/lib/config/paths'
import { resolveSecret } from './src/lib/config/secret'
import { seedInitialData } from './src/seed/initialData'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const database = chooseDatabase(process.env, dataDir())

export default buildConfig({
  secret: resolveSecret(process.env, dataDir()),
  serverURL: process.env.SERVER_URL || '',
  admin: {
    user: Users.slug,
    avatar: 'default', // the stock avatar is Gravatar, a request to the outside
    importMap: { baseDir: dirname, importMapFile: path.join(dirname, 'src/app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' — Dân vận CMS' },
    components: {
      graphics: {
        Logo: '/src/components/admin/Logo#Logo',
        Icon: '/src/components/admin/Icon#Icon',
      },
    },
    dateFormat: 'dd/MM/yyyy HH:mm',
    timezones: {
      supportedTimezones: [{ label: 'Hà Nội (UTC+7)', value: 'Asia/Ho_Chi_Minh' }],
      defaultTimezone: 'Asia/Ho_Chi_Minh',
    },
  },
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    translations: customTranslations,
  },
  collections: withTextNormalisation([Reports, Media, Officials, Campaigns, Models, LegalDocuments, Categories, Units, Users]),
  editor: lexicalEditor(),
  db:
    database.kind === 'mongodb'
      ? mongooseAdapter({ url: database.url, transactionOptions: {} })
      : sqliteAdapter({ client: { url: database.url } }),
  sharp,
  telemetry: false,
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.join(dirname, 'src/payload-types.ts') },
  onInit: async (payload) => {
    await seedInitialData(payload)
  },
})
