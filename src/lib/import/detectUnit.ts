import { foldVietnamese } from '../text/foldVietnamese'
import { unitValidOn } from '../units'

export type UnitCandidate = { id: string | number; name: string; province?: string | null; level?: string | null; validFrom?: string | null; validTo?: string | null }

const count = (haystack: string, needle: string) => {
  if (!needle) return 0
  let n = 0
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++
  return n
}

/**
 * The board a page belongs to, from where it speaks of: its province named in the title
 * (most), the lead, the body; between a province's own board and a city's board, which
 * committee the page keeps naming ("Thành ủy" or "Tỉnh ủy"). Null when no province is named.
 */
export function detectUnit(page: { title: string; lead: string; paragraphs: string[] }, units: UnitCandidate[], date: string | null): UnitCandidate | null {
  const title = ` ${foldVietnamese(page.title)} `
  const lead = ` ${foldVietnamese(page.lead)} `
  const body = ` ${foldVietnamese(page.paragraphs.join('\n'))} `
  let best: { unit: UnitCandidate; score: number } | null = null
  for (const unit of units) {
    if (!unit.province) continue
    const province = foldVietnamese(unit.province)
    const mentions = 6 * count(title, province) + 3 * count(lead, province) + count(body, province)
    if (mentions === 0) continue
    const committee = /thanh uy/.test(foldVietnamese(unit.name)) ? 'thanh uy' : /tinh uy/.test(foldVietnamese(unit.name)) ? 'tinh uy' : ''
    const score = mentions + 0.01 * count(body + title, committee) - (!date || unitValidOn(unit, date) ? 0 : 0.5)
    if (!best || score > best.score) best = { unit, score }
  }
  return best?.unit ?? null
}
