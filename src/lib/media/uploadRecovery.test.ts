import { describe, expect, it } from 'vitest'
import { belongsTo, listedFiles, planUploadRecovery, type ClaimFile, type RecoveryInput } from './uploadRecovery'

const NOW = Date.parse('2026-12-06T10:00:00Z')
const HOUR = 3_600_000
const old = NOW - 2 * HOUR
const fresh = NOW - 1000

const photo = (id: number, stem: string) => ({ id, filename: `${stem}.jpg`, sizes: [`${stem}-thumbnail.webp`, `${stem}-card.webp`, `${stem}-social.jpg`] })
const filesOf = (stem: string, at = fresh) => [`${stem}.jpg`, `${stem}-thumbnail.webp`, `${stem}-card.webp`, `${stem}-social.jpg`].map((name) => ({ name, modifiedAt: at }))
const claim = (key: string, pid: number, stems: string[], host = 'may-chu'): ClaimFile => ({ key, host, pid, processStart: 1, stems })

const plan = (over: Partial<RecoveryInput>) =>
  planUploadRecovery({ files: [], photos: [], claims: [], now: NOW, host: 'may-chu', graceMs: HOUR, isAlive: () => false, ...over })

describe('planUploadRecovery', () => {
  it('leaves a whole photo alone and drops the claim of a process that is gone', () => {
    const out = plan({ files: filesOf('hoi-nghi-aa'), photos: [photo(1, 'hoi-nghi-aa')], claims: [claim('c1', 10, ['hoi-nghi-aa'])] })
    expect(out).toEqual({ removeFiles: [], regenerate: [], missingOriginals: [], dropClaims: ['c1'] })
  })

  it('after a crash between a replacement\'s commit and the removal of the old files, removes the old files the claim names', () => {
    // the photo now names anh-new; anh-old was claimed when the replacement began
    const out = plan({ files: [...filesOf('anh-old'), ...filesOf('anh-new')], photos: [photo(1, 'anh-new')], claims: [claim('c1', 10, ['anh-new', 'anh-old'])] })
    expect(out.removeFiles.sort()).toEqual(filesOf('anh-old').map((f) => f.name).sort())
    expect(out.missingOriginals).toEqual([])
  })

  it('removes at once the files of an upload whose process died before its document was saved, partial copies too', () => {
    const files = [...filesOf('anh-bb').slice(0, 2), { name: 'anh-bb-card.webp.tmp-1a2b', modifiedAt: fresh }, ...filesOf('hoi-nghi-aa')]
    const out = plan({ files, photos: [photo(1, 'hoi-nghi-aa')], claims: [claim('c1', 10, ['anh-bb'])] })
    expect(out.removeFiles.sort()).toEqual(['anh-bb-card.webp.tmp-1a2b', 'anh-bb-thumbnail.webp', 'anh-bb.jpg'])
    expect(out.dropClaims).toEqual(['c1'])
  })

  it('never touches the files of a live process, listed or not, nor remakes their sizes', () => {
    const files = [...filesOf('anh-cc').slice(0, 1), ...filesOf('anh-dd').slice(0, 2)]
    const out = plan({ files, photos: [photo(2, 'anh-dd')], claims: [claim('c2', 20, ['anh-cc', 'anh-dd'])], isAlive: (c) => c.pid === 20 })
    expect(out).toEqual({ removeFiles: [], regenerate: [], missingOriginals: [], dropClaims: [] })
  })

  it('removes an unclaimed file no document lists only once it is older than the grace period', () => {
    const files = [{ name: 'la-aa.jpg', modifiedAt: old }, { name: 'la-bb.jpg', modifiedAt: fresh }]
    expect(plan({ files }).removeFiles).toEqual(['la-aa.jpg'])
  })

  it('leaves the claims of another machine to that machine', () => {
    const files = filesOf('anh-ee')
    const out = plan({ files, claims: [claim('c3', 30, ['anh-ee'], 'may-khac')] })
    expect(out.removeFiles).toEqual([])
    expect(out.dropClaims).toEqual([])
  })

  it('asks for the missing sizes of a saved photo whose original is there, and reports one whose original is gone', () => {
    const files = [...filesOf('anh-ff').filter((f) => !f.name.endsWith('-card.webp')), ...filesOf('anh-gg').slice(1)]
    const out = plan({ files, photos: [photo(5, 'anh-ff'), photo(6, 'anh-gg')] })
    expect(out.regenerate).toEqual([{ id: 5, filename: 'anh-ff.jpg', missing: ['anh-ff-card.webp'] }])
    expect(out.missingOriginals).toEqual([{ id: 6, filename: 'anh-gg.jpg' }])
    expect(out.removeFiles).toEqual([])
  })

  it('tells a stem from another that begins the same', () => {
    expect(belongsTo('anh-1a-card.webp', 'anh-1a')).toBe(true)
    expect(belongsTo('anh-1a.jpg.tmp-9', 'anh-1a')).toBe(true)
    expect(belongsTo('anh-1ab.jpg', 'anh-1a')).toBe(false)
  })
})

describe('listedFiles', () => {
  it('names every original and size the photos list', () => {
    expect([...listedFiles([photo(1, 'anh-aa'), { filename: null, sizes: [] }])].sort()).toEqual(filesOf('anh-aa').map((f) => f.name).sort())
  })
})
