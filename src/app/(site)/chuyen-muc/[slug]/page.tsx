import type { Metadata } from 'next'
import { CategoryPageView } from '@/components/site/ListPages'
import { pageMetadata } from '@/lib/site/metadata'
import { categoryPath } from '@/lib/site/urls'
import { getCategoryPage } from '@/site/lists'

export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

type Params = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const data = await getCategoryPage((await params).slug, 1)
  return pageMetadata(data && { title: data.category.name, path: categoryPath(data.category) })
}

export default async function CategoryPage({ params }: Params) {
  return <CategoryPageView slug={(await params).slug} page={1} />
}
