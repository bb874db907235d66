import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { darkPalette, lightPalette } from '../../components/charts/palette'
import { dataPoints } from '../../components/charts/chartConfig'
import { validChartSlides } from '../support/deckSource'
import { settle, watchPage } from './pageWatch'

const charts = validChartSlides()

/** What the page's Chart.js instance holds, and how much of its canvas is painted. */
async function chartState(page: Page, no: number) {
  return page.locator(`.slidev-page-${no} .data-chart canvas`).evaluate((canvas: HTMLCanvasElement & { chartInstance?: any }) => {
    const chart = canvas.chartInstance
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
    let painted = 0
    for (let i = 3; i < pixels.length; i += 4) {
      if (pixels[i] > 0)
        painted++
    }
    return {
      labels: chart.data.labels as string[],
      values: chart.data.datasets.map((d: any) => d.data) as number[][],
      animation: chart.options.animation,
      fontFamily: chart.options.font.family as string,
      tickColor: chart.options.scales?.y?.ticks?.color ?? chart.options.color,
      tickLabels: Object.values(chart.scales ?? {}).flatMap((scale: any) => scale.ticks.map((tick: any) => String(tick.label))) as string[],
      painted: painted / (pixels.length / 4),
      role: canvas.getAttribute('role'),
      ariaLabel: canvas.getAttribute('aria-label') ?? '',
    }
  })
}

test('draws every chart with exactly the values in slides.md, as pixels and as text', async ({ page }) => {
  const watch = watchPage(page)
  expect(charts.length).toBeGreaterThanOrEqual(6)
  for (const { no, spec } of charts) {
    await page.goto(String(no))
    await settle(page, no)
    const figure = page.locator(`.slidev-page-${no} .data-chart`)
    await expect(figure).toHaveAttribute('data-chart-state', 'drawn')
    const state = await chartState(page, no)
    expect(state.labels, `slide ${no}`).toEqual(spec.labels)
    expect(state.values, `slide ${no}`).toEqual([spec.series.values])
    expect(state.painted, `slide ${no} paints its canvas`).toBeGreaterThan(0.02)
    expect(state.fontFamily).toContain('Noto Sans SC')
    expect(state.tickLabels.filter(label => /\d,\d{3}/.test(label)), `slide ${no} axis labels`).toEqual([])
    expect(state.role).toBe('img')
    for (const point of dataPoints(spec)) {
      expect(state.ariaLabel, `slide ${no} text alternative`).toContain(`${point.label} ${point.text}`)
      await expect(figure.locator('.chart-values')).toContainText(point.text)
    }
    await expect(figure.locator('.chart-source')).toHaveText(`来源：${spec.series.source}`)
    for (const derived of spec.series.derived ?? [])
      await expect(figure.locator('.chart-note')).toContainText(derived.how)
  }
  expect(watch.take()).toEqual([])
})

test('charts follow dark mode and the fonts are loaded before drawing', async ({ page }) => {
  const bar = charts.find(chart => chart.spec.kind === 'bar')!
  for (const [scheme, palette] of [['light', lightPalette], ['dark', darkPalette]] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(String(bar.no))
    await settle(page, bar.no)
    const state = await chartState(page, bar.no)
    expect(state.tickColor).toBe(palette.text)
    expect(await page.evaluate(() => document.fonts.check('700 14px "Noto Sans SC"', '人员规模'))).toBe(true)
  }
})

test('print mode draws without animation', async ({ page }) => {
  const { no } = charts[0]
  await page.goto(`${no}?print=true`)
  await settle(page, no)
  expect((await chartState(page, no)).animation).toBe(false)
})

test('a chart animates on the slide, and is drawn at once for a reader who asked for less motion', async ({ page }) => {
  const { no } = charts[0]
  for (const [reducedMotion, animated] of [['no-preference', true], ['reduce', false]] as const) {
    await page.emulateMedia({ reducedMotion })
    await page.goto(String(no))
    await settle(page, no)
    expect(Boolean((await chartState(page, no)).animation), `prefers-reduced-motion: ${reducedMotion}`).toBe(animated)
  }
})
