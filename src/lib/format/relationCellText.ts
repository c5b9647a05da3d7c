/**
 * What a list cell of a relationship shows for none: a dash. Payload's cell writes "<Không có
 * Người tạo>" there, on every report the importer or the seed made. Undefined for a value:
 * Payload's cell looks it up and shows its title.
 */
export function relationCellText(value: unknown): string | undefined {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) ? '—' : undefined
}
