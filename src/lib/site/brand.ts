/** The public site's name, as it appears in titles, feeds and structured data. */
export const SITE_NAME = 'Công tác Dân vận'
export const SITE_DESCRIPTION = 'Tin tức, hoạt động công tác dân vận, phong trào thi đua "Dân vận khéo" và văn bản chỉ đạo của Ban Dân vận các cấp.'
