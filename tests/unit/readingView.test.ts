import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { DECK_LANGS, DECK_WORDS } from '../../components/deck/deckWords'
import { LINKED_HANDOUT_PER_PAGE } from '../../components/deck/downloads'
import { firstScreenLabels } from '../../components/reading/labels'
import { slideAtReadingLine, slideNoFromParam } from '../../components/reading/readingPosition'
import { viewChoice, wantsReadingView } from '../../components/reading/viewMode'
import { codePointsOf, coverCodePoints, firstScreenCodePoints } from '../../scripts/build/fontSubsets'

describe('wantsReadingView', () => {
  it('shows the reading view on a narrow screen, the slide view on a wide one', () => {
    expect(wantsReadingView('', true)).toBe(true)
    expect(wantsReadingView('', false)).toBe(false)
  })

  it('lets ?view=read and ?view=slides choose at any width', () => {
    expect(wantsReadingView('?view=read', false)).toBe(true)
    expect(wantsReadingView('?view=slides', true)).toBe(false)
    expect(wantsReadingView('?clicks=2&view=slides', true)).toBe(false)
  })

  it('ignores a view it does not know', () => {
    expect(viewChoice('?view=print')).toBeUndefined()
    expect(wantsReadingView('?view=print', true)).toBe(true)
    expect(wantsReadingView('?view=', false)).toBe(false)
  })
})

describe('slideNoFromParam', () => {
  const slides = [1, 2, 3, 4].map(no => ({ no, frontmatter: no === 3 ? { routeAlias: 'q1' } : {} }))

  it('reads a slide number or a routeAlias', () => {
    expect(slideNoFromParam(slides, '2')).toBe(2)
    expect(slideNoFromParam(slides, 'q1')).toBe(3)
    expect(slideNoFromParam(slides, ['4'])).toBe(4)
  })

  it('is undefined for what names no slide, so the page opens at its top', () => {
    for (const param of ['999', '0', 'abc', '', '2.5', '-1', ' 2', undefined])
      expect(slideNoFromParam(slides, param), String(param)).toBeUndefined()
  })
})

describe('slideAtReadingLine', () => {
  it('is the first slide still showing below the line', () => {
    expect(slideAtReadingLine([600, 1200, 1900], 170)).toBe(0)
    expect(slideAtReadingLine([-300, 400, 1100], 170)).toBe(1)
    expect(slideAtReadingLine([-300, 100, 900], 170)).toBe(2)
  })

  it('keeps a short slide at the top while it stays below the line', () => {
    expect(slideAtReadingLine([-10, 200, 1000], 170)).toBe(1)
  })

  it('is the last slide once all have passed the line, and the first on a page with none', () => {
    expect(slideAtReadingLine([-900, -300, 120], 170)).toBe(2)
    expect(slideAtReadingLine([], 170)).toBe(0)
  })
})

describe('the reading view\'s first screen', () => {
  const root = resolve(import.meta.dirname, '../..')

  it('holds the labels PdfDownload.vue and the language switch show, in every edition', () => {
    expect(readFileSync(resolve(root, 'components/deck/PdfDownload.vue'), 'utf8')).toContain('>{{ deckWords.pdfLink }}</a>')
    expect(readFileSync(resolve(root, 'components/deck/PdfDownload.vue'), 'utf8')).toContain('>{{ deckWords.handoutLink(LINKED_HANDOUT_PER_PAGE) }}</a>')
    expect(firstScreenLabels('zh')).toEqual([DECK_WORDS.zh.notesToggle, DECK_WORDS.zh.pdfLink, DECK_WORDS.zh.handoutLink(LINKED_HANDOUT_PER_PAGE), DECK_WORDS.en.languageName])
    expect(firstScreenLabels('en')).toEqual([DECK_WORDS.en.notesToggle, DECK_WORDS.en.pdfLink, DECK_WORDS.en.handoutLink(LINKED_HANDOUT_PER_PAGE), DECK_WORDS.zh.languageName])
    expect(DECK_LANGS.length).toBe(2)
  })

  it('has its labels in the bold cover subset, and the regular one stays the cover\'s', () => {
    const bold = firstScreenCodePoints(root, 'slides.md', '700')
    for (const point of codePointsOf(firstScreenLabels('zh').join('')))
      expect(bold.has(point), String.fromCodePoint(point)).toBe(true)
    expect(firstScreenCodePoints(root, 'slides.md', '400')).toEqual(coverCodePoints(root, 'slides.md'))
  })
})
