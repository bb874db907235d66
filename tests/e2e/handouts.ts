import type { HandoutPerPage } from '../../components/deck/downloads'
import type { Box, OutlineEntry } from '../support/pdfInspect'
import type { TestEdition } from '../support/deckSource'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { PNG } from 'pngjs'
import { EDITION_PAPER, HANDOUT_PER_PAGE, handoutFileName, slidesPdfFileName } from '../../components/deck/downloads'
import { handoutSheet, PAPER_SIZES } from '../../scripts/export/handout/index'
import { readDeckInfo } from '../../scripts/project/deckInfo'
import { compact, openPdf, outline, paintedShare, pdfFonts, pdfSummary, renderPdfPage } from '../support/pdfInspect'
import { paintedPaths } from '../support/pdfPaths'

const PT_PER_MM = 72 / 25.4
const run = promisify(execFile)

function inPoints(box: Box): Box {
  return { x: box.x * PT_PER_MM, y: box.y * PT_PER_MM, width: box.width * PT_PER_MM, height: box.height * PT_PER_MM }
}

/** A slide's heading as it shows it (the outline's entry), white space removed: its Markdown `# ` line, else its frontmatter title. */
export function slideHeading(slide: TestEdition['slides'][number]): string {
  const heading = /^#\s+(.+)$/m.exec(slide.content)?.[1] ?? slide.title
  return compact(heading.replace(/\*\*|__|`|<[^>]+>/g, ''))
}

/** Where each string first appears in `text` after the one before it; -1 where it does not. */
function inOrder(text: string, parts: string[]): number[] {
  let from = 0
  return parts.map((part) => {
    const at = text.indexOf(part, from)
    if (at >= 0)
      from = at + part.length
    return at
  })
}

/**
 * The handouts of 1, 2, 3 and 6 slides a page, from the
 * export run of exports.spec.ts (`export all`, each edition on its own paper:
 * the Chinese on A4, the English on Letter, so both papers are checked): pages,
 * paper, every slide's title, text inside the page, size and fonts, the
 * outline; the cover line and page numbers; the ruled lines of 3 a page as
 * artifacts, seen by pdf.js and printed by poppler; each slide drawn on its
 * page. (Their PDF/UA points and the 3-up's reading order: accessiblePdf.ts.) Slide counts and titles come from the deck file, geometry from the
 * handout's own layout (scripts/export/handout/handoutLayout.ts).
 */
export function describeHandouts(exported: () => string, { lang, path, slides }: TestEdition): void {
  const info = readDeckInfo(path)
  const aspect = info.size.width / info.size.height
  const titles = slides.map(slideHeading)
  const ownPaper = EDITION_PAPER[lang]
  const file = (perPage: HandoutPerPage) => join(exported(), handoutFileName(perPage, lang, ownPaper))

  for (const perPage of HANDOUT_PER_PAGE) {
    test(`${lang}: handout of ${perPage} a page on ${ownPaper}: pages, paper, every slide's title in order, no text off the page, ≤ 1.5 MB, the slides' fonts, an outline entry per slide`, async () => {
      const slideFonts = new Set((await pdfFonts(join(exported(), slidesPdfFileName(lang)))).map(font => font.name.replace(/^[A-Z]{6}\+/, '')))
      const path = file(perPage)
      const summary = await pdfSummary(path)
      // 1 a page runs each slide's notes on as far as they go; the others take exactly their share (the cover line shares page 1).
      if (perPage === 1)
        expect(summary.pages, `${path} pages`).toBeGreaterThanOrEqual(slides.length)
      else
        expect(summary.pages, `${path} pages`).toBe(Math.ceil(slides.length / perPage))
      const size = PAPER_SIZES[ownPaper]
      for (const [index, page] of summary.pageSizes.entries()) {
        expect(Math.abs(page.width - size.width * PT_PER_MM), `${path} page ${index + 1} width`).toBeLessThan(1)
        expect(Math.abs(page.height - size.height * PT_PER_MM), `${path} page ${index + 1} height`).toBeLessThan(1)
      }
      expect(summary.bytes, path).toBeLessThanOrEqual(1.5 * 1024 * 1024)
      const doc = await openPdf(path)
      let text = ''
      const off: string[] = []
      for (let no = 1; no <= doc.numPages; no++) {
        const page = await doc.getPage(no)
        const [, , width, height] = page.view
        for (const item of (await page.getTextContent()).items) {
          if (!('str' in item) || !item.str.trim())
            continue
          text += compact(item.str)
          const [x, y] = [item.transform[4], item.transform[5]]
          if (x < 0 || y < 0 || x + item.width > width + 0.5 || y + item.height > height + 0.5)
            off.push(`page ${no}: "${item.str}" at ${x.toFixed(1)}, ${y.toFixed(1)}`)
        }
      }
      expect(inOrder(text, titles).filter(at => at < 0), `${path}: slide titles missing or out of order`).toEqual([])
      expect(off, `${path}: text outside the page`).toEqual([])
      expect((await pdfFonts(path)).map(font => font.name.replace(/^[A-Z]{6}\+/, '')).filter(name => !slideFonts.has(name)), `${path}: fonts the slides do not use`).toEqual([])
      const flat = (entries: OutlineEntry[]): OutlineEntry[] => entries.flatMap(entry => [entry, ...flat(entry.children)])
      const entries = flat(await outline(doc))
      expect(entries.map(entry => compact(entry.title)), `${path}: an outline entry per slide, in order`).toEqual(titles)
    })
  }

  test(`${lang}: 3 a page on ${ownPaper} rules its lines beside each slide, every line an artifact`, async () => {
    const path = file(3)
    const sheet = handoutSheet(ownPaper, 3, aspect)
    const doc = await openPdf(path)
    for (let no = 1; no <= doc.numPages; no++) {
      const onPage = Math.min(3, slides.length - (no - 1) * 3)
      const paths = await paintedPaths(doc, no)
      for (const slot of sheet.slots.slice(0, onPage)) {
        const box = inPoints(slot.lines!.box)
        const rules = paths.filter(item => item.box.height <= 1.5 && item.box.width >= box.width * 0.95
          && item.box.x >= box.x - 1 && item.box.x + item.box.width <= box.x + box.width + 1 && item.box.y >= box.y && item.box.y <= box.y + box.height + 1)
        expect(rules.length, `${path} page ${no}: lines beside the slide at ${slot.slide.y.toFixed(0)} mm`).toBe(slot.lines!.rules.length)
        expect(rules.filter(rule => !rule.artifact || rule.tagged), `${path} page ${no}: lines that are not artifacts`).toEqual([])
      }
    }
  })

  test(`${lang}: each slide drawn in its box on page 1 of every handout of 2, 3 and 6 a page, nothing in the margins; poppler prints the 3-up page's lines`, async () => {
    for (const perPage of [2, 3, 6] as const) {
      const sheet = handoutSheet(ownPaper, perPage, aspect)
      const image = await renderPdfPage(file(perPage), 1, 36)
      const scale = image.width / sheet.width
      const px = (box: Box) => ({ x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale })
      for (const [index, slot] of sheet.slots.slice(0, Math.min(perPage, slides.length)).entries())
        expect(paintedShare(image, px(slot.slide)), `${file(perPage)} page 1, slide ${index + 1}`).toBeGreaterThan(0.01)
      const margin = 10
      for (const strip of [{ x: 0, y: 0, width: sheet.width, height: margin }, { x: 0, y: sheet.height - margin, width: sheet.width, height: margin }, { x: 0, y: 0, width: margin, height: sheet.height }, { x: sheet.width - margin, y: 0, width: margin, height: sheet.height }])
        expect(paintedShare(image, px(strip)), `${file(perPage)} page 1 margin ${JSON.stringify(strip)}`).toBe(0)
    }
    // poppler, a second renderer, prints page 1 of 3 a page: each ruled line is a row of dark pixels across its box.
    const folder = await mkdtemp(join(tmpdir(), 'deck-handout-'))
    try {
      await run('pdftoppm', ['-f', '1', '-l', '1', '-r', '50', '-gray', '-png', '-singlefile', file(3), join(folder, 'page')])
      const image = PNG.sync.read(await readFile(join(folder, 'page.png')))
      const sheet = handoutSheet(ownPaper, 3, aspect)
      const scale = image.width / sheet.width
      for (const slot of sheet.slots.slice(0, Math.min(3, slides.length))) {
        const box = slot.lines!.box
        const [left, right] = [Math.ceil(box.x * scale) + 1, Math.floor((box.x + box.width) * scale) - 1]
        const ruledRows: number[] = []
        for (let y = Math.floor(box.y * scale); y < Math.min(image.height, (box.y + box.height) * scale + 1); y++) {
          let dark = 0
          for (let x = left; x < right; x++)
            dark += image.data[(image.width * y + x) << 2] < 235 ? 1 : 0
          if (dark >= (right - left) * 0.9)
            ruledRows.push(y)
        }
        const lines = ruledRows.filter((y, index) => index === 0 || y > ruledRows[index - 1] + 1).length
        expect(lines, `poppler's print of ${file(3)} page 1: lines beside the slide at ${slot.slide.y.toFixed(0)} mm`).toBe(slot.lines!.rules.length)
      }
    }
    finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
}
