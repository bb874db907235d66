import type { ScratchDeck } from '../support/scratchDeck'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { readDeckInfo } from '../../scripts/project/deckInfo'
import { launchOptions } from '../../scripts/browser/findBrowser'
import { writeEditablePptx } from '../../scripts/export/pptx/pptxExport'
import { openPrintView } from '../../scripts/export/printView'
import { readDeck } from '../support/deckSource'
import { buildScratchDeck, edit } from '../support/scratchDeck'
import { settle, watchPage } from './pageWatch'

const slides = readDeck()
const slideTitled = (title: string) => slides.find(slide => slide.title === title)!
const researchers = slideTitled('开篇之问')
const ipo = slideTitled('IPO 募资规模')
const abroad = slideTitled('留学与回国')

let deck: ScratchDeck

test.describe.configure({ mode: 'default' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  deck = await buildScratchDeck('charts', markdown => [
    (md: string) => edit(md, 'values: [250, 1500]', 'values: [320, 1500]'),
    (md: string) => edit(md, 'values: [60, 37, 3]', 'values: [60, 37, 13]'),
    (md: string) => edit(md, '    unit: 万人\n    values: [650, 450]', '    values: [650, 450]'),
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
  expect(values).toEqual([320, 1500])
  await expect(figure.locator('.chart-values')).toContainText('320 人')
  expect(await figure.locator('canvas').getAttribute('aria-label')).toContain('OpenAI（成立七年） 320 人')
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
