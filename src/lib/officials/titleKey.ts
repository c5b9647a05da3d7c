import { foldVietnamese } from '../text/foldVietnamese'

// Abbreviations official titles are written with, spelled out (on folded text).
const EXPANSIONS: [RegExp, string][] = [
  [/\bbch\b/g, 'ban chap hanh'],
  [/\bbtv\b/g, 'ban thuong vu'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\btw\b/g, 'trung uong'],
  [/\btp\b/g, 'thanh pho'],
  [/\bdbqh\b/g, 'dai bieu quoc hoi'],
  // "Ủy viên Ban Chấp hành Trung ương Đảng" is the "Ủy viên Trung ương Đảng"
  [/\bban chap hanh trung uong\b/g, 'trung uong'],
]

/**
 * The identity of a title however it is written: "Ủy viên BCH Trung ương Đảng" and
 * "Uỷ viên Trung ương Đảng", "Chủ tịch HĐND TP" and "Chủ tịch Hội đồng nhân dân thành phố".
 */
export function titleKey(title: string): string {
  let key = foldVietnamese(title.normalize('NFC')).replace(/[^a-z0-9]+/g, ' ').trim()
  for (const [re, value] of EXPANSIONS) key = key.replace(re, value)
  return key.replace(/\s+/g, ' ')
}
