import type { ReportCard } from '@/site/cards'
import { DateTime } from './DateTime'
import { Picture } from './Picture'

type Heading = 'h2' | 'h3' | 'h4'

export function ReportItem({ report, heading: H = 'h3', showUnit = true, large }: { report: ReportCard; heading?: Heading; showUnit?: boolean; large?: boolean }) {
  return (
    <article className={large ? 'card card--large' : 'card'}>
      {report.image && (
        <a href={report.url} className="card__image" tabIndex={-1} aria-hidden="true">
          <Picture picture={report.image} sizes={large ? '(min-width: 960px) 40rem, 100vw' : '(min-width: 960px) 14rem, 40vw'} eager={large} />
        </a>
      )}
      <div className="card__body">
        <H className="card__title">
          <a href={report.url}>{report.title}</a>
        </H>
        <p className="card__meta">
          <DateTime value={report.publishedAt} approximate={report.dateApproximate} />
          {showUnit && (
            <>
              {' · '}
              <a href={report.unit.url}>{report.unit.name}</a>
            </>
          )}
          {report.featured && <span className="badge">Nổi bật</span>}
        </p>
        {report.lead && <p className="card__lead">{report.lead}</p>}
      </div>
    </article>
  )
}

export function ReportList({ reports, heading, showUnit, empty = 'Chưa có tin bài nào.' }: { reports: ReportCard[]; heading?: Heading; showUnit?: boolean; empty?: string }) {
  if (!reports.length) return <p className="empty">{empty}</p>
  return (
    <ul className="report-list">
      {reports.map((report) => (
        <li key={report.id}>
          <ReportItem report={report} heading={heading} showUnit={showUnit} />
        </li>
      ))}
    </ul>
  )
}
