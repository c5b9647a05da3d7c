import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CategoryPageView } from '@/components/site/ListPages'
import { parsePageParam } from '@/lib/site/pagination'
import { getCategoryPage } from '@/site/queries'

export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

type Params = { params: Promise<{ slug: string; page: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, page } = await params
  const data = await getCategoryPage(slug, parsePageParam(page) ?? 1)
  return { title: data ? `${data.category.name} — trang ${page}` : 'Không tìm thấy trang' }
}

export default async function CategoryPagedPage({ params }: Params) {
  const { slug, page } = await params
  const n = parsePageParam(page)
  if (!n) notFound()
  return <CategoryPageView slug={slug} page={n} />
}
