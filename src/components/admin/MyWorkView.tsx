import type { AdminViewServerProps } from 'payload'
import { Gutter } from '@payloadcms/ui'
import React from 'react'
import type { StaffLike } from '../../lib/roles'
import { MY_WORK_QUERY, myWorkSections } from '../../lib/workflow/myWork'
import { ReportTable } from './ReportTable'

/** "Việc của tôi", the admin home: what waits on the signed-in user, by role and unit. */
export async function MyWorkView({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user as StaffLike
  const sections = myWorkSections(user)
  const results = await Promise.all(
    sections.map((section) =>
      req.payload.find({ ...MY_WORK_QUERY, where: section.where, overrideAccess: false, user: req.user, req }),
    ),
  )
  const adminRoute = req.payload.config.routes.admin
  return (
    <Gutter>
      <div className="my-work" style={{ paddingBottom: '3rem' }}>
        <h1>Việc của tôi</h1>
        <p>
          <a href={`${adminRoute}/collections/reports/create`}>+ Viết tin bài mới</a> · <a href={`${adminRoute}/lich-bien-tap`}>Lịch biên tập</a> ·{' '}
          <a href={`${adminRoute}/collections/reports`}>Tất cả tin bài</a>
        </p>
        {sections.map((section, i) => (
          <section key={section.key} aria-labelledby={`work-${section.key}`} style={{ marginTop: '2rem' }}>
            <h2 id={`work-${section.key}`}>
              {section.title} ({results[i].totalDocs})
            </h2>
            {results[i].docs.length ? (
              <ReportTable reports={results[i].docs} adminRoute={adminRoute} showComment={section.key === 'returned'} />
            ) : (
              <p>{section.empty}</p>
            )}
          </section>
        ))}
      </div>
    </Gutter>
  )
}
