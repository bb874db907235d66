import type { DeckInfo } from '../../scripts/project/deckInfo'
import type { Box, GridPerPage } from '../../scripts/export/handout/index'
import { describe, expect, it } from 'vitest'
import { EDITION_PAPER, handoutFileName, PAPERS, slidesPdfFileName } from '../../components/deck/downloads'
import { gridHandoutPlan, handoutPages, handoutSheet, handoutSlideScale, handoutTitle, largestGrid, PAPER_SIZES } from '../../scripts/export/handout/index'
import { handoutJobs, parsePapers, parsePerPage } from '../../scripts/export/handoutOptions'

const MM = 96 / 25.4
const WIDE = 980 / 551
const ASPECTS = [WIDE, 4 / 3, 1]
const GRIDS: GridPerPage[] = [2, 3, 6]

function inside(inner: Box, outer: Box, slack = 1e-6): boolean {
  return inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

function deck(slides: number, about = ['2023 中关村论坛（北京，5 月 25—30 日）综述。', '依据：钛媒体《原文》，作者 林志佳。']): DeckInfo {
  return {
    title: '演示稿',
    author: '作者',
    subject: about.join(' '),
    about,
    keywords: [],
    lang: 'zh-CN',
    size: { width: 980, height: 551 },
    slides: Array.from({ length: slides }, (_, index) => ({ no: index + 1, title: `第 ${index + 1} 张`, section: '' })),
  }
}

describe('handoutSlideScale (1 a page)', () => {
  it('fits a slide between the page\'s 14 mm margins, as large as it goes, on A4 and on Letter', () => {
    for (const paper of PAPERS) {
      const printable = (PAPER_SIZES[paper].width - 2 * 14) * MM
      for (const width of [980, 1280, 640]) {
        expect(handoutSlideScale(width, paper) * width).toBeLessThanOrEqual(printable)
        expect(handoutSlideScale(width, paper) * width).toBeGreaterThan(printable - 2)
      }
    }
    expect(handoutSlideScale(980, 'letter')).toBeGreaterThan(handoutSlideScale(980, 'a4'))
  })
})

describe('handoutSheet', () => {
  for (const paper of PAPERS) {
    for (const perPage of GRIDS) {
      it(`${perPage} a page on ${paper}: every box on the page inside its margins, none overlapping, slides keep their shape, in reading order`, () => {
        for (const aspect of ASPECTS) {
          const sheet = handoutSheet(paper, perPage, aspect)
          expect([sheet.width, sheet.height]).toEqual([PAPER_SIZES[paper].width, PAPER_SIZES[paper].height])
          const printable = { x: 12, y: 12, width: sheet.width - 24, height: sheet.height - 24 }
          const boxes = [sheet.header, sheet.footer, ...sheet.slots.flatMap(slot => [slot.slide, ...(slot.lines ? [slot.lines.box] : [])])]
          expect(sheet.slots).toHaveLength(perPage)
          for (const box of boxes)
            expect(inside(box, printable), JSON.stringify(box)).toBe(true)
          boxes.forEach((box, index) => boxes.slice(index + 1).forEach(other => expect(overlap(box, other), `${JSON.stringify(box)} ${JSON.stringify(other)}`).toBe(false)))
          for (const slot of sheet.slots)
            expect(slot.slide.width / slot.slide.height).toBeCloseTo(aspect, 6)
          const order = sheet.slots.map(slot => slot.slide)
          const read = [...order].sort((a, b) => (Math.abs(a.y - b.y) < 1 ? a.x - b.x : a.y - b.y))
          expect(order).toEqual(read)
        }
      })
    }
  }

  it('3 a page: each slide on the left of its third of the page, ruled lines beside it on at least half the width, 8 mm apart down its row', () => {
    for (const paper of PAPERS) {
      const sheet = handoutSheet(paper, 3, WIDE)
      for (const slot of sheet.slots) {
        const lines = slot.lines!
        expect(slot.slide.x).toBe(12)
        expect(lines.box.x).toBeGreaterThan(slot.slide.x + slot.slide.width)
        expect(lines.box.width).toBeGreaterThanOrEqual(slot.slide.width)
        expect(lines.rules.length).toBeGreaterThanOrEqual(6)
        lines.rules.forEach((rule, index) => {
          expect(rule).toBeGreaterThan(lines.box.y)
          expect(rule).toBeLessThanOrEqual(lines.box.y + lines.box.height)
          if (index > 0)
            expect(rule - lines.rules[index - 1]).toBeCloseTo(8, 6)
        })
        // The slide sits within its row, beside its lines.
        expect(slot.slide.y).toBeGreaterThanOrEqual(lines.box.y)
        expect(slot.slide.y + slot.slide.height).toBeLessThanOrEqual(lines.box.y + lines.box.height + 1e-6)
      }
    }
  })

  it('2 and 6 a page: slides only, in the grid that makes them largest', () => {
    for (const paper of PAPERS) {
      for (const perPage of [2, 6] as const) {
        const sheet = handoutSheet(paper, perPage, WIDE)
        expect(sheet.slots.every(slot => !slot.lines)).toBe(true)
        const width = sheet.slots[0].slide.width
        // No other grid of the same page holds them larger.
        const content = { x: 12, y: 32, width: sheet.width - 24, height: sheet.height - 52 }
        for (let columns = 1; columns <= perPage; columns++) {
          const rows = Math.ceil(perPage / columns)
          expect(Math.min((content.width - (columns - 1) * 6) / columns, (content.height - (rows - 1) * 6) / rows * WIDE)).toBeLessThanOrEqual(width + 1e-9)
        }
      }
    }
    expect(largestGrid({ x: 0, y: 0, width: 186, height: 245 }, 2, WIDE)).toMatchObject({ columns: 1, rows: 2 })
    expect(largestGrid({ x: 0, y: 0, width: 186, height: 245 }, 6, WIDE)).toMatchObject({ columns: 2, rows: 3 })
    expect(largestGrid({ x: 0, y: 0, width: 400, height: 100 }, 2, WIDE)).toMatchObject({ columns: 2, rows: 1 })
  })

  it('refuses an aspect ratio that is not a positive number', () => {
    expect(() => handoutSheet('a4', 3, 0)).toThrow(/aspect ratio/)
    expect(() => handoutSheet('a4', 3, Number.NaN)).toThrow(/aspect ratio/)
  })
})

describe('handoutPages', () => {
  it('takes the slides in order, N at a time, the last page holding the rest', () => {
    const slides = Array.from({ length: 44 }, (_, index) => index + 1)
    for (const perPage of [1, 2, 3, 6]) {
      const pages = handoutPages(slides, perPage)
      expect(pages).toHaveLength(Math.ceil(44 / perPage))
      expect(pages.flat()).toEqual(slides)
      expect(pages.slice(0, -1).every(page => page.length === perPage)).toBe(true)
    }
    expect(handoutPages([1, 2, 3, 4], 3)).toEqual([[1, 2, 3], [4]])
    expect(handoutPages([], 3)).toEqual([])
  })
})

describe('gridHandoutPlan', () => {
  it('puts the cover line (the headmatter\'s title and info lines) on page 1, the title at the head of the others, a number on each', () => {
    const info = deck(7)
    const plan = gridHandoutPlan(info, 3, 'a4')
    expect(plan.pages).toHaveLength(3)
    expect(plan.pages[0].cover).toEqual({ title: '演示稿', lines: info.about })
    expect(plan.pages.slice(1).map(page => [page.cover, page.running])).toEqual([[undefined, '演示稿'], [undefined, '演示稿']])
    expect(plan.pages.map(page => page.label)).toEqual(['1 / 3', '2 / 3', '3 / 3'])
    expect(plan.pages.map(page => page.slots.map(slot => slot.id))).toEqual([['001-01', '002-01', '003-01'], ['004-01', '005-01', '006-01'], ['007-01']])
    // Each slide scaled from the canvas's width to its box's.
    for (const slot of plan.pages.flatMap(page => page.slots))
      expect(slot.scale * 980).toBeCloseTo(slot.box.width * MM, 6)
    expect(plan.pages[2].slots[0].lines!.rules.length).toBeGreaterThan(0)
  })

  it('names the headmatter field the cover line lacks', () => {
    expect(() => gridHandoutPlan(deck(3, []), 3, 'a4')).toThrow(/info:/)
    expect(() => gridHandoutPlan({ ...deck(3), title: ' ' }, 6, 'letter')).toThrow(/title:/)
  })
})

describe('the handouts\' names and titles', () => {
  it('names each file by slides a page and edition, and the paper when it is not the edition\'s own', () => {
    expect(EDITION_PAPER).toEqual({ zh: 'a4', en: 'letter' })
    expect(slidesPdfFileName('en')).toBe('slides.en.pdf')
    expect(handoutFileName(1, 'zh')).toBe('handout.pdf')
    expect(handoutFileName(3, 'zh')).toBe('handout-3up.pdf')
    expect(handoutFileName(3, 'en')).toBe('handout-3up.en.pdf')
    expect(handoutFileName(3, 'zh', 'letter')).toBe('handout-3up-letter.pdf')
    expect(handoutFileName(6, 'en', 'a4')).toBe('handout-6up-a4.en.pdf')
    expect(handoutFileName(2, 'en', 'letter')).toBe('handout-2up.en.pdf')
  })

  it('titles a handout in its edition\'s language', () => {
    expect(handoutTitle('稿', 'zh-CN')).toBe('稿（讲义）')
    expect(handoutTitle('稿', 'zh-CN', 3)).toBe('稿（讲义，每页 3 张）')
    expect(handoutTitle('Deck', 'en', 1)).toBe('Deck (handout)')
    expect(handoutTitle('Deck', 'en', 6)).toBe('Deck (handout, 6 slides a page)')
  })
})

describe('--per-page and --paper', () => {
  it('take one value or a list', () => {
    expect(parsePerPage('3')).toEqual([3])
    expect(parsePerPage('1, 2,6,2')).toEqual([1, 2, 6])
    expect(parsePapers('Letter')).toEqual(['letter'])
    expect(parsePapers('a4,letter')).toEqual(['a4', 'letter'])
  })

  it('refuse anything else, naming the option and the value', () => {
    expect(() => parsePerPage('4')).toThrow(/--per-page.*: 4$/)
    expect(() => parsePerPage('3,')).toThrow(/--per-page has an empty value/)
    expect(() => parsePapers('legal')).toThrow(/--paper.*: legal$/)
  })

  it('give each edition its own paper unless told, every kind on every paper asked for', () => {
    expect(handoutJobs('zh', [3])).toEqual([{ perPage: 3, paper: 'a4', file: 'handout-3up.pdf' }])
    expect(handoutJobs('en', [3])).toEqual([{ perPage: 3, paper: 'letter', file: 'handout-3up.en.pdf' }])
    expect(handoutJobs('en', [1, 6], ['a4', 'letter']).map(job => job.file)).toEqual(['handout-a4.en.pdf', 'handout.en.pdf', 'handout-6up-a4.en.pdf', 'handout-6up.en.pdf'])
  })
})
