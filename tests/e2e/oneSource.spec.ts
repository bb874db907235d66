import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { parseSync } from '@slidev/parser'
import { dataPoints } from '../../components/charts/chartConfig'
import { editionFileName, editionFileOf, unitMagnitude } from '../../scripts/edition/index'
import { scriptCommand } from '../../scripts/project/scriptCommand'
import { parseDeck, TEST_EDITIONS, validChartSlides } from '../support/deckSource'
import { compact, openPdf, pageText } from '../support/pdfInspect'
import { chartData, openPptx, slideCharts } from '../support/pptxInspect'

/**
 * A number lives in one place: slides.md. A copy of the deck with one chart
 * value and one figure card's value changed in its Chinese file only (its
 * English file copied as it is) is built and exported in English; the new
 * numbers stand in the English PDF and PPTX, written the English way (万 and
 * 亿 converted). The Chinese edition is the changed file itself: its slides
 * read the new values as the merge's input (checked here), and every other
 * browser test shows a Chinese value reaching its slide, PDF and PPTX.
 */

const ROOT = resolve(import.meta.dirname, '../..')
const run = promisify(execFile)
const [source, translation] = TEST_EDITIONS

test('a number changed in slides.md alone changes the English edition too: its slides as printed, its PDF and its PPTX chart', async () => {
  test.setTimeout(240_000)
  expect(translation, 'the deck has a second edition (slides.en.md)').toBeTruthy()
  const chart = validChartSlides(source.slides).find(slide => unitMagnitude(slide.spec.series.unit) > 1) ?? validChartSlides(source.slides)[0]
  const figureSlide = source.slides.find(slide => ((slide.frontmatter.figures ?? []) as Array<{ value: unknown }>).some(figure => typeof figure.value === 'number'))!
  const figureIndex = (figureSlide.frontmatter.figures as Array<{ value: unknown }>).findIndex(figure => typeof figure.value === 'number')
  const figure = (figureSlide.frontmatter.figures as Array<{ value: number, unit?: string }>)[figureIndex]
  const newValue = chart.spec.series.values[0] + 10
  const newFigure = figure.value + 70

  const lines = (await readFile(source.path, 'utf8')).split('\n')
  /** The first line matching `pattern` in the frontmatter of the slide titled `title`. */
  const lineIn = (title: string, pattern: RegExp) => {
    const from = lines.indexOf(`title: ${title}`)
    const at = lines.findIndex((line, index) => index > from && pattern.test(line))
    expect(from, `slide “${title}” in ${source.path}`).toBeGreaterThan(0)
    expect(at, `${pattern} under “${title}”`).toBeGreaterThan(from)
    return at
  }
  lines[lineIn(chart.title, /^ {4}values: \[/)] = `    values: [${[newValue, ...chart.spec.series.values.slice(1)].join(', ')}]`
  lines[lineIn(figureSlide.title, new RegExp(`^ {2}- value: ${figure.value}$`))] = `  - value: ${newFigure}`

  // A short copy of each edition: the cover, the chart slide and the figure slide (a build of three slides is quick),
  // their timing cues without running totals (which count the whole talk).
  const kept = [1, chart.no, figureSlide.no]
  const shortCopy = (markdown: string) => {
    const all = markdown.split('\n')
    return parseSync(markdown, 'deck.md').slides.filter((_, index) => kept.includes(index + 1))
      .map(slide => all.slice(slide.start, slide.end).join('\n'))
      .join('\n')
      .replace(/（累计 \d+:\d\d）| \(running total \d+:\d\d\)/g, '')
  }
  const entry = join(ROOT, '.scratch-one-source.md')
  const entryEn = editionFileOf(entry, translation.lang)
  const dist = join(ROOT, '.scratch', 'one-source')
  const out = await mkdtemp(join(tmpdir(), 'deck-one-source-'))
  try {
    await writeFile(entry, shortCopy(lines.join('\n')))
    await writeFile(entryEn, shortCopy(await readFile(translation.path, 'utf8')))
    await run(...scriptCommand('export', ['pdf', 'pptx', '--lang', translation.lang, '--entry', entry, '--dist', dist, '--out', out]), { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })

    // Where the chart and the figure slide stand in the short copies.
    const order = [...kept].sort((a, b) => a - b)
    const [chartNo, figureNo] = [order.indexOf(chart.no) + 1, order.indexOf(figureSlide.no) + 1]
    const changedSource = parseDeck(await readFile(entry, 'utf8'), entry)
    expect(validChartSlides(changedSource).find(slide => slide.no === chartNo)!.spec.series.values[0]).toBe(newValue)
    for (const edition of [translation]) {
      const slides = parseDeck(await readFile(editionFileOf(entry, edition.lang), 'utf8'), editionFileOf(entry, edition.lang))
      const spec = validChartSlides(slides).find(slide => slide.no === chartNo)!.spec
      // The edition's value is the source's new value, scaled from 万 and 亿 in English.
      const expected = Number((newValue * unitMagnitude(chart.spec.series.unit)).toPrecision(12))
      expect(spec.series.values[0]).toBe(expected)
      const pdf = await openPdf(join(out, editionFileName('slides.pdf', edition.lang)))
      expect(await pageText(pdf, chartNo), `${edition.lang} PDF, the chart slide`).toContain(compact(dataPoints(spec, edition.lang)[0].text))
      const pptx = await openPptx(join(out, editionFileName('slides.pptx', edition.lang)))
      expect(chartData((await slideCharts(pptx, chartNo))[0]).values[0], `${edition.lang} PPTX, the chart slide`).toBe(expected)
      const card = (slides[figureNo - 1].frontmatter.figures as Array<{ value: string, unit?: string }>)[figureIndex]
      expect(await pageText(pdf, figureNo), `${edition.lang} PDF, the figure slide`).toContain(compact(`${card.value}${card.unit ?? ''}`))
    }
  }
  finally {
    await rm(entry, { force: true })
    await rm(entryEn, { force: true })
    await rm(dist, { recursive: true, force: true })
    await rm(out, { recursive: true, force: true })
  }
})
