import React from 'react'
import { formatDateTimeVN } from '../../lib/format/dates'
import type { WorkRow } from '../../lib/workflow/myWork'
import { stateLabel } from '../../lib/workflow/states'
import { languageOf, tr } from '../../i18n/translations'

/** A compact list of reports with their state, unit, author and dates, linking to the editor. */
export function ReportTable({
  reports,
  adminRoute = '/admin',
  showComment = false,
  i18n,
}: {
  reports: WorkRow[]
  adminRoute?: string
  showComment?: boolean
  i18n: { language?: string; t: unknown }
}) {
  const { t } = i18n
  return (
    <table className="report-table" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>{tr(t, 'reportTableTitle')}</th>
          <th style={{ textAlign: 'left' }}>{tr(t, 'reportTableState')}</th>
          <th style={{ textAlign: 'left' }}>{tr(t, 'reportTableUnit')}</th>
          <th style={{ textAlign: 'left' }}>{tr(t, 'reportTableCreatedBy')}</th>
          <th style={{ textAlign: 'left' }}>{tr(t, 'reportTableUpdated')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report.id}>
            <td>
              <a href={`${adminRoute}/collections/reports/${report.id}`}>{report.title}</a>
              {showComment && report.returnedComment && (
                <div style={{ fontStyle: 'italic', fontSize: '0.85rem' }}>{tr(t, 'returnedComment', { comment: report.returnedComment })}</div>
              )}
              {report.scheduledAt && (
                <div style={{ fontSize: '0.85rem' }}>
                  {tr(t, report.scheduledAction === 'unpublish' ? 'reportTableScheduleUnpublish' : 'reportTableSchedulePublish', { at: formatDateTimeVN(report.scheduledAt) })}
                </div>
              )}
            </td>
            <td>{stateLabel(report.workflowState ?? 'draft', languageOf(i18n))}</td>
            <td>{report.unitName}</td>
            <td>{report.authorName}</td>
            <td>{formatDateTimeVN(report.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
