/**
 * 10,000 old-site pages made by mechanical variation of the five seed pages: each keeps its
 * seed's form (date line, title or none, captions, author lines, chrome) with another date
 * written the seed's way, another board's province, its body paragraphs in another order and
 * the officials' names swapped among the seeds' names.
 */
import fs from 'node:fs'
import path from 'node:path'

const PROVINCES = ['Hải Dương', 'Cà Mau', 'Thái Nguyên', 'Hà Nội', 'Bắc Ninh', 'Hải Phòng']
const NAMES = ['Trần Đức Thắng', 'Nguyễn Văn Phú', 'Phạm Tất Thắng', 'Nguyễn Thanh Hải', 'Phạm Hoàng Sơn', 'Võ Văn Thưởng', 'Nguyễn Văn Phong', 'Nguyễn Doãn Toản', 'Nguyễn Hoàng Long', 'Nguyễn Công Vạn']
const pad = (n: number) => String(n).padStart(2, '0')

export function generatePages(count: number, seedDir = path.resolve('seed/documents')): { name: string; text: string }[] {
  const seeds = fs.readdirSync(seedDir).sort().map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8'))
  let state = 7
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648)
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]
  const pages: { name: string; text: string }[] = []
  for (let i = 0; i < count; i++) {
    const which = i % seeds.length
    let text = seeds[which]
    const [y, m, d, h, mi] = [2018 + Math.floor(random() * 8), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28), Math.floor(random() * 24), Math.floor(random() * 60)]
    text = text
      .replace('( Cập nhật:28/12/2023 15:07:27)', `( Cập nhật:${pad(d)}/${pad(m)}/${y} ${pad(h)}:${pad(mi)}:00)`)
      .replace('Thứ Sáu, 21/6/2024', `Thứ Hai, ${d}/${m}/${y}`)
      .replace('(14:23 13/01/2022)', `(${pad(h)}:${pad(mi)} ${pad(d)}/${pad(m)}/${y})`)
      .replace('2024-07-24 16:42:07', `${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(mi)}:07`)
    // another board: the seed's province named as another
    const from = ['Hải Dương', 'Cà Mau', 'Thái Nguyên', 'Hà Nội', 'Bắc Ninh'][which]
    text = text.split(from).join(pick(PROVINCES))
    // the officials' names swapped among the seeds' names
    const swap = new Map(NAMES.map((n) => [n, pick(NAMES)]))
    text = text.replace(new RegExp(NAMES.join('|'), 'g'), (n) => swap.get(n)!)
    // the article's long paragraphs in another order (captions and chrome stay put)
    const lines = text.split('\n')
    const body = lines.map((l, at) => ({ l, at })).filter(({ l }) => l.length > 300)
    const order = [...body].sort(() => random() - 0.5)
    body.forEach(({ at }, k) => (lines[at] = order[k].l))
    text = lines.join('\n')
    // a number in the title keeps thousands of variants distinct, as real archives' titles are
    const titled = which === 4 ? text.replace(/^(Sáng \d+\/\d+, )/m, `$1kỳ ${i}, `) : insertNumber(text, which, i)
    pages.push({ name: `trang-${String(i).padStart(5, '0')}.txt`, text: titled })
  }
  return pages
}

/** "… của tỉnh" → "… của tỉnh (bài 123)" on the title line of each seed form. */
function insertNumber(text: string, which: number, i: number): string {
  const lines = text.split('\n')
  const titleLine = [4, 0, 1, 0][which] // 0-based line of the title in seeds 000–003
  lines[titleLine] = which === 3 ? lines[titleLine].replace(/ \(/, ` (bài ${i}) (`) : `${lines[titleLine]} (bài ${i})`
  return lines.join('\n')
}
