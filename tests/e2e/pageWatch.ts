import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

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
 * What lies outside the slide canvas, or runs into the footer, on slide `no`.
 * Returns a readable line per offending element.
 */
export async function layoutProblems(page: Page, no: number, root = '#slide-content'): Promise<string[]> {
  return page.evaluate(({ no, root }) => {
    const canvas = document.querySelector(root)
    const slide = canvas?.querySelector(`.slidev-page-${no}`)
    if (!canvas || !slide)
      return [`slide ${no} not found in ${root}`]
    const box = canvas.getBoundingClientRect()
    const name = (el: Element) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${(el.textContent ?? '').trim().slice(0, 30)}"`
    const shown = [...slide.querySelectorAll('*')].filter((el) => {
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
    })
    const problems: string[] = []
    for (const el of shown) {
      const r = el.getBoundingClientRect()
      if (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1)
        problems.push(`outside the canvas: ${name(el)}`)
      if (el instanceof HTMLElement && getComputedStyle(el).overflow !== 'visible' && el.scrollHeight > el.clientHeight + 2 && !el.matches('canvas'))
        problems.push(`content cut off: ${name(el)}`)
    }
    const footer = slide.querySelector('.deck-footer')
    if (footer) {
      const top = footer.getBoundingClientRect().top
      for (const el of slide.querySelectorAll('.slidev-layout *')) {
        const r = el.getBoundingClientRect()
        if (r.height > 0 && r.bottom > top + 1 && r.top < top)
          problems.push(`runs into the footer: ${name(el)}`)
      }
    }
    return problems
  }, { no, root })
}
