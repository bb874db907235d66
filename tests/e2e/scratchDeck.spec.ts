import type { ScratchDeck } from '../support/scratchDeck'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { readDeckInfo } from '../../scripts/project/deckInfo'
import { launchOptions } from '../../scripts/browser/findBrowser'
import { writeEditablePptx } from '../../scripts/export/pptx/pptxExport'
import { openPrintView } from '../../scripts/export/printView'
import { dataPoints } from '../../components/charts/chartConfig'
import { validChartSlides } from '../support/deckSource'
import { buildScratchDeck } from '../support/scratchDeck'
import { settle, watchPage } from './pageWatch'

const charts = validChartSlides()
/** A bar chart whose first value the scratch deck raises, a share chart whose shares it breaks, a third chart whose unit it drops. */
const researchers = charts.find(chart => chart.spec.kind !== 'doughnut')!
const ipo = charts.find(chart => chart.spec.series.measure === 'share')!
const abroad = charts.find(chart => chart !== researchers && chart !== ipo)!
const raised = [researchers.spec.series.values[0] + 70, ...researchers.spec.series.values.slice(1)]

/** `markdown` with the first line after slide `title`'s title line that matches `line` replaced. */
function editChart(markdown: string, title: string, line: RegExp, replace: (found: string) => string): string {
  const from = markdown.indexOf(`\ntitle: ${title}\n`)
  const found = line.exec(markdown.slice(from))
  if (from < 0 || !found)
    throw new Error(`scratch edit: no ${line} after "title: ${title}"`)
  const at = from + found.index
  return `${markdown.slice(0, at)}${replace(found[0])}${markdown.slice(at + found[0].length)}`
}

let deck: ScratchDeck

test.describe.configure({ mode: 'default' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  deck = await buildScratchDeck('charts', markdown => [
    (md: string) => editChart(md, researchers.title, /^ {4}values: \[.*\]$/m, () => `    values: [${raised.join(', ')}]`),
    (md: string) => editChart(md, ipo.title, /^ {4}values: \[.*\]$/m, () => `    values: [${ipo.spec.series.values.map((value, index) => index === 0 ? value + 10 : value).join(', ')}]`),
    (md: string) => editChart(md, abroad.title, /^ {4}unit: .*\n/m, () => ''),
  ].reduce((md, change) => change(md), markdown))
})

test.afterAll(async () => {
  await deck?.remove()
})

test('a value changed in slides.md shows up in the chart, its text and its text alternative', async ({ page }) => {
  await page.goto(`${deck.server.url}${researchers.no}`)
  await settle(page, researchers.no)
  const figure = page.locator(`.slidev-page-${researchers.no} .data-chart`)
  await expect(figure).toHaveAttribute('data-chart-state', 'drawn')
  const values = await figure.locator('canvas').evaluate((canvas: any) => canvas.chartInstance.data.datasets[0].data)
  expect(values).toEqual(raised)
  const point = dataPoints({ ...researchers.spec, series: { ...researchers.spec.series, values: raised } })[0]
  await expect(figure.locator('.chart-values')).toContainText(point.text)
  expect(await figure.locator('canvas').getAttribute('aria-label')).toContain(`${point.label} ${point.text}`)
})

test('a malformed chart block shows an error box that names the slide and the field, and logs it', async ({ page }) => {
  const watch = watchPage(page)
  for (const [slide, field] of [[ipo, 'chart.series.values'], [abroad, 'chart.series.unit']] as const) {
    await page.goto(`${deck.server.url}${slide.no}`)
    await settle(page, slide.no)
    const figure = page.locator(`.slidev-page-${slide.no} .data-chart`)
    await expect(figure).toHaveAttribute('data-chart-state', 'error')
    const box = figure.locator('.chart-error[role="alert"]')
    await expect(box).toBeVisible()
    await expect(box).toContainText(`第 ${slide.no} 页「${slide.title}」`)
    await expect(box).toContainText(field)
    await expect(figure.locator('canvas')).toHaveCount(0)
    expect(watch.take().some(problem => problem.includes(field))).toBe(true)
  }
})

test('the PPTX export stops naming the slide and the field, and writes nothing', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'deck-bad-chart-'))
  const info = readDeckInfo(deck.entry)
  const browser = await chromium.launch(launchOptions())
  try {
    const attempt = (async () => {
      const page = await openPrintView(browser, deck.server.url, info, { timeout: 30_000 })
      await writeEditablePptx(page, [], info, join(folder, 'slides.pptx'), { deckPath: deck.entry })
    })()
    await expect(attempt).rejects.toThrow(`第 ${ipo.no} 页「${ipo.title}」`)
    await expect(attempt).rejects.toThrow('chart.series.values')
    expect(await readdir(folder)).toEqual([])
  }
  finally {
    await browser.close()
    await rm(folder, { recursive: true, force: true })
  }
})
