import React from 'react'
import { formatDateTimeVN } from '../../lib/format/dates'
import type { WorkRow } from '../../lib/workflow/myWork'
import { stateLabel } from '../../lib/workflow/states'

/** A compact list of reports with their state, unit, author and dates, linking to the editor. */
export function ReportTable({ reports, adminRoute = '/admin', showComment = false }: { reports: WorkRow[]; adminRoute?: string; showComment?: boolean }) {
  return (
    <table className="report-table" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>Tiêu đề</th>
          <th style={{ textAlign: 'left' }}>Trạng thái</th>
          <th style={{ textAlign: 'left' }}>Đơn vị</th>
          <th style={{ textAlign: 'left' }}>Người tạo</th>
          <th style={{ textAlign: 'left' }}>Cập nhật</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report.id}>
            <td>
              <a href={`${adminRoute}/collections/reports/${report.id}`}>{report.title}</a>
              {showComment && report.returnedComment && <div style={{ fontStyle: 'italic', fontSize: '0.85rem' }}>Nhận xét: {report.returnedComment}</div>}
              {report.scheduledAt && (
                <div style={{ fontSize: '0.85rem' }}>
                  Hẹn {report.scheduledAction === 'unpublish' ? 'gỡ' : 'xuất bản'} lúc {formatDateTimeVN(report.scheduledAt)}
                </div>
              )}
            </td>
            <td>{stateLabel(report.workflowState ?? 'draft')}</td>
            <td>{report.unitName}</td>
            <td>{report.authorName}</td>
            <td>{formatDateTimeVN(report.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
