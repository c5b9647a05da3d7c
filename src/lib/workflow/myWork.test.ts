import { describe, expect, it } from 'vitest'
import { MY_WORK_LIMIT, myWorkSections, nameRows, referencedIds, sectionListQuery } from './myWork'

describe('myWorkSections', () => {
  it('gives each role what waits on it, and every author what they sent', () => {
    const keys = (roles: string[]) => myWorkSections({ id: 7, roles, units: [3] } as never).map((s) => s.key)
    expect(keys(['contributor'])).toEqual(['returned', 'drafts', 'sent', 'scheduled'])
    expect(keys(['editor'])).toEqual(['toEdit', 'returned', 'drafts', 'sent', 'scheduled'])
    expect(keys(['approver'])).toEqual(['toApprove', 'returned', 'drafts', 'sent', 'scheduled'])
  })
  it('lists the author’s own reports past the draft, whatever state they reached', () => {
    const sent = myWorkSections({ id: 7, roles: ['contributor'], units: [3] } as never).find((s) => s.key === 'sent')!
    expect(sent.where).toEqual({ and: [{ createdBy: { equals: 7 } }, { workflowState: { in: ['submitted', 'inApproval', 'published', 'unpublished'] } }] })
  })
})

describe('reading the sections', () => {
  const doc = (id: number, unit: number | string | { id: number } | null, createdBy: number | string | null) => ({
    id,
    title: `Tin ${id}`,
    updatedAt: '2026-06-01T00:00:00.000Z',
    unit,
    createdBy,
  })

  it('names each unit and author once, whether stored as a number, a string or populated', () => {
    const ids = referencedIds([doc(1, 3, 7), doc(2, '3', 7), doc(3, { id: 4 }, null), doc(4, null, '8')])
    expect(ids).toEqual({ units: ['3', 4], users: [7, '8'] })
  })

  it('puts the names in place of the ids, and nothing where the reader may not see them', () => {
    const rows = nameRows([doc(1, 3, 7), doc(2, 5, 9)], new Map([['3', 'Ban Dân vận Thành ủy Hà Nội']]), new Map([['7', 'Phạm Huy Kiên']]))
    expect(rows.map((r) => [r.unitName, r.authorName])).toEqual([
      ['Ban Dân vận Thành ủy Hà Nội', 'Phạm Huy Kiên'],
      ['', ''],
    ])
    expect(rows[0]).not.toHaveProperty('unit')
  })

  it('links a section to the reports list filtered the same way, newest first', () => {
    const sent = myWorkSections({ id: 7, roles: ['contributor'], units: [3] }).find((s) => s.key === 'sent')!
    const query = decodeURIComponent(sectionListQuery(sent.where))
    expect(query.split('&')).toEqual([
      'where[and][0][createdBy][equals]=7',
      'where[and][1][workflowState][in][0]=submitted',
      'where[and][1][workflowState][in][1]=inApproval',
      'where[and][1][workflowState][in][2]=published',
      'where[and][1][workflowState][in][3]=unpublished',
      'sort=-updatedAt',
    ])
    expect(MY_WORK_LIMIT).toBeLessThanOrEqual(20)
  })
})
