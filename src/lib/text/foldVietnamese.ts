/**
 * Folds Vietnamese text to plain lowercase ASCII letters for slugs, search keys and
 * comparisons. đ/Đ is a letter of its own (U+0111/U+0110), not d plus a combining mark,
 * so stripping marks after NFD does not remove it: it is mapped explicitly.
 */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}
