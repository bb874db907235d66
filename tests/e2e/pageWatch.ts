import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { cutOff, intoFooter, outsideSlide, textOverflow } from '../../components/problems/fitChecks'
import { measureBoxes } from '../../components/problems/fitMeasure'
import { fitMessage } from '../../components/problems/fitWords'

/** Collects what a page must never do: log an error, throw, or reach beyond localhost. */
export function watchPage(page: Page) {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', error => problems.push(`page error: ${error.message}`))
  page.on('request', (request) => {
    const url = new URL(request.url())
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
    if (!local && !['data:', 'blob:'].includes(url.protocol))
      problems.push(`request outside localhost: ${request.url()}`)
  })
  page.on('requestfailed', (request) => {
    // A navigation aborts the requests still open on the page it leaves; that is not a failure.
    const reason = request.failure()?.errorText ?? ''
    if (reason !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.url()} ${reason}`)
  })
  return {
    /** Problems seen since the last call. */
    take(): string[] {
      return problems.splice(0, problems.length)
    },
  }
}

/**
 * Whether slide `no` is final in the page: its layout shown (the first one in
 * `root`, as Playwright counts visible: a box, not visibility: hidden), no
 * slide of that number still loading, each of their charts drawn at its
 * box's size or showing its error box, and, with `transitions`, no slide
 * transition under way.
 */
function slideIsFinal({ no, root, transitions }: { no: number, root: string, transitions: boolean }): boolean {
  const layout = document.querySelector(`${root} .slidev-page-${no} .slidev-layout`)
  const box = layout?.getBoundingClientRect()
  return !!layout && box!.width > 0 && box!.height > 0 && getComputedStyle(layout).visibility !== 'hidden'
    && !document.querySelector(`.slidev-page-${no} .slidev-slide-loading`)
    && [...document.querySelectorAll(`.slidev-page-${no} [data-chart-state]`)]
      .every(el => ['drawn', 'error'].includes(el.getAttribute('data-chart-state') ?? ''))
    // A chart drawn while its slide was still hidden (preloaded as the next one) is drawn again at its box's size
    // once the slide shows: final when its canvas fits its box.
    && [...document.querySelectorAll(`.slidev-page-${no} .chart-box > canvas`)].every((canvas) => {
      const drawn = canvas.getBoundingClientRect()
      const box = canvas.parentElement!.getBoundingClientRect()
      return drawn.width > 0 && drawn.height > 0 && drawn.right <= box.right + 1 && drawn.bottom <= box.bottom + 1
    })
    && !(transitions && document.querySelector('#slide-content [class*="-enter-"], #slide-content [class*="-leave-"]'))
}

/** How long a slide may take to show and settle (a cold dev server compiles it first). */
const SETTLE_TIMEOUT = 30_000

/** Waits (one check a frame, in the page: one round trip) until slide `no` is final, then until the fonts are in. */
async function waitUntilFinal(page: Page, no: number, root: string, transitions: boolean) {
  try {
    await page.waitForFunction(slideIsFinal, { no, root, transitions }, { timeout: SETTLE_TIMEOUT })
  }
  catch (error) {
    throw new Error(`slide ${no} was not shown and settled${transitions ? ', its transition ended,' : ''} within ${SETTLE_TIMEOUT / 1000} s: ${(error as Error).message}`)
  }
  await page.evaluate(() => document.fonts.ready)
}

/** Waits until the slide's charts have drawn (or shown their error box) and fonts are in. */
export async function settle(page: Page, no: number) {
  await waitUntilFinal(page, no, '', false)
}

/**
 * Shows slide `no` in the audience view (`prefix` '', or another deck's
 * address) or the presenter view (a `prefix` ending in 'presenter/') and
 * waits until it is final (every test's page asks for reduced motion, which
 * the deck honours with no slide transition: see playwright.config.ts): the next slide by the
 * arrow key, as a presenter moves (no page load), any other by its address;
 * then until the slide transition has ended and the slide has settled.
 */
export async function showSlide(page: Page, no: number, prefix = '') {
  const inView = page.url().includes('/presenter/') === prefix.endsWith('presenter/')
  const shown = (n: number) => page.locator(`#slide-content .slidev-page-${n}`).first()
  if (no > 1 && inView && await shown(no - 1).isVisible())
    await page.keyboard.press('ArrowRight')
  else
    await page.goto(`${prefix}${no}`)
  await waitUntilFinal(page, no, '#slide-content', true)
}

/**
 * What does not fit on slide `no` (in the canvas `root`): a box past the
 * canvas's edges, a box of the layout across the footer's rule, a box that
 * cuts off its content, text that runs out of its box; the rules the dev
 * server's box judges by (components/problems/fitChecks.ts). `file` names the
 * deck file in each line. Returns a readable line per problem.
 */
export async function layoutProblems(page: Page, no: number, root = '#slide-content', file?: string): Promise<string[]> {
  const slide = page.locator(`${root} .slidev-page-${no}`).first()
  if (await slide.count() === 0)
    return [`slide ${no} not found in ${root}`]
  const fit = { ...await slide.evaluate(measureBoxes, root), axes: [] }
  return [...outsideSlide(fit), ...intoFooter(fit), ...cutOff(fit), ...textOverflow(fit)]
    .map(problem => fitMessage(problem, 'en', { file, slide: no }))
}
