import type { LegalDocument } from '../payload-types'
import { COLLECTION_TAGS as T, LIST_TAGS } from '../lib/site/cacheTags'
import { campaignKindLabel, legalTitle } from '../lib/site/labels'
import type { Page } from '../lib/site/paging'
import { campaignPath, legalDocumentPath } from '../lib/site/urls'
import { findReportCards, populatedAll, type ReportCard } from './cards'
import { findModelCards, type ModelCard } from './model'
import { siteRead } from './siteRead'
import { sitePayload } from './sitePayload'

export type CampaignPage = {
  campaign: {
    id: string
    name: string
    kind: string
    start: string | null
    end: string | null
    issuingBody: string | null
    description: string | null
    url: string
    legalDocuments: { name: string; url: string; summary: string | null }[]
  }
  reports: Page<ReportCard>
  models: ModelCard[]
}

/** A campaign with the documents behind it, its reports and the models recognised in it. */
export const getCampaignPage = siteRead('site-campaign', { tags: [T.campaigns, T.models, T['legal-documents'], ...LIST_TAGS], duringBuild: null }, async (slug: string): Promise<CampaignPage | null> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    joins: false,
    populate: { 'legal-documents': { type: true, number: true, summary: true } },
  })
  const campaign = docs[0]
  if (!campaign) return null
  const [reports, models] = await Promise.all([
    findReportCards([{ campaigns: { in: [campaign.id] } }], { limit: 30 }),
    findModelCards({ campaign: { equals: campaign.id } }, { limit: 100, sort: '-yearRecognised' }),
  ])
  return {
    campaign: {
      id: String(campaign.id),
      name: campaign.name,
      kind: campaignKindLabel(campaign.kind),
      start: campaign.start ?? null,
      end: campaign.end ?? null,
      issuingBody: campaign.issuingBody ?? null,
      description: campaign.description ?? null,
      url: campaignPath(campaign),
      legalDocuments: populatedAll<Pick<LegalDocument, 'type' | 'number' | 'summary'>>(campaign.legalDocuments).map((d) => ({ name: legalTitle(d), url: legalDocumentPath(d), summary: d.summary ?? null })),
    },
    reports,
    models: models.items,
  }
})
