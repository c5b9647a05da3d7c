/** The types of the files the stores hold, by extension: photos and their sizes, legal documents' attachments. */
const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/** A stored file's type as it is served and put in a bucket; bytes of no known kind for anything else. */
export const contentTypeOf = (filename: string): string => TYPES[filename.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream'
