import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { problemsBox, stampSettled } from '../../scripts/lint/onSlide'

const folder = mkdtempSync(join(tmpdir(), 'lint-on-slide-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('stampSettled', () => {
  it('trusts a stamp only once the file\'s last change is older than a coarse clock\'s grain', () => {
    const now = Date.parse('2026-12-03T08:00:00Z')
    expect(stampSettled(now - 60_000, now)).toBe(true)
    expect(stampSettled(now - 1_000, now)).toBe(false)
    expect(stampSettled(now + 5_000, now)).toBe(false)
  })
})

describe('problemsBox', () => {
  it('boxes a slide\'s problems, and sees every save of the deck, a same-size one with an old time too', () => {
    const deck = join(folder, 'slides.md')
    copyFileSync(join(import.meta.dirname, '../../slides.md'), deck)
    const source = readFileSync(deck, 'utf8')
    const slideCount = source.split('\n---\n').length
    const boxes = () => Array.from({ length: slideCount }, (_, index) => problemsBox(deck, index)).filter(box => box !== '')
    /** Saves the deck with its times set to one moment a minute back, every save: settled stamps, as a coarse clock would give them. */
    const old = new Date(Date.now() - 60_000)
    const save = (text: string) => {
      writeFileSync(deck, text)
      utimesSync(deck, old, old)
    }
    // The deck as it is (clean), and with the same number of bytes but a full-width comma of its text made half-width (a typesetting problem).
    const clean = source
    const broken = source.replace(/(\p{Script=Han})，(\p{Script=Han})/u, '$1,ab$2')
    expect(broken).not.toBe(clean)
    expect(Buffer.byteLength(clean)).toBe(Buffer.byteLength(broken))
    save(clean)
    expect(boxes()).toEqual([])
    save(broken)
    expect(boxes()).toEqual([expect.stringContaining('<DeckProblems')])
    save(clean)
    expect(boxes()).toEqual([])
  })
})
