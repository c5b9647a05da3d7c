import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { UnitPageView } from '@/components/site/ListPages'
import { NOT_FOUND_METADATA } from '@/lib/site/metadata'
import { parsePageParam } from '@/lib/site/pagination'
import { getUnitPage } from '@/site/lists'

export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

type Params = { params: Promise<{ unit: string; page: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { unit, page } = await params
  const data = await getUnitPage(unit, parsePageParam(page) ?? 1)
  return data ? { title: `${data.unit.name} — trang ${page}` } : NOT_FOUND_METADATA
}

export default async function UnitPagedPage({ params }: Params) {
  const { unit, page } = await params
  const n = parsePageParam(page)
  if (!n) notFound()
  return <UnitPageView unitSlug={unit} page={n} />
}
