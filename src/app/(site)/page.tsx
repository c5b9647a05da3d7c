import config from '@payload-config'
import { getPayload } from 'payload'
import { formatDateTimeVN } from '@/lib/format/dates'

// Rendered per request for now: the cached public site (ISR, revalidation) comes with its own issue,
// and a build must not need a database.
export const dynamic = 'force-dynamic'

/** Home: the latest published reports. The full public site is built in its own issue. */
export default async function HomePage() {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'reports',
    where: { _status: { equals: 'published' } },
    sort: '-publishedAt',
    limit: 20,
    depth: 1,
    overrideAccess: false,
    select: { title: true, slug: true, lead: true, publishedAt: true, unit: true },
  })
  return (
    <>
      <h1>Tin mới</h1>
      {docs.length === 0 ? (
        <p>Chưa có tin bài nào được xuất bản.</p>
      ) : (
        <ul className="report-list">
          {docs.map((report) => (
            <li key={report.id}>
              <h2>{report.title}</h2>
              {report.publishedAt && <time dateTime={report.publishedAt}>{formatDateTimeVN(report.publishedAt)}</time>}
              {report.lead && <p>{report.lead}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
