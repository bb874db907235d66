import type { Browser, Page } from 'playwright-core'
import type { DeckInfo } from '../project/index'
import { printAnchorId } from '../../components/deck/slideIndex'

declare function isSlideReady(id: string): boolean

export interface PrintViewOptions {
  dark?: boolean
  scale?: number
  /** How long one slide may take to finish drawing, in ms. */
  timeout?: number
  /** Runs on the new page before the deck loads (tests use it to hold back a request). */
  beforeLoad?: (page: Page) => Promise<void>
}

/**
 * Opens the deck's print view (every slide, one after another) and waits
 * until each slide's fonts and charts are final. A slide that does not
 * finish in time, or whose chart data is invalid, stops the export with an
 * error that names it.
 */
export async function openPrintView(browser: Browser, deckUrl: string, info: DeckInfo, options: PrintViewOptions = {}): Promise<Page> {
  const page = await loadPrintView(browser, deckUrl, info, options)
  await waitForPrintView(page, info, options.timeout)
  return page
}

/** Opens the print view without waiting for its slides to draw. */
export async function loadPrintView(browser: Browser, deckUrl: string, info: DeckInfo, options: PrintViewOptions = {}): Promise<Page> {
  const { dark = false, scale = 1, timeout = 30_000 } = options
  const size = info.size
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: scale,
    colorScheme: dark ? 'dark' : 'light',
  })
  const page = await context.newPage()
  await options.beforeLoad?.(page)
  // A slide is ready once its content has loaded (Slidev loads each slide's
  // code on its own) and each of its charts has drawn or shown its error.
  await page.addInitScript(() => {
    (window as unknown as { isSlideReady: (id: string) => boolean }).isSlideReady = (id: string) => {
      const container = document.getElementById(id)
      return !!container
        && !!container.querySelector('.slidev-layout')
        && !container.querySelector('.slidev-slide-loading')
        && [...container.querySelectorAll('[data-chart-state]')]
          .every(chart => ['drawn', 'error'].includes(chart.getAttribute('data-chart-state') ?? ''))
    }
  })
  await page.goto(`${deckUrl}print?print=true`, { waitUntil: 'load', timeout })
  await page.emulateMedia({ media: 'screen', colorScheme: dark ? 'dark' : 'light' })
  return page
}

/**
 * Waits until every slide of an open print view has drawn; throws naming the
 * first slide still waiting, or the invalid charts.
 */
export async function waitForPrintView(page: Page, info: DeckInfo, timeout = 30_000): Promise<void> {
  const ids = info.slides.map(slide => printAnchorId(slide.no))
  try {
    await page.waitForFunction(ids => ids.every(id => isSlideReady(id)), ids, { timeout, polling: 50 })
  }
  catch {
    const waiting = await page.evaluate(ids => ids.findIndex(id => !isSlideReady(id)), ids)
    const slide = info.slides[Math.max(0, waiting)]
    throw new Error(`第 ${slide.no} 页「${slide.title}」在 ${timeout / 1000} 秒内没有画完。Slide ${slide.no} did not finish rendering in time.`)
  }
  const chartErrors = await page.locator('.chart-error').allInnerTexts()
  if (chartErrors.length > 0)
    throw new Error(`图表数据有误，导出已停止 / invalid chart data:\n${chartErrors.join('\n')}`)
  await page.evaluate(() => document.fonts.ready)
}

/**
 * Turns an open print view to the dark or the light scheme in place (the
 * deck follows the system's), and waits until every slide has drawn again:
 * one load serves both schemes where their scale is the same.
 */
export async function switchPrintViewScheme(page: Page, info: DeckInfo, dark: boolean, timeout = 30_000): Promise<void> {
  await page.emulateMedia({ media: 'screen', colorScheme: dark ? 'dark' : 'light' })
  await page.waitForFunction(dark => document.documentElement.classList.contains('dark') === dark, dark, { timeout })
  // Past the deck's update for the new scheme (a frame, then a task): its charts now say they are drawing again.
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve))))
  await waitForPrintView(page, info, timeout)
}
