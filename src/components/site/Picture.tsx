import type { Picture as PictureData } from '@/lib/site/images'

/** A photo from the pipeline's sizes: WebP first, the JPEG/PNG fallback for other browsers. */
export function Picture({ picture, sizes, className, eager }: { picture: PictureData; sizes: string; className?: string; eager?: boolean }) {
  return (
    <picture className={className}>
      {picture.webpSrcSet && <source type="image/webp" srcSet={picture.webpSrcSet} sizes={sizes} />}
      <img
        src={picture.src}
        srcSet={picture.srcSet}
        sizes={picture.srcSet ? sizes : undefined}
        alt={picture.alt}
        width={picture.width}
        height={picture.height}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
        fetchPriority={eager ? 'high' : undefined}
      />
    </picture>
  )
}
