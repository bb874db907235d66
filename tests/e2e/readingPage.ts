import type { Page } from '@playwright/test'
import type { SourceSlide } from '../support/deckSource'
import { expect } from '@playwright/test'
import { readDeck } from '../support/deckSource'

/**
 * Opens the reading view at `path` and reads it from top to bottom as a
 * reader would, so every slide has been laid out and every chart drawn; then
 * back to the top.
 */
export async function readPage(page: Page, path: string) {
  await page.goto(path)
  await page.locator('.reading-view [data-reading-slide]').first().waitFor()
  await page.waitForLoadState('networkidle')
  // The slides after the cover join the page at the first scroll (or soon after the first screen).
  await page.mouse.wheel(0, 1)
  await expect(page.locator('[data-reading-slide]')).toHaveCount(readDeck().length)
  // Down the page a screen at a time, a frame and a moment for each (in the page: one round trip for the whole walk).
  await page.evaluate(async () => {
    window.scrollTo(0, 0)
    for (let step = 0; step < 400; step++) {
      window.scrollBy(0, window.innerHeight * 0.8)
      await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 30)))
      if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2)
        break
    }
  })
  // A chart loads once its slide is on screen: show any the quick walk went past between two frames.
  for (const chart of await page.locator('[data-chart-state="waiting"]').elementHandles()) {
    // Not scrollIntoViewIfNeeded: a chart still waiting is an empty figure, which Playwright never counts as visible.
    await chart.evaluate(el => (el as Element).closest('[data-reading-slide]')!.scrollIntoView({ block: 'start' }))
    await page.waitForFunction(el => (el as Element).getAttribute('data-chart-state') !== 'waiting', chart, { timeout: 10_000 })
  }
  await page.waitForFunction(() => [...document.querySelectorAll('[data-chart-state]')]
    .every(el => ['drawn', 'error'].includes(el.getAttribute('data-chart-state') ?? '')), undefined, { timeout: 30_000 })
  await page.evaluate(() => document.fonts.ready)
  await page.evaluate(() => window.scrollTo(0, 0))
}

/** The texts a slide's Markdown and frontmatter put on it, each as it reads on screen (Markdown marks dropped). */
export function readingText(slide: SourceSlide): string[] {
  const lines = slide.content.split('\n')
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('<') && !line.startsWith('---'))
    .map(line => line
      .replace(/^#+\s+/, '')
      .replace(/^(?:[-*]|\d+\.)\s+/, '')
      .replace(/^>\s*/, '')
      .replace(/^——?\s+/, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|\*|`/g, '')
      // A Markdown escape shows the character alone: \[The US\] reads [The US].
      .replace(/\\([[\]\\*_`#])/g, '$1')
      .trim())
    .filter(Boolean)
  const figures = (slide.frontmatter.figures ?? []) as { value: unknown, label: string, source: string }[]
  const chart = slide.frontmatter.chart as { caption: string, labels: string[], series: { source: string } } | undefined
  return [
    ...lines,
    ...figures.flatMap(figure => [String(figure.value), figure.label, figure.source]),
    ...chart ? [chart.caption, ...chart.labels, chart.series.source] : [],
  ]
}

/** Every character shown in the reading view, counted by its font size in CSS px: [size, characters][]. */
export async function textSizes(page: Page): Promise<[number, number][]> {
  return page.evaluate(() => {
    const counts = new Map<number, number>()
    const walker = document.createTreeWalker(document.querySelector('.reading-view')!, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!
      const characters = (node.textContent ?? '').replace(/\s/g, '').length
      if (characters === 0 || !element.checkVisibility({ visibilityProperty: true }) || element.closest('canvas'))
        continue
      const size = Number.parseFloat(getComputedStyle(element).fontSize)
      counts.set(size, (counts.get(size) ?? 0) + characters)
    }
    return [...counts.entries()].sort(([a], [b]) => a - b)
  })
}
