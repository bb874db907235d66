import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { DECK_WORDS } from '../../components/deck/deckWords'
import { crowdedAxisLabels, cutAxisTitles } from '../../components/problems/fitChecks'
import { measureAxes } from '../../components/problems/fitMeasure'
import { readDeck, TEST_EDITIONS } from '../support/deckSource'
import { accessibilityViolations, describeViolation } from './accessibility'
import { readingText, readPage, textSizes } from './readingPage'
import { watchPage } from './pageWatch'

/**
 * The reading view (issue 17): on a phone, and with ?view=read on a tablet in
 * portrait, every slide on one scrolling page, reflowed to the screen.
 */
const slides = readDeck()
const agenda = slides.find(slide => slide.layout === 'agenda')!
const dividers = slides.filter(slide => slide.layout === 'section')

const profiles = [
  { name: 'phone', query: '', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 } },
  { name: 'tablet in portrait', query: '?view=read', use: { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
] as const

for (const profile of profiles) {
  // The English edition on the phone, where the reading view opens by itself; the tablet's ?view=read is the same page at another width.
  for (const { lang, prefix, slides } of TEST_EDITIONS.filter(edition => edition.lang === 'zh' || profile.name === 'phone')) {
  const agenda = slides.find(slide => slide.layout === 'agenda')!
  const dividers = slides.filter(slide => slide.layout === 'section')
  const words = DECK_WORDS[lang]
  /** The cue that ends every slide's notes: 计时 or Timing. */
  const cue = lang === 'zh' ? '计时' : 'Timing'
  test.describe(`${lang}: the reading view on a ${profile.name}`, () => {
    test.use(profile.use)

    // One load of the whole page (every slide laid out, every chart drawn) serves every check of the page as read:
    // loading it is most of a check's cost.
    test('reads as one page: every slide\'s text in order under its heading, type a phone can read, nothing sideways, charts at full width, 44 px targets, notes on demand, the keyboard, the agenda, axe at WCAG AA in light and its contrast check in dark', async ({ page }) => {
      const watch = watchPage(page)
      const notesRequests: string[] = []
      page.on('request', request => /speaker-notes/.test(request.url()) && notesRequests.push(request.url()))
      await page.emulateMedia({ colorScheme: 'light' })
      await readPage(page, `${prefix}1${profile.query}`)

      await test.step('every slide\'s text in order, one h1, an h2 per slide, landmarks', async () => {
        await expect(page.locator('#slide-content')).toHaveCount(0)
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(slides[0].title)
        await expect(page.getByRole('heading', { level: 2 })).toHaveCount(slides.length - 1)
        for (const role of ['banner', 'main', 'contentinfo'] as const)
          await expect(page.getByRole(role)).toHaveCount(1)
        const order = await page.locator('[data-reading-slide]').evaluateAll(sections => sections.map(s => Number((s as HTMLElement).dataset.readingSlide)))
        expect(order).toEqual(slides.map(slide => slide.no))
        // Read as rendered (innerText), at the top of the page: every slide's text is laid out, not only the slides
        // near the screen, so find-in-page, a reader mode and a screen reader's list of headings get the whole deck.
        const shown = await page.locator('[data-reading-slide]').evaluateAll(sections => sections.map(s => (s as HTMLElement).innerText.replace(/\s+/g, '')))
        for (const [index, slide] of slides.entries()) {
          for (const line of readingText(slide))
            expect(shown[index], `slide ${slide.no}`).toContain(line.replace(/\s+/g, ''))
        }
        const emptyHeadings = await page.locator('.reading-view :is(h1, h2)').evaluateAll(headings => headings.filter(h => !(h as HTMLElement).innerText.trim()).length)
        expect(emptyHeadings).toBe(0)
        // Chromium's own accessibility tree (what a screen reader reads) holds a named heading per slide.
        const cdp = await page.context().newCDPSession(page)
        const { nodes } = await cdp.send('Accessibility.getFullAXTree')
        const headings = nodes.filter(node => node.role?.value === 'heading' && !node.ignored)
        expect(headings.map(node => String(node.name?.value ?? '')).filter(Boolean)).toHaveLength(slides.length)
        await cdp.detach()
      })

      await test.step('body text at 16 px or more for 90 % of the characters, nothing under 13 px, chart labels at 12 px or more', async () => {
        const sizes = await textSizes(page)
        const total = sizes.reduce((sum, [, count]) => sum + count, 0)
        const body = sizes.filter(([size]) => size >= 16).reduce((sum, [, count]) => sum + count, 0)
        console.log(`${profile.name}: ${total} characters, ${(100 * body / total).toFixed(1)} % at ≥ 16 px, smallest ${Math.min(...sizes.map(([size]) => size))} px`)
        expect(body / total).toBeGreaterThanOrEqual(0.9)
        expect(Math.min(...sizes.map(([size]) => size))).toBeGreaterThanOrEqual(13)
        const chartFonts = await page.locator('.data-chart canvas').evaluateAll(canvases => canvases.map((canvas) => {
          const chart = (canvas as HTMLCanvasElement & { chartInstance: { options: { scales?: Record<string, { ticks: { font: { size: number } } }> } } }).chartInstance
          const scale = canvas.getBoundingClientRect().width / (canvas as HTMLCanvasElement).width * devicePixelRatio
          const ticks = Object.values(chart.options.scales ?? {}).map(axis => axis.ticks.font.size)
          return { scale, smallest: Math.min(...ticks, 99) }
        }))
        expect(chartFonts.length).toBe(slides.filter(slide => slide.frontmatter.chart).length)
        for (const { scale, smallest } of chartFonts) {
          // Drawn at the canvas's own size (not scaled down), with its labels at 12 CSS px or more.
          expect(scale).toBeCloseTo(1, 2)
          expect(smallest).toBeGreaterThanOrEqual(12)
        }
      })

      await test.step('never scrolls sideways, draws every chart at full width with its values under it, keeps tap targets at 44 px', async () => {
        const width = await page.evaluate(() => document.documentElement.clientWidth)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
        const outside = await page.locator('.reading-view *').evaluateAll((elements, width) => elements
          .filter(el => el.getBoundingClientRect().width > 0 && (el.getBoundingClientRect().right > width + 1 || el.getBoundingClientRect().left < -1))
          .map(el => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`), width)
        expect(outside).toEqual([])

        const charts = await page.locator('.data-chart').evaluateAll(figures => figures.map((figure) => {
          const stage = figure.closest('.stage')!.getBoundingClientRect()
          const box = figure.querySelector('.chart-box')!.getBoundingClientRect()
          const legend = figure.querySelector('.chart-legend')!.getBoundingClientRect()
          return { state: figure.getAttribute('data-chart-state'), share: box.width / stage.width, height: box.height, legendBelow: legend.top >= box.bottom - 1 }
        }))
        expect(charts.length).toBeGreaterThan(0)
        for (const chart of charts)
          expect(chart).toEqual({ state: 'drawn', share: 1, height: expect.any(Number), legendBelow: true })
        // At a phone's width, every axis title reads whole and no category label runs into its neighbour (the slides' own rules, components/problems/fitChecks.ts).
        const axes = await page.locator('.reading-view').first().evaluate(measureAxes)
        expect(axes.length).toBeGreaterThan(0)
        const fit = { canvas: { width: 0, height: 0 }, boxes: [], runs: [], axes }
        expect([...cutAxisTitles(fit), ...crowdedAxisLabels(fit)].map(problem => 'text' in problem ? `${problem.rule}: “${problem.text}”, ${Math.round(problem.by)} px too wide` : problem.rule)).toEqual([])

        const small = await page.locator('.reading-view :is(a, button)').evaluateAll(targets => targets
          .filter(el => el.checkVisibility())
          .map(el => ({ name: (el.textContent ?? '').trim().slice(0, 20), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 44 || box.width < 44)
          .map(({ name, box }) => `${name} ${Math.round(box.width)}×${Math.round(box.height)}`))
        expect(small).toEqual([])
      })

      await test.step('shows each slide\'s notes under it only when asked, loading them then', async () => {
        const toggle = page.getByRole('button', { name: words.notesToggle })
        await expect(toggle).toHaveAttribute('aria-pressed', 'false')
        await expect(page.locator('.reading-notes')).toHaveCount(0)
        // The whole page has been read, and no notes were fetched.
        expect(notesRequests).toEqual([])
        await toggle.click()
        await expect(toggle).toHaveAttribute('aria-pressed', 'true')
        await expect(page.locator('.reading-notes')).toHaveCount(slides.length)
        for (const no of [1, 2, slides.length])
          await expect(page.locator(`[data-reading-slide="${no}"] .reading-notes`)).toContainText(cue)
        expect(notesRequests.length).toBeGreaterThan(0)
        await toggle.click()
        await expect(toggle).toHaveAttribute('aria-pressed', 'false')
        await expect(page.locator('.reading-notes')).toHaveCount(0)
      })

      await test.step('works from the keyboard: the notes toggle, then the agenda', async () => {
        const toggle = page.getByRole('button', { name: words.notesToggle })
        await toggle.focus()
        await page.keyboard.press('Enter')
        await expect(toggle).toHaveAttribute('aria-pressed', 'true')
        await page.keyboard.press('Space')
        await expect(toggle).toHaveAttribute('aria-pressed', 'false')
        await page.keyboard.press('Tab')
        await expect(page.locator(`[data-reading-slide="${agenda.no}"] .agenda-link`).first()).toBeFocused()
        await page.keyboard.press('Enter')
        await expect(page).toHaveURL(new RegExp(`/${prefix}(${dividers[0].no}|${dividers[0].frontmatter.routeAlias})(\\?|$)`))
      })

      await test.step('agenda links scroll to their sections', async () => {
        for (const [index, divider] of dividers.entries()) {
          // As a reader does: they scroll back (which ends the page holding the last section at the top), and tap
          // once the page has come to rest at the agenda and the address names it.
          await page.mouse.wheel(0, -1)
          await page.locator(`[data-reading-slide="${agenda.no}"]`).evaluate(el => el.scrollIntoView({ block: 'start' }))
          await expect(page).toHaveURL(new RegExp(`/${prefix}(${agenda.no}|${agenda.frontmatter.routeAlias})(\\?|$)`))
          await page.locator(`[data-reading-slide="${agenda.no}"] .agenda-link`).nth(index).click()
          await expect(page).toHaveURL(new RegExp(`/${prefix}(${divider.no}|${divider.frontmatter.routeAlias})(\\?|$)`))
          await expect.poll(() => page.locator(`[data-reading-slide="${divider.no}"]`).evaluate(el => Math.abs(Math.round(el.getBoundingClientRect().top)))).toBeLessThan(30)
        }
      })

      // With the notes shown: they are read in both schemes too.
      await test.step('passes axe at WCAG AA in light, with the deck\'s palette', async () => {
        await page.getByRole('button', { name: words.notesToggle }).click()
        await expect(page.locator('.reading-notes')).toHaveCount(slides.length)
        await expect(page.locator('html')).toHaveClass(/\blight\b/)
        expect(await page.locator('.reading-view').evaluate(el => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)')
        const violations = await accessibilityViolations(page, '.reading-view')
        expect(violations.map(v => describeViolation(v))).toEqual([])
      })

      // The deck follows the system's setting as it changes: the same page, now dark. Only colours change with the
      // scheme, so axe checks their contrast (as the print view's dark walk does); the light step ran every rule.
      await test.step('passes axe\'s colour contrast at AA in dark, with the deck\'s palette', async () => {
        await page.emulateMedia({ colorScheme: 'dark' })
        await expect(page.locator('html')).toHaveClass(/\bdark\b/)
        await expect.poll(() => page.locator('.reading-view').evaluate(el => getComputedStyle(el).backgroundColor)).toBe('rgb(18, 18, 18)')
        await expect(page.locator('.reading-notes').first()).toContainText(cue)
        const violations = await accessibilityViolations(page, '.reading-view', { contrastOnly: true })
        expect(violations.map(v => describeViolation(v))).toEqual([])
      })

      await test.step('hides the notes again', async () => {
        await page.getByRole('button', { name: words.notesToggle }).click()
        await expect(page.locator('.reading-notes')).toHaveCount(0)
      })
      expect(watch.take()).toEqual([])
    })

    // Where the page opens and how the address follows does not depend on the language: the source edition's page shows it.
    if (lang === 'zh') test('opens /N at slide N, and the address follows the scrolling without adding history entries', async ({ page }) => {
      const watch = watchPage(page)
      const target = dividers[1].no
      await page.goto(`${prefix}${target}${profile.query}`)
      await expect(page.locator('.reading-view')).toBeVisible()
      await expect.poll(() => page.locator(`[data-reading-slide="${target}"]`).evaluate(el => Math.round(el.getBoundingClientRect().top))).toBeLessThan(30)
      await expect.poll(() => page.locator(`[data-reading-slide="${target}"]`).evaluate(el => Math.round(el.getBoundingClientRect().top))).toBeGreaterThan(-30)
      await expect(page).toHaveURL(new RegExp(`/${prefix}${target}(\\?|$)`))
      const entries = await page.evaluate(() => window.history.length)
      // The reader takes over (the page holds slide N at the top until they move, while the slides above settle).
      await page.mouse.wheel(0, 1)
      for (const no of [target + 3, target + 7, 2]) {
        await page.locator(`[data-reading-slide="${no}"]`).evaluate(el => el.scrollIntoView({ block: 'start' }))
        await expect(page).toHaveURL(new RegExp(`/${prefix}${no}(\\?|$)`))
      }
      expect(await page.evaluate(() => window.history.length)).toBe(entries)
      expect(watch.take()).toEqual([])
    })
  })
}
}

test.describe('the reading view on a phone, with other addresses', () => {
  test.use(profiles[0].use)

  test('/999 and /abc open at the top with the deck intact', async ({ page }) => {
    const watch = watchPage(page)
    for (const address of ['999', 'abc']) {
      await page.goto(address)
      await expect(page.locator('[data-reading-slide]')).toHaveCount(slides.length)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(slides[0].title)
      await expect(page).toHaveURL(/\/1$/)
      expect(await page.evaluate(() => scrollY), `/${address}`).toBe(0)
    }
    expect(watch.take()).toEqual([])
  })

  test('?view=slides keeps the slide view', async ({ page }) => {
    await page.goto('3?view=slides')
    await expect(page.locator('#slide-content .slidev-page-3 h1')).toBeVisible()
    await expect(page.locator('.reading-view')).toHaveCount(0)
  })
})

/**
 * What opening `path` fetches before the reader does anything, each response gzipped as a server would send it (a
 * file fetched twice counts twice): the responses to the requests made before the reading view adds the slides after
 * the cover. It adds them at the first scroll, or once the first screen's downloads have been over for a moment, and
 * under load that moment can come before the network is idle. On the slide view, which adds nothing, every response
 * up to idle. `firstShown`: how many slides the reading view showed first (none on the slide view).
 */
async function firstViewKilobytes(page: Page, path: string): Promise<{ kb: number, files: string[], firstShown?: number }> {
  const { gzipSync } = await import('node:zlib')
  const responses: { url: string, startedAt: number, gzipped: Promise<number> }[] = []
  page.on('response', response => responses.push({
    url: response.url(),
    startedAt: response.request().timing().startTime,
    gzipped: response.body().then(body => gzipSync(body).length, () => 0),
  }))
  await page.addInitScript(() => {
    const marks = window as unknown as { firstShown?: number, restJoinedAt?: number }
    new MutationObserver((_, observer) => {
      const shown = document.querySelectorAll('[data-reading-slide]').length
      if (shown > 0 && marks.firstShown === undefined)
        marks.firstShown = shown
      if (shown > 1) {
        marks.restJoinedAt = performance.timeOrigin + performance.now()
        observer.disconnect()
      }
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(path, { waitUntil: 'networkidle' })
  await page.locator('.slidev-page-1 h1').waitFor({ state: 'visible' })
  const marks = await page.evaluate(() => {
    const { firstShown, restJoinedAt } = window as unknown as { firstShown?: number, restJoinedAt?: number }
    return { firstShown, restJoinedAt }
  })
  const counted = responses.filter(response => response.startedAt < (marks.restJoinedAt ?? Number.POSITIVE_INFINITY))
  const bytes = await Promise.all(counted.map(response => response.gzipped))
  return { kb: bytes.reduce((sum, n) => sum + n, 0) / 1024, files: counted.map(response => new URL(response.url).pathname), firstShown: marks.firstShown }
}

test.describe('what the first view fetches', () => {
  test.describe('on a phone', () => {
    test.use(profiles[0].use)
    test('a phone\'s first view is at most 250 KB gzip', async ({ page }) => {
      const { kb, files, firstShown } = await firstViewKilobytes(page, '1')
      console.log(`phone first view: ${kb.toFixed(1)} KB gzip, ${files.length} requests`)
      // The cover alone first: the other slides (and their fonts and code) come later.
      expect(firstShown).toBe(1)
      expect(files.some(file => /ReadingView/.test(file))).toBe(true)
      expect(kb).toBeLessThanOrEqual(250)
    })
  })

  /**
   * Issue 26's budget for the desktop's first slide, in each edition (measured as `npm run bench` does, Slidev's
   * preload of slide 2 included). 231.3 KB before the build left Vue's template compiler, yaml and floating-vue off
   * the start-up code (scripts/build/rewrites/startupModules.ts); 174 KB after.
   */
  for (const { lang, prefix } of TEST_EDITIONS) {
    test(`${lang}: the desktop's first slide fetches no reading-view code and stays within 180 KB gzip`, async ({ page }) => {
      const { kb, files } = await firstViewKilobytes(page, `${prefix}1`)
      console.log(`${lang} desktop first slide: ${kb.toFixed(1)} KB gzip, ${files.length} requests`)
      expect(files.filter(file => /Reading|reading(?!Context)/.test(file))).toEqual([])
      expect(kb).toBeLessThanOrEqual(180)
    })
  }
})

test('at 1280 × 720 the slide view is untouched: one slide on its canvas, titles as h1, no reading view', async ({ page }) => {
  const watch = watchPage(page)
  for (const no of [1, 2, agenda.no, dividers[0].no]) {
    await page.goto(String(no))
    await expect(page.locator(`#slide-content .slidev-page-${no} .slidev-layout h1`)).toBeVisible()
    await expect(page.locator('.reading-view, .slide-title, h2')).toHaveCount(0)
    expect(await page.evaluate(() => document.documentElement.classList.contains('deck-reading'))).toBe(false)
    const canvas = await page.locator('#slide-content').boundingBox()
    expect(canvas!.width / canvas!.height).toBeCloseTo(16 / 9, 1)
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(720)
  }
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${dividers[0].no + 1}$`))
  expect(watch.take()).toEqual([])
})
