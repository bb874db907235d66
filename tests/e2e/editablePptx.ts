import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import type { TestEdition } from '../support/deckSource'
import { seriesLabel, textAlternative } from '../../components/charts/chartConfig'
import { DECK_WORDS } from '../../components/deck/deckWords'
import { editionFileName } from '../../scripts/edition/index'
import { darkPalette } from '../../components/charts/palette'
import { deckFontFor, EAST_ASIAN_FONT } from '../../scripts/export/pptx/pptxFonts'
import { cssColorToHex } from '../../scripts/export/pptx/pptxMapping'
import { findSoffice } from '../../scripts/preflight/index'
import { TEST_EDITIONS, validChartSlides } from '../support/deckSource'
import { environmentWithout } from '../support/fontsWithout'
import { openPdf, pageText, pageTexts, pdfFonts } from '../support/pdfInspect'
import { describeOverlap, linesOffPage, overlappingLines, pdfTextLines } from '../support/pdfTextLines'
import { chartData, decodeXml, openPptx, shapes, slideCharts, slideText, textCoverage, xmlText } from '../support/pptxInspect'

const run = promisify(execFile)

/**
 * LibreOffice's PDFs of every edition's slides.pptx in `out`, rendered once,
 * in one run (one start, one profile), on a machine without the editions'
 * deck faces (see fontsWithout.ts): each edition's tests read their own.
 */
let rendered: Promise<{ folder: string }> | undefined
function renderedWithoutDeckFonts(out: string): Promise<{ folder: string }> {
  return rendered ??= (async () => {
    const soffice = findSoffice()
    expect(soffice, 'LibreOffice is needed to check the PPTX (npm test checks for it first)').toBeTruthy()
    const folder = await mkdtemp(join(tmpdir(), 'lo-render-'))
    const fonts = await environmentWithout([...new Set(TEST_EDITIONS.map(({ lang }) => deckFontFor(DECK_WORDS[lang].htmlLang)))])
    try {
      const files = TEST_EDITIONS.map(({ lang }) => join(out, editionFileName('slides.pptx', lang)))
      await run(soffice!, [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...files], { timeout: 240_000, env: fonts.env })
    }
    finally {
      await fonts.dispose()
    }
    return { folder }
  })()
}

/**
 * The editable PPTX (slides.pptx, and slides-dark.pptx from --dark) against
 * slides.md and the PDF written by the same export. exports.spec.ts calls
 * this with the folder its one export run wrote; the PPTX export's failures
 * are in pptx.spec.ts.
 */
export function describeEditablePptx(exported: () => string, { lang, slides }: TestEdition): void {
  const charts = validChartSlides(slides)
  const DECK_FONT = deckFontFor(DECK_WORDS[lang].htmlLang)
  const PPTX = editionFileName('slides.pptx', lang)
  const SLIDES_PDF = editionFileName('slides.pdf', lang)
  /** The quotation's attribution as the slide sets it: `—— 姓名` or `— Name`. */
  const ATTRIBUTION = lang === 'zh' ? '——' : '—'
  let out: string
  /** Each slide's text in the PDF export, white space removed. */
  let pdfTexts: string[]

  test.beforeAll(async () => {
    out = exported()
    pdfTexts = await pageTexts(await openPdf(join(out, SLIDES_PDF)))
  })

  test(`${PPTX}: one slide part and one notes part per slide, each with its speaker notes`, async () => {
    const pptx = await openPptx(join(out, PPTX))
    expect(pptx.slideCount).toBe(slides.length)
    expect(Object.keys(pptx.zip.files).filter(name => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))).toHaveLength(slides.length)
    for (const slide of slides) {
      const cue = /(?:计时：|Timing: ).*$/m.exec(slide.note)?.[0]
      expect(cue, `slide ${slide.no} has a timing cue in slides.md`).toBeTruthy()
      expect(xmlText(await pptx.part(`ppt/notesSlides/notesSlide${slide.no}.xml`)), `notes of slide ${slide.no}`).toContain(cue!)
    }
  })

  test(`${PPTX}: each slide's text boxes hold at least 95 % of that slide's text in the PDF export`, async () => {
    const pptx = await openPptx(join(out, PPTX))
    expect(pdfTexts).toHaveLength(slides.length)
    for (const slide of slides) {
      const text = slideText(await pptx.part(`ppt/slides/slide${slide.no}.xml`))
      expect(textCoverage(pdfTexts[slide.no - 1], text), `slide ${slide.no}`).toBeGreaterThanOrEqual(0.95)
    }
  })

  test(`${PPTX}: every slide names its title in the title placeholder, in the deck's font, with Microsoft YaHei as the theme's East Asian face`, async () => {
    const pptx = await openPptx(join(out, PPTX))
    for (const slide of slides) {
      const xml = await pptx.part(`ppt/slides/slide${slide.no}.xml`)
      const heading = /^#\s+(.+)$/m.exec(slide.content)?.[1]
      const title = shapes(xml).filter(shape => /<p:ph[^>]*type="title"/.test(shape))
      expect(title, `slide ${slide.no}: one title placeholder`).toHaveLength(1)
      if (heading)
        expect(xmlText(title[0]).replace(/\s+/g, ''), `slide ${slide.no}`).toBe(heading.replace(/<[^>]+>|\*\*/g, '').replace(/\s+/g, ''))
      const faces = (script: string) => [...new Set([...xml.matchAll(new RegExp(`<a:${script} typeface="([^"]+)"`, 'g'))].map(match => match[1]))]
      expect(faces('latin'), `slide ${slide.no} Latin fonts`).toEqual([DECK_FONT])
      expect(faces('ea'), `slide ${slide.no} East Asian fonts`).toEqual([DECK_FONT])
    }
    const theme = await pptx.part('ppt/theme/theme1.xml')
    for (const kind of ['major', 'minor']) {
      const fonts = new RegExp(`<a:${kind}Font>([\\s\\S]*?)</a:${kind}Font>`).exec(theme)?.[1] ?? ''
      expect(fonts, `theme ${kind} font`).toContain(`<a:latin typeface="${DECK_FONT}"/>`)
      expect(fonts, `theme ${kind} font`).toContain(`<a:ea typeface="${EAST_ASIAN_FONT}"/>`)
      expect(fonts, `theme ${kind} font`).toContain(`<a:font script="Hans" typeface="${EAST_ASIAN_FONT}"/>`)
    }
  })

  test(`${PPTX}: lists are PowerPoint lists`, async () => {
    const pptx = await openPptx(join(out, PPTX))
    const listed = slides.filter(slide => /^\s*(?:- |\d+\. )/m.test(slide.content))
    expect(listed.length).toBeGreaterThan(0)
    const bulleted = await Promise.all(listed.map(async slide => /<a:buChar|<a:buAutoNum/.test(await pptx.part(`ppt/slides/slide${slide.no}.xml`))))
    expect(bulleted.filter(Boolean).length).toBeGreaterThan(0)
  })

  test(`${PPTX}: one native chart per deck chart, holding exactly its labels and values, with series name, unit and alt text`, async () => {
    const pptx = await openPptx(join(out, PPTX))
    expect(Object.keys(pptx.zip.files).filter(name => /^ppt\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(charts.length)
    for (const chart of charts) {
      const parts = await slideCharts(pptx, chart.no)
      expect(parts, `slide ${chart.no}`).toHaveLength(1)
      const data = chartData(parts[0])
      expect(data.labels, `slide ${chart.no} labels`).toEqual(chart.spec.labels)
      expect(data.values, `slide ${chart.no} values`).toEqual(chart.spec.series.values)
      expect(data.seriesName).toBe(seriesLabel(chart.spec, lang))
      expect(parts[0]).toContain(chart.spec.kind === 'doughnut' ? '<c:doughnutChart>' : `<c:barDir val="${chart.spec.kind === 'hbar' ? 'bar' : 'col'}"/>`)
      if (chart.spec.kind !== 'doughnut')
        expect(parts[0], `slide ${chart.no}: value axis from zero`).toMatch(/<c:valAx>[\s\S]*<c:min val="0"\/>/)
      if (chart.spec.series.derived?.length || chart.spec.kind === 'doughnut')
        expect(parts[0], `slide ${chart.no}: derived values and segments are patterned`).toContain('<a:pattFill')
      const slideXml = await pptx.part(`ppt/slides/slide${chart.no}.xml`)
      const alts = [...slideXml.matchAll(/<p:graphicFrame>[\s\S]*?<p:cNvPr [^>]*descr="([^"]*)"/g)].map(match => decodeXml(match[1]))
      expect(alts).toEqual([textAlternative(chart.spec, lang)])
    }
  })

  test(`${PPTX}: no picture covers half a slide or more`, async () => {
    const pptx = await openPptx(join(out, PPTX))
    for (let no = 1; no <= pptx.slideCount; no++) {
      const xml = await pptx.part(`ppt/slides/slide${no}.xml`)
      for (const picture of xml.matchAll(/<p:pic>[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"/g))
        expect(Number(picture[1]) * Number(picture[2]), `slide ${no}`).toBeLessThan(pptx.size.cx * pptx.size.cy / 2)
    }
  })

  test(`${PPTX}: --dark writes a dark variant`, async () => {
    const pptx = await openPptx(join(out, editionFileName('slides-dark.pptx', lang)))
    expect(pptx.slideCount).toBe(slides.length)
    expect(await pptx.part('ppt/slides/slide2.xml')).toMatch(new RegExp(`<p:bg>[\\s\\S]*?${cssColorToHex(darkPalette.background).hex}`))
  })

  const renderWithoutDeckFont = async () => ({ pdf: join((await renderedWithoutDeckFonts(out)).folder, SLIDES_PDF) })

  test.afterAll(async () => {
    await rendered?.then(({ folder }) => rm(folder, { recursive: true, force: true }))
  })

  test(`${PPTX}: LibreOffice, without ${DECK_FONT}, opens the PPTX and renders every slide with its text`, async () => {
    test.setTimeout(180_000)
    const { pdf: path } = await renderWithoutDeckFont()
    const fonts = (await pdfFonts(path)).map(font => font.name)
    // The face itself, not a sibling named after it (Noto Sans is not Noto Sans SC or Noto Sans CJK).
    const deckFace = new RegExp(`^(?:[A-Z]{6}\\+)?${DECK_FONT.replace(/\s/g, '')}(?!CJK|SC|TC|JP|KR)`, 'i')
    expect(fonts.filter(name => deckFace.test(name)), `the render had no ${DECK_FONT} to use`).toEqual([])
    const pdf = await openPdf(path)
    expect(pdf.numPages).toBe(slides.length)
    for (const slide of slides)
      expect(textCoverage(pdfTexts[slide.no - 1], await pageText(pdf, slide.no)), `slide ${slide.no} as LibreOffice renders it`).toBeGreaterThanOrEqual(0.95)
  })

  test(`${PPTX}: LibreOffice, without ${DECK_FONT}, sets no text line on another and none off its slide`, async () => {
    test.setTimeout(180_000)
    const pages = await pdfTextLines((await renderWithoutDeckFont()).pdf)
    expect(pages).toHaveLength(slides.length)
    const problems = pages.flatMap(page => [
      ...overlappingLines(page.lines).map(overlap => `slide ${page.no}: ${describeOverlap(overlap)}`),
      ...linesOffPage(page).map(line => `slide ${page.no}: 「${line.text}」 leaves the slide`),
    ])
    expect(problems).toEqual([])
    const quoted = slides.filter(slide => new RegExp(`^> ${ATTRIBUTION} `, 'm').test(slide.content))
    expect(quoted.length, 'the deck has quotations whose attribution the check covers').toBeGreaterThan(0)
    for (const slide of quoted) {
      const cite = pages[slide.no - 1].lines.find(line => line.text.startsWith(ATTRIBUTION))
      expect(cite, `slide ${slide.no}: the attribution is on the slide`).toBeTruthy()
    }
  })
}
