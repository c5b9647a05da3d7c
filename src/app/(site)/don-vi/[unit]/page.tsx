import type { Metadata } from 'next'
import { UnitPageView } from '@/components/site/ListPages'
import { NOT_FOUND_METADATA, pageMetadata } from '@/lib/site/metadata'
import { unitPath } from '@/lib/site/urls'
import { getUnitPage } from '@/site/lists'

export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

type Params = { params: Promise<{ unit: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { unit } = await params
  const data = await getUnitPage(unit, 1)
  if (!data) return NOT_FOUND_METADATA
  return pageMetadata({ title: data.unit.name, description: `Tin bài của ${data.unit.name}`, path: unitPath(data.unit) }, { types: { 'application/rss+xml': `${unitPath(data.unit)}/rss.xml` } })
}

export default async function UnitPage({ params }: Params) {
  return <UnitPageView unitSlug={(await params).unit} page={1} />
}
