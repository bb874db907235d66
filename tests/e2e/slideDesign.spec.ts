import { expect, test } from '@playwright/test'
import { darkPalette, lightPalette, paletteCustomProperties } from '../../components/charts/palette'
import { readDeck } from '../support/deckSource'
import { halfWidthPunctuation, numberStyle } from '../support/typesetting'
import { settle } from './pageWatch'
import { slideMetrics } from './slideMetrics'

/** Type and layout that read from the back of a room, on every content slide (not the cover, not the section dividers). */
const READABLE_PX = 22
const SMALLEST_PX = 16
const READABLE_SHARE = 0.7
const MAX_CHARS = 130
const MAX_EMPTY_BAND = 0.3
const MIN_CHART_SHARE = 0.25
const MIN_FIGURE_PX = 48
const TITLE_LEAD = 1.2

const contentSlides = readDeck().filter(slide => !['cover', 'section'].includes(slide.layout))

test('every content slide has large type, few words, composed space, big charts and Chinese typesetting as rendered', async ({ page }) => {
  test.setTimeout(180_000)
  const report: Record<string, string[]> = {}
  const table: string[] = []
  for (const slide of contentSlides) {
    await page.goto(String(slide.no))
    await settle(page, slide.no)
    const m = await slideMetrics(page, slide.no)
    const chars = m.runs.reduce((sum, run) => sum + run.chars, 0)
    const readable = m.runs.filter(run => run.fontSize >= READABLE_PX).reduce((sum, run) => sum + run.chars, 0)
    const title = Math.max(0, ...m.runs.filter(run => run.role === 'title').map(run => run.fontSize))
    const problems: string[] = []
    if (chars > MAX_CHARS)
      problems.push(`${chars} visible characters (at most ${MAX_CHARS})`)
    if (readable / chars < READABLE_SHARE)
      problems.push(`${Math.round(100 * readable / chars)}% of the characters at ≥ ${READABLE_PX}px (at least ${100 * READABLE_SHARE}%)`)
    for (const run of m.runs.filter(run => run.fontSize < SMALLEST_PX))
      problems.push(`"${run.sample}" at ${run.fontSize}px (at least ${SMALLEST_PX}px)`)
    if (title === 0)
      problems.push('no title')
    for (const run of m.runs.filter(run => run.role === 'text' && run.fontSize * TITLE_LEAD > title))
      problems.push(`"${run.sample}" at ${run.fontSize}px is not clearly smaller than the ${title}px title`)
    for (const run of m.runs.filter(run => run.role === 'figure' && run.fontSize < MIN_FIGURE_PX))
      problems.push(`figure "${run.sample}" at ${run.fontSize}px (at least ${MIN_FIGURE_PX}px)`)
    if (m.emptyBand.height > MAX_EMPTY_BAND * m.canvas.height)
      problems.push(`empty band of ${Math.round(m.emptyBand.height)}px from y=${Math.round(m.emptyBand.top)} (at most ${Math.round(MAX_EMPTY_BAND * 100)}% of ${m.canvas.height}px)`)
    for (const area of m.chartAreas.filter(area => area < MIN_CHART_SHARE * m.canvas.width * m.canvas.height))
      problems.push(`chart takes ${Math.round(100 * area / (m.canvas.width * m.canvas.height))}% of the slide (at least ${100 * MIN_CHART_SHARE}%)`)
    table.push(`${slide.no}\t${chars} chars\t${Math.round(100 * readable / chars)}% ≥${READABLE_PX}px\tband ${Math.round(100 * m.emptyBand.height / m.canvas.height)}%\tcharts ${m.chartAreas.map(a => `${Math.round(100 * a / (m.canvas.width * m.canvas.height))}%`).join(' ')}`)
    const shown = await page.locator(`#slide-content .slidev-page-${slide.no} .slidev-layout`).innerText()
    for (const problem of [...halfWidthPunctuation(shown, 'shown'), ...numberStyle(shown, 'shown')])
      problems.push(`${problem.rule}: "${problem.excerpt}"`)
    if (problems.length > 0)
      report[`${slide.no} ${slide.title}`] = problems
  }
  if (process.env.DESIGN_TABLE)
    console.log(table.join('\n'))
  expect(contentSlides.length).toBeGreaterThan(20)
  expect(report).toEqual({})
})

test('the slides\' colours are the palette the charts use, light and dark', async ({ page }) => {
  for (const [scheme, palette] of [['light', lightPalette], ['dark', darkPalette]] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('2')
    await settle(page, 2)
    const properties = paletteCustomProperties(palette)
    const shown = await page.evaluate(names => Object.fromEntries(names.map(name => [name, getComputedStyle(document.documentElement).getPropertyValue(name).trim()])), Object.keys(properties))
    expect(shown).toEqual(properties)
    const title = await page.locator('.slidev-page-2 h1').evaluate(el => getComputedStyle(el).color)
    const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(palette.primary.slice(i, i + 2), 16))
    expect(title).toBe(`rgb(${r}, ${g}, ${b})`)
  }
})
