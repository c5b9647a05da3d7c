import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { EXPERIMENTAL_TableFeature, FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { benchFloor } from './collections/BenchFloor'
import { Campaigns } from './collections/Campaigns'
import { Categories } from './collections/Categories'
import { ImportRuns } from './collections/ImportRuns'
import { IMPORT_QUEUE, importPagesTask } from './collections/ImportRuns/importPagesTask'
import { LegalDocuments } from './collections/LegalDocuments'
import { Media } from './collections/Media'
import { Models } from './collections/Models'
import { Officials } from './collections/Officials'
import { Organisations } from './collections/Organisations'
import { ReportComments } from './collections/ReportComments'
import { Reports } from './collections/Reports'
import { scheduledTransitionTask } from './collections/Reports/workflow/scheduledTransitionTask'
import { WORKFLOW_QUEUE } from './collections/Reports/workflow/transitionReport'
import { reportVersionIndexes } from './collections/Reports/versionIndexes'
import { ReportTransitions } from './collections/ReportTransitions'
import { ReportViews } from './collections/ReportViews'
import { StatisticsMonths } from './collections/StatisticsMonths'
import { SearchEntries } from './collections/SearchEntries'
import { SiteInvalidations } from './collections/SiteInvalidations'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { PortalLinks } from './globals/PortalLinks'
import { keepErrorDetails } from './src/hooks/keepErrorDetails'
import { LoginFailures } from './collections/LoginFailures'
import { withTextNormalisation } from './src/hooks/withTextNormalisation'
import { withDeletionAudit } from './src/hooks/audit'
import { AuditLog } from './collections/AuditLog'
import { withApiGuards } from './src/api/withApiGuards'
import { withSiteRevalidation } from './src/hooks/revalidateReferenceData'
import { adminLanguage } from './src/i18n/adminLanguage'
import { customTranslations } from './src/i18n/translations'
import { HandleLabelsFeature } from './src/fields/richTextHandleLabels'
import { WordPasteFeature } from './src/fields/richTextWordPaste'
import { emailAdapter } from './src/lib/email/emailAdapter'
import { imageLimits } from './src/lib/images/pipeline'
import { chooseDatabase } from './src/lib/config/database'
import { secureLockedDocuments } from './src/access/lockedDocuments'
import { dataDir } from './src/lib/config/paths'
import { resolveSecret } from './src/lib/config/secret'
import { seedInitialData } from './src/seed/initialData'
import { backupEndpoint } from './src/api/backupEndpoint'
import { healthEndpoint } from './src/api/healthEndpoint'
import { countedTask, jobRunnerBeat } from './src/server/lifecycle'
import { refreshPlannerStatistics } from './src/data/plannerStatistics'
import { refreshAllPhotoPublicity } from './src/data/photoPublicity'
import { ensureModelTotals } from './src/data/statistics/totals'
import { withSqliteClient } from './src/data/withSqliteClient'
import { recoverUploads } from './collections/Media/recoverUploads'
import { runPendingMigrations } from './src/data/runMigrations'

// turbopackIgnore: paths for Payload's generators only; traced, they pull the whole project
// folder into the server build's standalone output
const dirname = path.dirname(/*turbopackIgnore: true*/ fileURLToPath(import.meta.url))
const database = chooseDatabase(process.env, dataDir())

export default buildConfig({
  secret: resolveSecret(process.env, dataDir()),
  serverURL: process.env.SERVER_URL || '',
  admin: {
    user: Users.slug,
    avatar: 'default', // the stock avatar is Gravatar, a request to the outside
    importMap: { baseDir: dirname, importMapFile: path.join(/*turbopackIgnore: true*/ dirname, 'src/app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' — Dân vận CMS' },
    components: {
      graphics: {
        Logo: '/src/components/admin/Logo#Logo',
        Icon: '/src/components/admin/Icon#Icon',
      },
      beforeNavLinks: ['/src/components/admin/NavLinks#NavLinks'],
      views: {
        dashboard: { Component: '/src/components/admin/MyWorkView#MyWorkView' },
        editorialCalendar: { Component: '/src/components/admin/EditorialCalendar#EditorialCalendar', path: '/lich-bien-tap' },
        importPages: { Component: '/src/components/admin/ImportView#ImportView', path: '/nhap-trang-cu' },
        // the login page with a second step for two-factor codes, and the enrolment (collections/Users/twoFactor)
        login: { Component: '/src/components/admin/account/LoginView#LoginView' },
        twoFactor: { Component: '/src/components/admin/account/TwoFactorView#TwoFactorView', path: '/xac-thuc-hai-buoc' },
        // "Thống kê" (issue 15): figures, charts and exports for the user's units
        statistics: { Component: '/src/components/admin/statistics/StatisticsView#StatisticsView', path: '/thong-ke' },
        // "Sao lưu": the backup download for system administrators (GET /api/backup)
        backup: { Component: '/src/components/admin/BackupView#BackupView', path: '/sao-luu' },
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
  collections: withDeletionAudit(withSiteRevalidation(withTextNormalisation([Reports, ReportComments, ReportTransitions, Media, Officials, Organisations, Campaigns, Models, LegalDocuments, Categories, Units, Users, LoginFailures, SearchEntries, SiteInvalidations, ImportRuns, ReportViews, StatisticsMonths, AuditLog]))),
  // "Liên kết cổng thông tin": the footer's links to other state portals
  globals: [PortalLinks],
  // refusals keep their data and words in production builds (src/lib/api/errorDetails.ts)
  hooks: { afterError: [keepErrorDetails] },
  // a visible formatting toolbar (headings, bold, lists, link, quote, alignment, photo), not only "/" commands;
  // tables (Payload's table feature, so tables pasted from Word survive) and a clean paste from Word
  editor: lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, FixedToolbarFeature(), EXPERIMENTAL_TableFeature(), WordPasteFeature(), HandleLabelsFeature()] }),
  db:
    database.kind === 'mongodb'
      ? mongooseAdapter({ url: database.url, transactionOptions: {} })
      : // Transactions on SQLite too, through one shared writer connection (src/data/sqliteClient.ts:
        // libsql's own opened a connection per transaction and never closed it). Development
        // pushes the schema; production runs the committed migrations at start (onInit).
        // DATABASE_PUSH=false: a second process on a schema another one has already pushed.
        withSqliteClient(
          sqliteAdapter({
            client: { url: database.url },
            transactionOptions: {},
            push: process.env.DATABASE_PUSH !== 'false',
            migrationDir: path.join(/*turbopackIgnore: true*/ dirname, 'migrations'),
            // indexes Payload's config cannot declare: on the versions table, led by `latest`
            afterSchemaInit: [reportVersionIndexes],
          }),
          { url: database.url, busyTimeoutMs: 5000, synchronous: 'NORMAL' },
        ),
  sharp,
  // Our pipeline gives its own message up to MAX_UPLOAD_MB; this hard stop keeps far larger
  // bodies from being buffered at all.
  upload: { limits: { fileSize: 2 * imageLimits().maxBytes } },
  email: emailAdapter(),
  // Scheduled publish and unpublish: the runner polls the workflow queue every 5 seconds in
  // whichever process serves the app (next dev or next start); JOBS_AUTORUN=false turns it
  // off where a separate worker runs `payload jobs:run --queue workflow --cron`.
  jobs: {
    // counted while they run, so a shutdown (SIGTERM) waits for them (src/server/lifecycle.ts)
    tasks: [scheduledTransitionTask, importPagesTask].map(countedTask),
    // imports start at once from their endpoint; the import queue's poll is the fallback
    autoRun: [
      { cron: '*/5 * * * * *', queue: WORKFLOW_QUEUE, limit: 20 },
      { cron: '*/10 * * * * *', queue: IMPORT_QUEUE, limit: 1 },
    ],
    // asked at every tick of the runner: its beat for /api/health, and no new job once the server is stopping
    shouldAutoRun: () => jobRunnerBeat(process.env.JOBS_AUTORUN !== 'false'),
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, hidden: true },
    }),
  },
  // Refusals (4xx) are answers, not faults: keep them out of the error log.
  loggingLevels: { APIError: 'info', Forbidden: 'info', ValidationError: 'info', NotFound: 'info', AuthenticationError: 'info', LockedAuth: 'info', UnverifiedEmail: 'info', QueryError: 'warn' },
  logger: { options: { level: process.env.LOG_LEVEL || 'info' } },
  telemetry: false,
  // GET /api/health (anyone) and GET /api/backup (system administrators): src/api
  endpoints: [healthEndpoint, backupEndpoint],
  graphQL: { disablePlaygroundInProduction: true },
  // labels in the admin's language, every date in Vietnam time (src/i18n/adminLanguage.ts);
  // benchFloor last: bench/admin.bench.ts's plain collection, untouched by the others
  plugins: [adminLanguage, benchFloor],
  // Types are written by `npm run generate:types`, not at every start: Payload would otherwise
  // spawn a second process loading the whole config in every dev server, test worker and script.
  typescript: { autoGenerate: false, outputFile: path.join(/*turbopackIgnore: true*/ dirname, 'src/payload-types.ts') },
  onInit: async (payload) => {
    // production on SQLite: the committed migrations (migrations/), before anything reads
    await runPendingMigrations(payload)
    // what a crash left in the photo store: files without a photo, photos without their sizes;
    // a store that cannot be listed (a bucket policy without ListBucket) must not stop the site
    await recoverUploads(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Khôi phục kho ảnh sau sự cố không chạy được; trang vẫn khởi động, lần khởi động sau sẽ thử lại' }))
    // SEED_INITIAL=false: `npm run restore` and `npm run backup` find the database as it is
    if (process.env.SEED_INITIAL !== 'false') await seedInitialData(payload)
    // photos stored before the "public" flag get it, once (who sees a photo: README, Photos)
    await refreshAllPhotoPublicity(payload)
    // the models' counts for "Thống kê", once, on a database from before they were kept
    await ensureModelTotals(payload)
    await refreshPlannerStatistics(payload)
  },
})
  .then(secureLockedDocuments)
  // every REST and GraphQL read capped, bad numbers refused, logins limited (src/api)
  .then(withApiGuards)
