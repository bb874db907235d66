import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { problemsBox, stampSettled } from '../../scripts/lint/onSlide'
import { CLEAN_DECK as DECK } from '../support/cleanDeck'

const folder = mkdtempSync(join(tmpdir(), 'lint-on-slide-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('stampSettled', () => {
  it('trusts a stamp only once the file\'s last change is older than a coarse clock\'s grain', () => {
    const now = Date.parse('2026-12-03T08:00:00Z')
    expect(stampSettled(now - 60_000, now)).toBe(true)
    expect(stampSettled(now - 1_000, now)).toBe(false)
    expect(stampSettled(now + 5_000, now)).toBe(false)
  })

  it('the grain is three seconds: a change exactly that old is not yet trusted', () => {
    const now = Date.parse('2026-12-03T08:00:00Z')
    expect(stampSettled(now - 3_000, now)).toBe(false)
    expect(stampSettled(now - 3_001, now)).toBe(true)
  })
})


let files = 0
/** A new deck file in the test's folder (each test its own, so no test sees another's cached problems). */
function deckFile(text: string, name = `deck-${++files}.md`): string {
  const path = join(folder, name)
  writeFileSync(path, text)
  return path
}
const boxes = (file: string, slides = 2) => Array.from({ length: slides }, (_, index) => problemsBox(file, index))
/** The messages a box holds, read back from its attribute. */
const messagesOf = (box: string) => JSON.parse(/:messages='(.*)'/.exec(box)![1]) as string[]

describe('problemsBox', () => {
  it('is empty for every slide of a deck with nothing wrong', () => {
    expect(boxes(deckFile(DECK))).toEqual(['', ''])
  })

  it('boxes a slide\'s problems, each as npm run lint prints it with the file\'s name, and only on its slide', () => {
    const broken = DECK.replace('**一句主张**', '**一句主张**\n\n<div>块</div>\n\n不加粗,有半角逗号')
    const file = deckFile(broken, 'broken.md')
    const [cover, point] = boxes(file)
    expect(cover).toBe('')
    expect(point).toMatch(/^\n\n<DeckProblems :messages='\[.*\]' \/>\n$/)
    const line = (needle: string) => broken.split('\n').findIndex(text => text.includes(needle)) + 1
    expect(messagesOf(point)).toEqual([
      expect.stringMatching(new RegExp(`^broken\\.md:${line('<div>')}:1 .*用 Markdown 写.* \\(markdown\\)$`)),
      expect.stringMatching(new RegExp(`^broken\\.md:${line('有半角逗号')}:\\d+ .* \\(typesetting\\)$`)),
    ])
  })

  it('writes the messages so neither the template nor Markdown reads markup or a quote in them', () => {
    // An unknown layout's name is quoted in its message: a name with < > & and ' in it.
    const file = deckFile(DECK.replace('layout: statement', 'layout: "a<b>&\'c"'))
    const box = problemsBox(file, 1)
    const literal = /:messages='(.*)'/.exec(box)![1]
    expect(literal).not.toMatch(/[<>&']/)
    expect(literal).toContain('a\\u003cb\\u003e\\u0026\\u0027c')
    expect(messagesOf(box)).toEqual([expect.stringContaining('未知的版式「a<b>&\'c」')])
  })

  it('leaves chart and figure data out: their components show those problems in place', () => {
    const file = deckFile(DECK.replace('layout: statement', 'layout: chart').replace('**一句主张**', '正文').replace('id: cover', 'id: cover\nfigures:\n  - value: 1'))
    expect(boxes(file)).toEqual(['', ''])
  })

  it('is empty for a file that is not a deck, and lets any other failure through', () => {
    expect(boxes(deckFile('just some words\n'), 1)).toEqual([''])
    // A translation whose source is not beside it: reading the source fails.
    expect(() => problemsBox(deckFile(DECK, 'alone.en.md'), 0)).toThrow(/ENOENT/)
  })

  it('sees every save of a deck, a same-size one with an old time too, and each deck apart', () => {
    const file = deckFile(DECK)
    const other = deckFile(DECK.replace('**一句主张**', '不加粗'))
    /** Saves the deck with its times set to one moment a minute back, every save: settled stamps, as a coarse clock would give them. */
    const old = new Date(Date.now() - 60_000)
    const save = (text: string) => {
      writeFileSync(file, text)
      utimesSync(file, old, old)
    }
    // The same number of bytes, with a full-width comma made half-width (a typesetting problem).
    const clean = DECK.replace('- 要点。', '- 要点，其次。')
    const broken = DECK.replace('- 要点。', '- 要点,ab其次。')
    expect(Buffer.byteLength(broken)).toBe(Buffer.byteLength(clean))
    save(clean)
    expect(boxes(file)).toEqual(['', ''])
    expect(boxes(other)[1]).toContain('DeckProblems')
    save(broken)
    expect(boxes(file)[1]).toContain('DeckProblems')
    save(clean)
    expect(boxes(file)).toEqual(['', ''])
    // Saved again with the same text and a fresh time, then changed within the clock's grain.
    writeFileSync(file, clean)
    expect(boxes(file)).toEqual(['', ''])
    writeFileSync(file, broken)
    expect(boxes(file)[1]).toContain('DeckProblems')
  })
})

describe('problemsBox on the deck', () => {
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
