import type { AdminViewServerProps } from 'payload'
import { Gutter } from '@payloadcms/ui'
import React from 'react'
import type { StaffLike } from '../../lib/roles'
import { myWorkSections, sectionListQuery, type WorkSection, type WorkSectionKey } from '../../lib/workflow/myWork'
import { readMyWork } from '../../data/myWork'
import { ReportTable } from './ReportTable'
import { ImportWord } from './wordImport/ImportWord'
import { MyFigures } from './statistics/MyFigures'
import { tr, type CustomKey } from '../../i18n/translations'

/** Each section's heading and empty line, in the admin's language. */
const SECTION_WORDS: Record<WorkSectionKey, [CustomKey, CustomKey]> = {
  toEdit: ['myWorkToEdit', 'myWorkToEditEmpty'],
  toApprove: ['myWorkToApprove', 'myWorkToApproveEmpty'],
  returned: ['myWorkReturned', 'myWorkReturnedEmpty'],
  drafts: ['myWorkDrafts', 'myWorkDraftsEmpty'],
  sent: ['myWorkSent', 'myWorkSentEmpty'],
  scheduled: ['myWorkScheduled', 'myWorkScheduledEmpty'],
}

/** "Việc của tôi", the admin home: what waits on the signed-in user, by role and unit. */
export async function MyWorkView({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user as StaffLike
  const results = await readMyWork(req, myWorkSections(user))
  const adminRoute = req.payload.config.routes.admin
  const words = (section: WorkSection) => ({ title: tr(req.t, SECTION_WORDS[section.key][0]), empty: tr(req.t, SECTION_WORDS[section.key][1]) })
  return (
    <Gutter>
      {/* the page's main landmark: Payload's template draws only the navigation and header */}
      <main className="my-work" style={{ paddingBottom: '3rem' }}>
        <h1>{tr(req.t, 'myWorkTitle')}</h1>
        <p>
          <a href={`${adminRoute}/collections/reports/create`}>{tr(req.t, 'myWorkNewReport')}</a> · <a href={`${adminRoute}/lich-bien-tap`}>{tr(req.t, 'calendarTitle')}</a> ·{' '}
          <a href={`${adminRoute}/collections/reports`}>{tr(req.t, 'myWorkAllReports')}</a>
        </p>
        <ImportWord payload={req.payload} user={req.user} />
        <MyFigures req={req} />
        {results.map(({ section, total, rows }) => (
          <section key={section.key} aria-labelledby={`work-${section.key}`} style={{ marginTop: '2rem' }}>
            <h2 id={`work-${section.key}`}>
              {words(section).title} ({total})
            </h2>
            {rows.length ? <ReportTable reports={rows} adminRoute={adminRoute} showComment={section.key === 'returned'} i18n={req.i18n} /> : <p>{words(section).empty}</p>}
            {total > rows.length && (
              <p>
                <a href={`${adminRoute}/collections/reports?${sectionListQuery(section.where)}`}>{tr(req.t, 'myWorkSeeAll', { count: total })}</a>
              </p>
            )}
          </section>
        ))}
      </main>
    </Gutter>
  )
}
