import type { Box } from '../support/pdfInspect'
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import JSZip from 'jszip'
import { PNG } from 'pngjs'
import { dataPoints } from '../../components/charts/chartConfig'
import { printAnchorId } from '../../components/deck/slideIndex'
import { DECK_WORDS } from '../../components/deck/deckWords'
import { editionFileName } from '../../scripts/edition/index'
import { readDeckInfo } from '../../scripts/project/deckInfo'
import { TEST_EDITIONS, validChartSlides } from '../support/deckSource'
import type { PrintViewFacts } from './accessiblePdf'
import { describeAccessiblePdfs, readPrintViewFacts } from './accessiblePdf'
import { describeEditablePptx } from './editablePptx'
import { describeHandouts } from './handouts'
import { compact, figureAlts, linkTargets, openPdf, outline, paintedShare, pageText, pdfFonts, pdfSummary, renderPdfPage } from '../support/pdfInspect'
import { scriptCommand } from '../../scripts/project/scriptCommand'

const ROOT = resolve(import.meta.dirname, '../..')
const run = promisify(execFile)

let out: string
/** Where each chart's canvas sits on its slide, in CSS pixels, by edition. */
const chartBoxes = new Map<string, Map<number, Box>>()
/** What each edition's print view shows, for its PDFs' tag trees (accessiblePdf.ts). */
const printViewFacts = new Map<string, PrintViewFacts>()

test.describe.configure({ mode: 'default' })

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000)
  out = await mkdtemp(join(tmpdir(), 'deck-exports-'))
  // What a presenter runs: every target, every edition, the handouts on each edition's own paper (the Chinese on A4,
  // the English on Letter: both papers are printed and checked; --paper's list is a unit test, handout.test.ts).
  await run(...scriptCommand('export', ['all', '--dark', '--out', out]), { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })
  // One load of each edition's print view serves every check here that compares an export with it.
  const page = await browser.newPage({ viewport: { width: 980, height: 551 } })
  for (const { lang, prefix, slides } of TEST_EDITIONS) {
    await page.goto(`${prefix}print?print=true`)
    printViewFacts.set(lang, await readPrintViewFacts(page, slides))
    const boxes = new Map<number, Box>()
    for (const chart of validChartSlides(slides)) {
      const container = page.locator(`[id="${printAnchorId(chart.no)}"]`)
      await expect(container.locator('.data-chart')).toHaveAttribute('data-chart-state', 'drawn')
      const [outer, canvas] = await Promise.all([container.boundingBox(), container.locator('canvas').boundingBox()])
      boxes.set(chart.no, { x: canvas!.x - outer!.x, y: canvas!.y - outer!.y, width: canvas!.width, height: canvas!.height })
    }
    chartBoxes.set(lang, boxes)
  }
  await page.close()
})

test.afterAll(async () => {
  if (out)
    await rm(out, { recursive: true, force: true })
})

function scaled(box: Box, factor: number): Box {
  return { x: box.x * factor, y: box.y * factor, width: box.width * factor, height: box.height * factor }
}

for (const edition of TEST_EDITIONS) {
  const { lang, slides } = edition
  const charts = validChartSlides(slides)
  const info = readDeckInfo(edition.path)
  const SLIDES_PDF = editionFileName('slides.pdf', lang)
  const PPTX = editionFileName('slides.pptx', lang)
  const PNG_FOLDER = editionFileName('png', lang)

  test(`${lang}: the PDF has one page per slide, sized to the slide, tagged, with metadata and at most 3 MB`, async () => {
    const pdf = await pdfSummary(join(out, SLIDES_PDF))
    expect(pdf.pages).toBe(slides.length)
    for (const [index, size] of pdf.pageSizes.entries()) {
      expect(size.width, `page ${index + 1} width`).toBeGreaterThanOrEqual(735)
      expect(size.width, `page ${index + 1} width`).toBeLessThan(736)
      expect(size.height, `page ${index + 1} height`).toBeGreaterThanOrEqual(413)
      expect(size.height, `page ${index + 1} height`).toBeLessThan(415)
    }
    expect(pdf.tagged).toBe(true)
    expect(pdf.info.Title).toBe(slides[0].frontmatter.title)
    expect(pdf.info.Author).toBe(info.author)
    expect(pdf.info.Subject).toBe(info.subject)
    expect(pdf.info).toMatchObject({ Language: DECK_WORDS[lang].htmlLang })
    expect(pdf.bytes).toBeLessThanOrEqual(3 * 1024 * 1024)
  })

  test(`${lang}: the PDF outline lists the sections with their slides beneath`, async () => {
    const doc = await openPdf(join(out, SLIDES_PDF))
    const entries = await outline(doc)
    expect(entries.map(entry => entry.title)).toEqual([slides[0].frontmatter.title, ...slides.filter(slide => slide.layout === 'section').map(slide => slide.title)])
    const nested = entries.flatMap(entry => entry.children.map(child => child.title))
    const titled = slides.filter(slide => slide.no > 1 && slide.layout !== 'section')
    const headings = await Promise.all(titled.map(async slide => compact(await pageText(doc, slide.no))))
    expect(nested.length).toBe(titled.length)
    nested.forEach((title, index) => expect(headings[index]).toContain(compact(title)))
  })

  test(`${lang}: agenda links in the PDF jump to the section pages`, async () => {
    const doc = await openPdf(join(out, SLIDES_PDF))
    const agenda = slides.find(slide => slide.layout === 'agenda')!
    const dividers = slides.filter(slide => slide.layout === 'section').map(slide => slide.no)
    expect(await linkTargets(doc, agenda.no)).toEqual(dividers)
  })

  test(`${lang}: every figure card's number and unit is text on its page`, async () => {
    const doc = await openPdf(join(out, SLIDES_PDF))
    const cards = slides.flatMap(slide => ((slide.frontmatter.figures ?? []) as Array<{ value: string | number, unit?: string }>)
      .map(figure => ({ no: slide.no, text: `${figure.value}${figure.unit ?? ''}` })))
    expect(cards.length).toBeGreaterThan(0)
    for (const card of cards)
      expect(await pageText(doc, card.no), `slide ${card.no}`).toContain(compact(card.text))
  })

  test(`${lang}: every font is embedded and subset, none is Type 3`, async () => {
    const fonts = await pdfFonts(join(out, SLIDES_PDF))
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(font => !font.embedded || !font.subset || font.type === 'Type3')).toEqual([])
  })

  test(`${lang}: section titles and every chart figure are text on their pages, with the chart's text alternative tagged`, async () => {
    const doc = await openPdf(join(out, SLIDES_PDF))
    for (const slide of slides.filter(s => s.layout === 'section'))
      expect(await pageText(doc, slide.no)).toContain(compact(slide.title))
    for (const chart of charts) {
      const text = await pageText(doc, chart.no)
      for (const point of dataPoints(chart.spec, lang))
        expect(text, `slide ${chart.no}`).toContain(compact(`${point.label}${point.text}`))
      const alts = await figureAlts(doc, chart.no)
      expect(alts.some(alt => dataPoints(chart.spec, lang).every(point => alt.includes(point.text))), `slide ${chart.no} alt`).toBe(true)
    }
  })

  test(`${lang}: chart pages show drawn charts in the PDF, light and dark`, async () => {
    for (const file of [SLIDES_PDF, editionFileName('slides-dark.pdf', lang)]) {
      const doc = await openPdf(join(out, file))
      for (const chart of charts) {
        const image = await renderPdfPage(doc, chart.no, 72)
        const share = paintedShare(image, scaled(chartBoxes.get(lang)!.get(chart.no)!, image.width / 980))
        expect(share, `${file} page ${chart.no}`).toBeGreaterThan(0.05)
      }
    }
  })

  test(`${lang}: one numbered PNG per slide, with drawn charts`, async () => {
    const files = (await readdir(join(out, PNG_FOLDER))).sort()
    expect(files).toEqual(slides.map(slide => `${String(slide.no).padStart(2, '0')}.png`))
    for (const chart of charts) {
      const image = PNG.sync.read(await readFile(join(out, PNG_FOLDER, `${String(chart.no).padStart(2, '0')}.png`)))
      expect(image.width).toBe(980 * 2)
      expect(paintedShare(image, scaled(chartBoxes.get(lang)!.get(chart.no)!, 2)), `png ${chart.no}`).toBeGreaterThan(0.05)
    }
  })

  test(`${lang}: the PPTX holds one slide and one notes page per slide`, async () => {
    const zip = await JSZip.loadAsync(await readFile(join(out, PPTX)))
    const names = Object.keys(zip.files)
    expect(names.filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(slides.length)
    expect(names.filter(name => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))).toHaveLength(slides.length)
    const notes = await zip.file('ppt/notesSlides/notesSlide2.xml')!.async('string')
    const lines = slides[1].note.trim().split('\n')
    expect(notes).toContain(lines[0].replace(/^- /, '').slice(0, 12))
    expect(notes).toContain(lines.at(-1)!.trim())
  })

  describeAccessiblePdfs(() => out, () => printViewFacts.get(lang)!, edition)

  describeEditablePptx(() => out, edition)

  describeHandouts(() => out, edition)
}

test('exports leave nothing half-written behind', async () => {
  const files = await readdir(out, { recursive: true })
  expect(files.filter(name => /partial/.test(name))).toEqual([])
})
