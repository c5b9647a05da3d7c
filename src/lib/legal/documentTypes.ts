/** Types of legal document boards cite, as written before the number ("Nghị quyết số 25-NQ/TW"). */
export const LEGAL_DOCUMENT_TYPES = [
  { value: 'resolution', vi: 'Nghị quyết', en: 'Resolution' },
  { value: 'conclusion', vi: 'Kết luận', en: 'Conclusion' },
  { value: 'directive', vi: 'Chỉ thị', en: 'Directive' },
  { value: 'decision', vi: 'Quyết định', en: 'Decision' },
  { value: 'decree', vi: 'Nghị định', en: 'Decree' },
  { value: 'law', vi: 'Luật', en: 'Law' },
  { value: 'circular', vi: 'Thông tư', en: 'Circular' },
  { value: 'plan', vi: 'Kế hoạch', en: 'Plan' },
  { value: 'guideline', vi: 'Hướng dẫn', en: 'Guideline' },
  { value: 'regulation', vi: 'Quy định', en: 'Regulation' },
] as const
