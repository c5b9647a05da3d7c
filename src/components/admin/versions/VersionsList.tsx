import { getTranslation } from '@payloadcms/translations'
import { Gutter, Link, Pill, SetDocumentStepNav, Table } from '@payloadcms/ui'
import type { Column, DocumentViewServerProps, RelationshipField, TypeWithVersion, Where } from 'payload'
import React from 'react'
import { userNames } from '../../../data/userNames'
import { formatPatternVN } from '../../../lib/format/dates'

const PER_PAGE = 20

type Version = TypeWithVersion<{ _status?: 'draft' | 'published'; savedBy?: number | string | null }>

/**
 * A document's versions, newest first, with their times in Vietnam time. Payload's own list
 * prints them in the browser's zone and offers no way to change its date cell, so this takes
 * its place (admin.components.views.edit.versions), with the same columns, labels and links,
 * and who saved each version where the collection records it (src/fields/savedBy.ts).
 */
export async function VersionsList({ initPageResult, searchParams }: DocumentViewServerProps) {
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined) return null
  const { i18n, payload } = req
  const t = i18n.t
  const adminRoute = payload.config.routes.admin
  const page = Math.max(1, Number(searchParams?.page) || 1)
  const drafts = Boolean(collectionConfig.versions && typeof collectionConfig.versions === 'object' && collectionConfig.versions.drafts)
  const find = (where: Where, limit: number, p = 1) =>
    payload.findVersions({ collection: collectionConfig.slug, where: { and: [{ parent: { equals: docID } }, where] }, sort: '-updatedAt', limit, page: p, depth: 0, req, overrideAccess: false })
  const [versions, published] = await Promise.all([find({}, PER_PAGE, page), drafts ? find({ 'version._status': { equals: 'published' } }, 1) : null])
  const newest = page === 1 ? versions.docs[0] : (await find({}, 1)).docs[0]
  const currentlyPublished = published?.docs[0]

  const label = (version: Version): { text: string; style: 'light' | 'success' } => {
    if (version.version?._status === 'draft') {
      const current = version.id === newest?.id && !(currentlyPublished && currentlyPublished.updatedAt > version.updatedAt)
      return { text: current ? t('version:currentDraft') : t('version:draft'), style: 'light' }
    }
    return version.id === currentlyPublished?.id ? { text: t('version:currentlyPublished'), style: 'success' } : { text: t('version:previouslyPublished'), style: 'light' }
  }
  const docs = versions.docs as Version[]
  const savedByField = collectionConfig.fields.find((f): f is RelationshipField => f.type === 'relationship' && f.name === 'savedBy')
  const savers = savedByField ? await userNames(req, docs.flatMap((v) => (v.version?.savedBy ? [v.version.savedBy] : []))) : null
  const columns: Column[] = [
    {
      accessor: 'updatedAt',
      active: true,
      field: { name: '', type: 'date' },
      Heading: <span>{t('general:updatedAt')}</span>,
      renderedCells: docs.map((v) => (
        <Link href={`${adminRoute}/collections/${collectionConfig.slug}/${docID}/versions/${v.id}`} key={v.id} prefetch={false}>
          {formatPatternVN(v.updatedAt, payload.config.admin.dateFormat)}
        </Link>
      )),
    },
    { accessor: 'id', active: true, field: { name: '', type: 'text' }, Heading: <span>{t('version:versionID')}</span>, renderedCells: docs.map((v) => <span key={v.id}>{v.id}</span>) },
    ...(savedByField && savers
      ? [
          {
            accessor: 'savedBy',
            active: true,
            field: { name: '', type: 'text' },
            Heading: <span>{getTranslation(savedByField.label || 'savedBy', i18n)}</span>,
            renderedCells: docs.map((v) => <span key={v.id}>{v.version?.savedBy ? (savers.get(String(v.version.savedBy)) ?? '') : ''}</span>),
          } as Column,
        ]
      : []),
    ...(drafts
      ? [
          {
            accessor: '_status',
            active: true,
            field: { name: '', type: 'text' },
            Heading: <span>{t('version:status')}</span>,
            renderedCells: docs.map((v) => {
              const { text, style } = label(v)
              return (
                <Pill key={v.id} pillStyle={style} size="small">
                  {text}
                </Pill>
              )
            }),
          } as Column,
        ]
      : []),
  ]
  const pageLink = (p: number) => `${adminRoute}/collections/${collectionConfig.slug}/${docID}/versions?page=${p}`
  const first = (versions.page ?? 1) * versions.limit - versions.limit + 1
  const last = first + docs.length - 1

  return (
    <>
      <SetDocumentStepNav
        collectionSlug={collectionConfig.slug}
        id={docID}
        pluralLabel={typeof collectionConfig.labels.plural === 'function' ? collectionConfig.labels.plural({ i18n, t }) : collectionConfig.labels.plural}
        useAsTitle={collectionConfig.admin?.useAsTitle}
        view={t('version:versions')}
      />
      <main className="versions">
        <Gutter className="versions__wrap">
          {docs.length === 0 ? (
            <div className="versions__no-versions">{t('version:noFurtherVersionsFound')}</div>
          ) : (
            <>
              <Table columns={columns} data={docs as unknown as Record<string, unknown>[]} />
              <div className="versions__page-controls" style={{ display: 'flex', gap: '1rem', justifyContent: 'flex-end', alignItems: 'center', marginTop: '1rem' }}>
                {versions.hasPrevPage && <Link href={pageLink(page - 1)}>{t('general:previous')}</Link>}
                <span className="versions__page-info">
                  {first}-{last} {t('general:of')} {versions.totalDocs}
                </span>
                {versions.hasNextPage && <Link href={pageLink(page + 1)}>{t('general:next')}</Link>}
              </div>
            </>
          )}
        </Gutter>
      </main>
    </>
  )
}
