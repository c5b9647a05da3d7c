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

/** A photo with its caption and credit, as the report's body, its gallery and its album show it. */
export function Figure({ picture, caption, sizes, eager }: { picture: PictureData; caption?: string | null; sizes: string; eager?: boolean }) {
  return (
    <figure className="figure">
      <Picture picture={picture} sizes={sizes} eager={eager} />
      {(caption || picture.credit) && (
        <figcaption>
          {caption}
          {picture.credit && <span className="credit">Ảnh: {picture.credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}
