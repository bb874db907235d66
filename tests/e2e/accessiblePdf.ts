import type { PageMarks, PdfFacts, PopplerNode } from '../support/pdfUa'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import type { TestEdition } from '../support/deckSource'
import { dataPoints } from '../../components/charts/chartConfig'
import { DECK_WORDS } from '../../components/deck/deckWords'
import { editionFileName } from '../../scripts/edition/index'
import { validateChartSpec } from '../../components/charts/chartSpec'
import { EDITION_PAPER, HANDOUT_PER_PAGE, handoutFileName, LINKED_HANDOUT_PER_PAGE } from '../../components/deck/downloads'
import { handoutTitle, PAPER_SIZES } from '../../scripts/export/handout/index'
import { readDeckInfo } from '../../scripts/project/deckInfo'
import { chartSlides } from '../support/deckSource'
import { slideHeading } from './handouts'
import { compact, imageCount, openPdf, pageTexts, pdfFonts, pdfSummary } from '../support/pdfInspect'
import { catalogProblems, markProblems, metadataProblems, pageMarks, pageReading, popplerNodes, popplerStructErrors, popplerTree, readPdfFacts, structureProblems, textOf, walk } from '../support/pdfUa'

/** What the print view shows that the tag tree must hold too: its headings, list items and quotations' attributions. */
export interface PrintViewFacts {
  headings: number
  items: number
  quotes: string[]
}

/** The print view's PrintViewFacts, read from a loaded print view (exports.spec.ts loads it once for all its checks). */
export async function readPrintViewFacts(page: Page, slides: TestEdition['slides']): Promise<PrintViewFacts> {
  await expect(page.locator('.print-slide-container')).toHaveCount(slides.length)
  await expect(page.locator('.data-chart[data-chart-state="drawn"]')).toHaveCount(chartSlides(slides).length)
  return page.evaluate(() => {
    const visible = (element: Element) => !element.closest('[aria-hidden="true"]')
    const all = (selector: string) => [...document.querySelectorAll(`.print-slide-container ${selector}`)].filter(visible)
    return {
      headings: all('h1, h2, h3, h4, h5, h6').length,
      items: all('li').length,
      quotes: all('blockquote').map(quote => quote.querySelector('cite')?.textContent?.replace(/\s+/g, '') ?? ''),
    }
  })
}

/**
 * PDF/UA-1 (the points a machine can check) for the slides, the dark slides
 * and the handouts (1, 2, 3 and 6 a page, on the edition's paper), and the
 * handouts' own promises: vector slides, with their notes 1 a page (the
 * handouts' pages, papers, cover line and lines: handouts.ts). Everything is read from slides.md, the print view and the PDFs
 * themselves, so the checks hold for any deck content. exports.spec.ts calls
 * this with the folder its one export run wrote.
 */
export function describeAccessiblePdfs(exported: () => string, printed: () => PrintViewFacts, { lang, path, slides }: TestEdition): void {
  const info = readDeckInfo(path)
  const words = DECK_WORDS[lang]
  const SLIDES_PDF = editionFileName('slides.pdf', lang)
  const HANDOUT = handoutFileName(1, lang)
  /** Each handout's file, by slides a page, on the edition's own paper. */
  const HANDOUTS = new Map(HANDOUT_PER_PAGE.map(perPage => [handoutFileName(perPage, lang), perPage]))
  const LINKED_HANDOUT = handoutFileName(LINKED_HANDOUT_PER_PAGE, lang)
  const FILES = [SLIDES_PDF, editionFileName('slides-dark.pdf', lang), ...HANDOUTS.keys()]
  /**
   * The files whose tag tree poppler reads with its text (`pdfinfo -struct-text`, several seconds of CPU
   * each): all but the handouts of 2 and 6 a page, which come from the same code as the 3-up's.
   */
  const TEXT_TREES = FILES.filter(file => !HANDOUTS.has(file) || file === HANDOUT || file === LINKED_HANDOUT)
  const titleOf = (file: string) => HANDOUTS.has(file) ? handoutTitle(info.title, info.lang, HANDOUTS.get(file)) : info.title
  /** The notes' presenter-only asides (a run of `>` lines), which the notes handout sets as quotations. */
  const noteAsides = slides.reduce((count, slide) => count + slide.note.split('\n').filter((line, index, lines) => /^\s*>/.test(line) && !/^\s*>/.test(lines[index - 1] ?? '')).length, 0)
  /** The quotations a file holds: the slides', and in the notes handout the notes' asides too. */
  const quotesIn = (file: string) => shown.quotes.length + (file === HANDOUT ? noteAsides : 0)

  let out: string
  const facts = new Map<string, PdfFacts>()
  const marks = new Map<string, PageMarks[]>()
  const trees = new Map<string, PopplerNode>()
  /** What the print view shows, to compare the tag tree against. */
  let shown: PrintViewFacts

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    out = exported()
    // poppler reads the tag trees in processes of its own while pdf.js reads the marks here.
    const readingTrees = Promise.all(TEXT_TREES.map(async file => trees.set(file, await popplerTree(join(out, file)))))
    readingTrees.catch(() => {}) // handled where it is awaited
    for (const file of FILES) {
      facts.set(file, await readPdfFacts(join(out, file)))
      marks.set(file, await pageMarks(join(out, file)))
    }
    await readingTrees
    shown = printed()
  })

  for (const file of FILES) {
    test(`${file}: XMP with the PDF/UA identifier, title and language matching the document info`, () => {
      expect(metadataProblems(facts.get(file)!, { title: titleOf(file), lang: info.lang })).toEqual([])
    })

    test(`${file}: marked, titled in the window, /Tabs /S on every page, an outline, embedded fonts`, async () => {
      expect(catalogProblems(facts.get(file)!)).toEqual([])
      const fonts = await pdfFonts(join(out, file))
      expect(fonts.length).toBeGreaterThan(0)
      expect(fonts.filter(font => !font.embedded || font.type === 'Type3')).toEqual([])
    })

    test(`${file}: standard or role-mapped structure types, Figures with alt text, headings from H1 without skips, lists as L/LI`, () => {
      expect(structureProblems(facts.get(file)!)).toEqual([])
      expect(popplerStructErrors(join(out, file))).toEqual([])
    })

    test(`${file}: every mark is tagged or an artifact; footers and page numbers are artifacts`, async () => {
      const pages = marks.get(file)!
      expect(markProblems(pages)).toEqual([])
      const artifactText = pages.map(page => compact(page.texts.filter(item => item.artifact).map(item => item.str).join('')))
      const taggedItems = pages.flatMap(page => page.texts.filter(item => item.tagged).map(item => compact(item.str)))
      for (const slide of slides.filter(s => s.frontmatter.section)) {
        const pageNumber = `${slide.no}/${slides.length}`
        expect(artifactText.some(text => text.includes(pageNumber) && text.includes(compact(slide.frontmatter.section))), `footer of slide ${slide.no} as an artifact`).toBe(true)
      }
      expect(taggedItems.filter(text => /^\d+\/\d+$/.test(text)), 'page numbers tagged as content').toEqual([])
    })

    test(`${file}: the print view's headings, list items and quotes are all tagged`, async () => {
      const tree = facts.get(file)!.tree!
      const roles: string[] = []
      walk(tree, node => roles.push(node.role))
      expect(roles.filter(role => /^H[1-6]$/.test(role)).length).toBe(shown.headings)
      expect(roles.filter(role => role === 'LI').length).toBeGreaterThanOrEqual(shown.items)
      expect(roles.filter(role => role === 'BlockQuote').length).toBe(quotesIn(file))
    })
  }

  for (const file of TEXT_TREES) {
    test(`${file}: every word on its pages is in the tag tree, and each quote with its attribution (read by poppler)`, async () => {
      const taggedItems = marks.get(file)!.flatMap(page => page.texts.filter(item => item.tagged).map(item => compact(item.str)))
      const inTree = textOf(trees.get(file)!)
      const missing = [...new Set(taggedItems.filter(text => !inTree.includes(text)))]
      expect(missing, 'page text that the tag tree (read by poppler) lacks').toEqual([])
      const quotes = popplerNodes(trees.get(file)!, 'BlockQuote').map(textOf)
      expect(quotes.length).toBe(quotesIn(file))
      for (const cite of shown.quotes)
        expect(quotes.some(text => cite && text.includes(cite)), `quote attributed to ${cite}`).toBe(true)
    })
  }

  test(`${lang}: the handouts of 2, 3 and 6 a page open with the cover line, tagged, and every page carries its number as an artifact`, () => {
    const cover = [info.title, ...info.about].map(compact).join('')
    for (const [file, perPage] of HANDOUTS) {
      if (perPage === 1)
        continue
      const pages = marks.get(file)!
      const first = compact(pages[0].texts.filter(item => item.tagged).map(item => item.str).join(''))
      expect(first.startsWith(cover), `${file} page 1 starts with "${first.slice(0, 60)}"`).toBe(true)
      pages.forEach((page, index) => {
        const label = `${index + 1}/${pages.length}`
        expect(compact(page.texts.filter(item => item.artifact).map(item => item.str).join('')), `${file} page ${index + 1}'s number`).toContain(label)
        expect(page.texts.filter(item => item.tagged && compact(item.str) === label), `${file} page ${index + 1}'s number tagged`).toEqual([])
      })
    }
  })

  test(`${LINKED_HANDOUT}'s tag tree reads the cover line, then every slide's heading, in order`, () => {
    const text = textOf(trees.get(LINKED_HANDOUT)!)
    const cover = [info.title, ...info.about].map(compact).join('')
    expect(info.about.length).toBeGreaterThan(0)
    expect(text.startsWith(cover), `starts with "${text.slice(0, 60)}"`).toBe(true)
    let from = cover.length
    for (const slide of slides) {
      const at = text.indexOf(slideHeading(slide), from)
      expect(at, `slide ${slide.no}'s heading "${slideHeading(slide)}" after the one before it`).toBeGreaterThanOrEqual(from)
      from = at
    }
  })

  test(`${SLIDES_PDF} reads in order: each page starts with its title; a chart reads caption, alt text with values, values, source`, async () => {
    const doc = await openPdf(join(out, SLIDES_PDF))
    for (const slide of slides) {
      // The title first; a short kicker line ("问题一") may stand before it.
      const reading = await pageReading(doc, slide.no)
      const title = reading.findIndex(item => item.roles.some(role => /^H[1-6]$/.test(role)))
      expect(title, `slide ${slide.no} starts with "${reading[0]?.text}"`).toBeGreaterThanOrEqual(0)
      expect(title, `slide ${slide.no} starts with "${reading[0]?.text}"`).toBeLessThanOrEqual(1)
    }
    for (const slide of chartSlides(slides)) {
      const result = validateChartSpec(slide.frontmatter.chart)
      if (!result.ok)
        throw new Error(`slide ${slide.no}: invalid chart`)
      const spec = result.spec
      const reading = await pageReading(doc, slide.no)
      const after = (from: number, text: string, what: string) => {
        const index = reading.findIndex((item, at) => at > from && !item.figureAlt && item.text.includes(compact(text)))
        expect(index, `slide ${slide.no}: ${what} after item ${from}`).toBeGreaterThan(from)
        return index
      }
      const caption = after(0, spec.caption, 'caption')
      const figure = reading.findIndex(item => item.figureAlt && dataPoints(spec, lang).every(point => item.figureAlt!.includes(point.text)))
      expect(figure, `slide ${slide.no}: chart Figure with alt text after the caption`).toBeGreaterThan(caption)
      const firstValue = after(figure, dataPoints(spec, lang)[0].label, 'first value')
      const source = after(firstValue, `${words.source}${words.colon}${spec.series.source}`, 'source')
      expect(source).toBeGreaterThan(firstValue)
    }
  })

  test(`${HANDOUT} is on the edition's paper, tagged, at most 1.5 MB, and shows each slide as vector text in the slides' fonts`, async () => {
    const path = join(out, HANDOUT)
    const handout = await pdfSummary(path)
    const paper = PAPER_SIZES[EDITION_PAPER[lang]]
    for (const [index, size] of handout.pageSizes.entries()) {
      expect(Math.abs(size.width - paper.width * 72 / 25.4), `page ${index + 1} width ${size.width}`).toBeLessThan(1)
      expect(Math.abs(size.height - paper.height * 72 / 25.4), `page ${index + 1} height ${size.height}`).toBeLessThan(1)
    }
    expect(handout.tagged).toBe(true)
    expect(handout.bytes).toBeLessThanOrEqual(1.5 * 1024 * 1024)
    expect(handout.pages).toBeGreaterThanOrEqual(slides.length)
    const baseName = (name: string) => name.replace(/^[A-Z]{6}\+/, '')
    const slideFonts = new Set((await pdfFonts(join(out, SLIDES_PDF))).map(font => baseName(font.name)))
    expect((await pdfFonts(path)).map(font => baseName(font.name)).filter(name => !slideFonts.has(name))).toEqual([])
    // Pictures only where the slides have them (the charts' canvases), none standing in for a slide.
    const slideImages = await imageCount(join(out, SLIDES_PDF))
    expect(slideImages).toBeGreaterThan(0)
    for (const file of HANDOUTS.keys())
      expect(await imageCount(join(out, file)), file).toBeLessThanOrEqual(slideImages)
  })

  test(`${HANDOUT}'s text holds every slide's text and every slide's notes, in slide order; the other handouts every slide's text`, async () => {
    const texts = new Map(await Promise.all([...HANDOUTS.keys()].map(async file => [file, (await pageTexts(await openPdf(join(out, file)))).join('')] as const)))
    const all = texts.get(HANDOUT)!
    const deck = await openPdf(join(out, SLIDES_PDF))
    const unquote = (text: string) => text.replace(/["“”‘’']/g, '')
    let from = 0
    for (const slide of slides) {
      const content = await (await deck.getPage(slide.no)).getTextContent()
      const runs = content.items.map(item => ('str' in item ? compact(item.str) : '')).filter(Boolean)
      for (const [file, text] of texts)
        expect(runs.filter(run => !text.includes(run)), `slide ${slide.no}'s text missing from ${file}`).toEqual([])
      const lines = slide.note.split('\n').map(line => compact(line.replace(/^\s*>\s?/, '').replace(/^\s*(?:[-*]|\d+\.)\s+/, '').replace(/\*\*|__|`/g, ''))).filter(Boolean)
      expect(lines.length, `slide ${slide.no} has notes`).toBeGreaterThan(0)
      for (const line of lines)
        expect(unquote(all), `notes of slide ${slide.no}`).toContain(unquote(line))
      const at = unquote(all).indexOf(unquote(lines[0]), from)
      expect(at, `slide ${slide.no}'s notes follow the previous slide's`).toBeGreaterThanOrEqual(from)
      from = at
    }
  })
}
