import { LEGAL_DOCUMENT_TYPES } from '../legal/documentTypes'
import { legalNumberKey } from '../legal/legalNumberKey'
import { foldVietnamese } from '../text/foldVietnamese'
import { findDate } from './parseDate'

export type LegalMention = { type: (typeof LEGAL_DOCUMENT_TYPES)[number]['value']; number: string; issuingBody?: string; issuedDate?: string; summary?: string }
export type CampaignMention = { name: string; kind: 'emulation' | 'mobilisation' | 'theme-year'; year?: number }
export type ModelMention = { name: string; field: 'economy' | 'culture-society' | 'defence-security' | 'political-system' }

const TYPE_WORDS = LEGAL_DOCUMENT_TYPES.map((t) => t.vi).join('|')
// "số 04/2015/NĐ-CP", "số 25- NQ/TW", "43-KL/TW", "1847/QĐ-TTg": a number with a lettered part
const LEGAL = new RegExp(
  String.raw`(${TYPE_WORDS})\s+(?:số\s+)?(\d{1,5}(?:\s*[-/]\s*\d{2,4})?(?:\s*[-/]\s*[\p{Lu}Đ][\p{L}\d]*(?:[-–][\p{L}\d]+)*)(?:\s*\/\s*[\p{Lu}Đ][\p{L}\d]*(?:[-–][\p{L}\d]+)*)?)`,
  'gu',
)
const ISSUER_BY_SUFFIX: [RegExp, string][] = [
  [/\/TW$/i, 'Ban Chấp hành Trung ương Đảng'],
  [/NĐ-CP$|NQ-CP$/i, 'Chính phủ'],
  [/-TTg$/i, 'Thủ tướng Chính phủ'],
  [/QH\d*$/i, 'Quốc hội'],
]

const typeOf = (word: string) => LEGAL_DOCUMENT_TYPES.find((t) => t.vi.toLowerCase() === word.toLowerCase())!.value

/** Legal documents cited with a full number: type, number as written, issuer, date and subject when stated. */
export function extractLegalDocuments(paragraphs: string[]): LegalMention[] {
  const found = new Map<string, LegalMention>()
  for (const text of paragraphs) {
    for (const m of text.matchAll(LEGAL)) {
      const number = m[2].replace(/\s*([-/])\s*/g, '$1')
      if (!/\p{L}/u.test(number)) continue
      const key = legalNumberKey(number)
      if (found.has(key)) continue
      // what follows the number, up to the sentence's end or the next document cited
      const tail = text
        .slice(m.index! + m[0].length, m.index! + m[0].length + 300)
        .split(/[;.(]\s|[;(]/)[0]
        .split(new RegExp(String.raw`\s(?:và|,)?\s*(?:${TYPE_WORDS})\s`, 'u'))[0]
      const dated = /^\s*,?\s*ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/.exec(tail)
      const afterDate = dated ? tail.slice(dated[0].length) : tail
      const issuer = /^\s*,?\s*của\s+(.+?)(?=\s+(?:về|khóa|khoá|trong|đã|và)\s|,|$)/.exec(afterDate)
      const subject = /^\s*,?\s*(?:của\s+.+?\s+)?về\s+(?:việc\s+)?(.+?)(?=,|$)/.exec(afterDate)
      found.set(key, {
        type: typeOf(m[1]),
        number,
        issuingBody: issuer?.[1].trim() ?? ISSUER_BY_SUFFIX.find(([re]) => re.test(number))?.[1],
        issuedDate: dated ? findDate(dated[1])?.iso : undefined,
        summary: subject ? subject[1].replace(/[“”"]/g, '').trim() : undefined,
      })
    }
  }
  return [...found.values()]
}

const QUOTED = String.raw`[“"]([^”"]{3,160})[”"]`

/** Movements, campaigns and theme years: “Dân vận khéo”, “Năm Dân vận chính quyền” 2018. */
export function extractCampaigns(paragraphs: string[], fallbackYear?: number): CampaignMention[] {
  const found = new Map<string, CampaignMention>()
  const add = (c: CampaignMention) => {
    const key = `${c.kind}|${foldVietnamese(c.name)}|${c.year ?? ''}`
    if (!found.has(key)) found.set(key, c)
  }
  for (const text of paragraphs) {
    for (const m of text.matchAll(new RegExp(String.raw`phong trào thi đua\s*${QUOTED}`, 'giu'))) add({ name: m[1].trim(), kind: 'emulation' })
    for (const m of text.matchAll(new RegExp(String.raw`cuộc vận động\s*${QUOTED}`, 'giu'))) add({ name: m[1].trim(), kind: 'mobilisation' })
    // “Năm Dân vận chính quyền”, Năm “Đẩy mạnh ...” 2021, chủ đề năm là "..."
    const themes = [
      ...[...text.matchAll(new RegExp(String.raw`[“"](Năm\s+[^”"]{3,120})[”"]`, 'gu'))].map((m) => ({ name: m[1], at: m.index! + m[0].length })),
      ...[...text.matchAll(new RegExp(String.raw`(?:\bNăm|chủ đề năm(?:\s+\d{4})?\s*(?:là|:))\s*${QUOTED}`, 'gu'))].map((m) => ({ name: `Năm ${m[1]}`, at: m.index! + m[0].length })),
    ]
    for (const theme of themes) {
      const near = /^\s*(?:năm\s+)?((?:19|20)\d{2})\b/.exec(text.slice(theme.at)) ?? [...text.slice(0, theme.at).matchAll(/\b((?:19|20)\d{2})\b/g)].pop()
      add({ name: theme.name.replace(/\s+/g, ' ').trim(), kind: 'theme-year', year: near ? +near[1] : fallbackYear })
    }
  }
  // the same theme written with different case ("quy chế" / "Quy chế") is one campaign
  const byName = new Map<string, CampaignMention>()
  for (const c of found.values()) {
    const key = `${c.kind}|${foldVietnamese(c.name)}`
    const seen = byName.get(key)
    if (!seen || (seen.year === undefined && c.year !== undefined)) byName.set(key, c)
  }
  return [...byName.values()]
}

const FIELD_WORDS: [ModelMention['field'], RegExp][] = [
  ['defence-security', /an ninh|quốc phòng|trật tự|tội phạm|biên giới|ma túy/i],
  ['economy', /kinh tế|sản xuất|nông nghiệp|giảm nghèo|làm giàu|thu nhập|hợp tác xã|du lịch/i],
  ['political-system', /chính quyền|xây dựng đảng|cải cách hành chính|hệ thống chính trị|dân chủ|mặt trận|mttq|tiếp dân|đối thoại/i],
]

/** "Dân vận khéo" models named in a page: quoted names after "mô hình", one by one in a list. */
export function extractModels(paragraphs: string[]): ModelMention[] {
  const found = new Map<string, ModelMention>()
  for (const text of paragraphs) {
    for (const sentence of text.split(/(?<=[.;])\s+/)) {
      const at = sentence.search(/mô hình/i)
      if (at < 0) continue
      for (const m of sentence.slice(at).matchAll(new RegExp(QUOTED, 'gu'))) {
        const name = m[1].replace(/\s+/g, ' ').trim()
        // the movement itself, not one of its models
        if (/^dân vận khéo$/i.test(name) || found.has(foldVietnamese(name))) continue
        const field = FIELD_WORDS.find(([, re]) => re.test(name))?.[0] ?? 'culture-society'
        found.set(foldVietnamese(name), { name, field })
      }
    }
  }
  return [...found.values()]
}
