import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { problemsBox } from '../../scripts/lint/onSlide'

const folder = mkdtempSync(join(tmpdir(), 'lint-on-slide-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('problemsBox', () => {
  it('boxes a slide\'s problems, and sees every save of the deck at once', () => {
    const deck = join(folder, 'slides.md')
    copyFileSync(join(import.meta.dirname, '../../slides.md'), deck)
    const source = readFileSync(deck, 'utf8')
    const slideCount = source.split('\n---\n').length
    expect(Array.from({ length: slideCount }, (_, index) => problemsBox(deck, index)).every(box => box === '')).toBe(true)
    // A half-width comma between Chinese words in the first slide's text: a typesetting problem, boxed on that slide.
    const broken = source.replace(/\n# ([^\n]+)\n/, '\n# $1\n\n中文,中文\n')
    expect(broken).not.toBe(source)
    writeFileSync(deck, broken)
    const box = Array.from({ length: slideCount }, (_, index) => problemsBox(deck, index)).find(box => box !== '')
    expect(box).toContain('<DeckProblems')
    // Put back at once: the box goes.
    writeFileSync(deck, source)
    expect(Array.from({ length: slideCount }, (_, index) => problemsBox(deck, index)).every(box => box === '')).toBe(true)
  })
})
