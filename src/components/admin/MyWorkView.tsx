import type { AdminViewServerProps } from 'payload'
import { Gutter } from '@payloadcms/ui'
import React from 'react'
import type { StaffLike } from '../../lib/roles'
import { myWorkSections, sectionListQuery } from '../../lib/workflow/myWork'
import { readMyWork } from '../../data/myWork'
import { ReportTable } from './ReportTable'
import { ImportWord } from './wordImport/ImportWord'
import { MyFigures } from './statistics/MyFigures'

/** "Việc của tôi", the admin home: what waits on the signed-in user, by role and unit. */
export async function MyWorkView({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user as StaffLike
  const results = await readMyWork(req, myWorkSections(user))
  const adminRoute = req.payload.config.routes.admin
  return (
    <Gutter>
      {/* the page's main landmark: Payload's template draws only the navigation and header */}
      <main className="my-work" style={{ paddingBottom: '3rem' }}>
        <h1>Việc của tôi</h1>
        <p>
          <a href={`${adminRoute}/collections/reports/create`}>+ Viết tin bài mới</a> · <a href={`${adminRoute}/lich-bien-tap`}>Lịch biên tập</a> ·{' '}
          <a href={`${adminRoute}/collections/reports`}>Tất cả tin bài</a>
        </p>
        <ImportWord payload={req.payload} user={req.user} />
        <MyFigures req={req} />
        {results.map(({ section, total, rows }) => (
          <section key={section.key} aria-labelledby={`work-${section.key}`} style={{ marginTop: '2rem' }}>
            <h2 id={`work-${section.key}`}>
              {section.title} ({total})
            </h2>
            {rows.length ? (
              <ReportTable reports={rows} adminRoute={adminRoute} showComment={section.key === 'returned'} />
            ) : (
              <p>{section.empty}</p>
            )}
            {total > rows.length && (
              <p>
                <a href={`${adminRoute}/collections/reports?${sectionListQuery(section.where)}`}>Xem tất cả {total} tin bài →</a>
              </p>
            )}
          </section>
        ))}
      </main>
    </Gutter>
  )
}
