import type { ScratchDeck } from '../support/scratchDeck'
import type { SourceSlide } from '../support/deckSource'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { readDeckInfo } from '../../scripts/project/deckInfo'
import { launchOptions } from '../../scripts/browser/findBrowser'
import { writeEditablePptx } from '../../scripts/export/pptx/pptxExport'
import { openPrintView } from '../../scripts/export/printView'
import { dataPoints } from '../../components/charts/chartConfig'
import { parseDeck, validChartSlides } from '../support/deckSource'
import { deckOfExamples, layoutExamples, slidesWithNotes } from '../support/layoutExamples'
import { buildScratchDeck } from '../support/scratchDeck'
import { settle, showSlide, watchPage } from './pageWatch'

/**
 * One scratch build serves every test that needs a deck other than slides.md
 * (a build is the slow part, so it is paid once), built for a sub-path:
 * 1. the authoring guide's layout examples (docs/authoring.md), exactly as written;
 * 2. slides an author gets wrong, each of which must show an error box naming it;
 * 3. copies of three of slides.md's chart slides, with their data changed or broken.
 */
const BASE = '/talks/zgc-2023/'

const MISUSE = [
  { markdown: '---\nlayout: tile\ntitle: 未知版式\n---\n\n# 未知版式\n\n1. 一\n2. 二', expected: '未知的版式「tile」' },
  { markdown: '---\nlayout: cards\ntitle: 没有列表的卡片\n---\n\n# 没有列表的卡片\n\n只有一段话', expected: '需要一个项目列表' },
  { markdown: `---\nlayout: tiles\ntitle: 太多编号块\n---\n\n# 太多编号块\n\n${Array.from({ length: 7 }, (_, i) => `${i + 1}. 第 ${i + 1} 条`).join('\n')}`, expected: '这里有 7 项' },
  { markdown: '---\nlayout: chart\ntitle: 没有数据的图表\n---\n\n# 没有数据的图表', expected: '缺少 chart 数据块' },
  { markdown: '---\nlayout: figures\ntitle: 缺来源的数字\nfigures:\n  - value: 600\n    label: 市场规模\n---\n\n# 缺来源的数字', expected: 'figures[0].source' },
]

const charts = validChartSlides()
/** A bar chart whose first value the copy raises, a share chart whose shares it breaks, a third chart whose unit it drops. */
const researchers = charts.find(chart => chart.spec.kind !== 'doughnut')!
const ipo = charts.find(chart => chart.spec.series.measure === 'share')!
const abroad = charts.find(chart => chart !== researchers && chart !== ipo)!
const raised = [researchers.spec.series.values[0] + 70, ...researchers.spec.series.values.slice(1)]

/** Slide `slide` of slides.md as a slide of its own, with the frontmatter line `line` replaced (it must be there). */
function changedCopy(slide: SourceSlide, line: RegExp, replacement: string): string {
  if (!line.test(slide.frontmatterRaw))
    throw new Error(`scratch copy of slide ${slide.no}: no ${line} in its frontmatter`)
  return `---\n${slide.frontmatterRaw.replace(line, replacement).trimEnd()}\n---\n\n${slide.content.trim()}`
}

const CHART_COPIES = [
  changedCopy(researchers, /^ {4}values: \[.*\]$/m, `    values: [${raised.join(', ')}]`),
  changedCopy(ipo, /^ {4}values: \[.*\]$/m, `    values: [${ipo.spec.series.values.map((value, index) => index === 0 ? value + 10 : value).join(', ')}]`),
  changedCopy(abroad, /^ {4}unit: .*\n/m, ''),
]

const examples = layoutExamples()
let deck: ScratchDeck
let slides: ReturnType<typeof parseDeck>
/** Where each part starts among the scratch deck's slides (0-based). */
const MISUSE_FROM = examples.length
const COPIES_FROM = MISUSE_FROM + MISUSE.length
const copy = (index: number) => slides[COPIES_FROM + index]

test.describe.configure({ mode: 'default' })

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000)
  deck = await buildScratchDeck('scratch', (markdown) => {
    const scratch = `${deckOfExamples(examples, markdown)}\n${slidesWithNotes([...MISUSE.map(({ markdown: slide }) => slide), ...CHART_COPIES])}`
    slides = parseDeck(scratch)
    return scratch
  }, { base: BASE })
})

test.afterAll(async () => {
  await deck?.remove()
})

test('a build for a sub-path serves and navigates offline under it', async ({ page }) => {
  const watch = watchPage(page)
  expect(deck.server.url.endsWith(BASE)).toBe(true)
  await page.goto(deck.server.url)
  await settle(page, 1)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`${BASE}(2|${slides[1].frontmatter.routeAlias ?? 2})$`))
  await settle(page, 2)
  // A chart's code and fonts come from under the sub-path too.
  const chart = slides.find(slide => slide.layout === 'chart')!
  await page.goto(`${deck.server.url}${chart.no}`)
  await settle(page, chart.no)
  await expect(page.locator(`.slidev-page-${chart.no} .data-chart`)).toHaveAttribute('data-chart-state', 'drawn')
  await page.goto(`${deck.server.url}presenter/3`)
  await settle(page, 3)
  await page.waitForLoadState('networkidle')
  expect(watch.take()).toEqual([])
})

test('every layout example of the authoring guide builds into a slide of its layout, with no error box and nothing spilling out', async ({ page }) => {
  const watch = watchPage(page)
  // One load, then on through the examples with the arrow key, as a presenter does (they are one after another).
  for (const slide of slides.slice(0, examples.length)) {
    await showSlide(page, slide.no, deck.server.url)
    const layout = page.locator(`.slidev-page-${slide.no} .slidev-layout`)
    await expect(layout.locator('[role="alert"]'), `slide ${slide.no} (${slide.layout})`).toHaveCount(0)
    await expect(layout.locator('h1')).toHaveCount(1)
    const overflow = await layout.evaluate((root) => {
      const frame = root.getBoundingClientRect()
      return [...root.querySelectorAll('*')].filter((el) => {
        const box = el.getBoundingClientRect()
        return box.width > 0 && (box.right > frame.right + 1 || box.bottom > frame.bottom + 1 || box.left < frame.left - 1)
      }).map(el => el.outerHTML.slice(0, 80))
    })
    expect(overflow, `slide ${slide.no} (${slide.layout})`).toEqual([])
  }
  // A slide shown loads the next one ahead: after the last example, that is the first planted misuse, whose error is
  // its own test's. Any problem that names no slide, or names an example, counts.
  const onAnExample = (problem: string) => {
    const no = /第 (\d+) 页/.exec(problem)?.[1]
    return no === undefined || Number(no) <= examples.length
  }
  expect(watch.take().filter(onAnExample)).toEqual([])
})

test('a misused layout shows an error box naming the slide and what was expected', async ({ page }) => {
  for (const [index, misuse] of MISUSE.entries()) {
    const slide = slides[MISUSE_FROM + index]
    await showSlide(page, slide.no, deck.server.url)
    const box = page.locator(`.slidev-page-${slide.no} [role="alert"]`).filter({ hasText: misuse.expected })
    await expect(box, `slide ${slide.no}「${slide.title}」`).toBeVisible()
    await expect(box).toContainText(`第 ${slide.no} 页「${slide.title}」`)
  }
})

test('a value changed in a chart block shows up in the chart, its text and its text alternative', async ({ page }) => {
  const slide = copy(0)
  await page.goto(`${deck.server.url}${slide.no}`)
  await settle(page, slide.no)
  const figure = page.locator(`.slidev-page-${slide.no} .data-chart`)
  await expect(figure).toHaveAttribute('data-chart-state', 'drawn')
  const values = await figure.locator('canvas').evaluate((canvas: any) => canvas.chartInstance.data.datasets[0].data)
  expect(values).toEqual(raised)
  const point = dataPoints({ ...researchers.spec, series: { ...researchers.spec.series, values: raised } })[0]
  await expect(figure.locator('.chart-values')).toContainText(point.text)
  expect(await figure.locator('canvas').getAttribute('aria-label')).toContain(`${point.label} ${point.text}`)
})

test('a malformed chart block shows an error box that names the slide and the field, and logs it', async ({ page }) => {
  const watch = watchPage(page)
  for (const [slide, field] of [[copy(1), 'chart.series.values'], [copy(2), 'chart.series.unit']] as const) {
    await showSlide(page, slide.no, deck.server.url)
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
    await expect(attempt).rejects.toThrow(`第 ${copy(1).no} 页「${ipo.title}」`)
    await expect(attempt).rejects.toThrow('chart.series.values')
    expect(await readdir(folder)).toEqual([])
  }
  finally {
    await browser.close()
    await rm(folder, { recursive: true, force: true })
  }
})
