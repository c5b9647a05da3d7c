import { articleDownload } from '@/site/articleDownload'

/** "Lưu bài": the published report as one self-contained HTML file (src/site/articleDownload.ts). */
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ unit: string; slug: string }> }) {
  const { unit, slug } = await params
  const download = await articleDownload(unit, slug)
  if (!download) return new Response('Không tìm thấy bài viết.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(download.html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Disposition': download.contentDisposition,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  })
}
