import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CategoryPageView } from '@/components/site/ListPages'
import { NOT_FOUND_METADATA } from '@/lib/site/metadata'
import { parsePageParam } from '@/lib/site/pagination'
import { getCategoryPage } from '@/site/lists'

export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

type Params = { params: Promise<{ slug: string; page: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, page } = await params
  const data = await getCategoryPage(slug, parsePageParam(page) ?? 1)
  return data ? { title: `${data.category.name} — trang ${page}` } : NOT_FOUND_METADATA
}

export default async function CategoryPagedPage({ params }: Params) {
  const { slug, page } = await params
  const n = parsePageParam(page)
  if (!n) notFound()
  return <CategoryPageView slug={slug} page={n} />
}
