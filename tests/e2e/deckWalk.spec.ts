import { basename } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { printAnchorId } from '../../components/deck/slideIndex'
import { readDeckInfo } from '../../scripts/project/deckInfo'
import { openPrintView, switchPrintViewScheme } from '../../scripts/export/printView'
import type { TestEdition } from '../support/deckSource'
import { chartSlides, TEST_EDITIONS } from '../support/deckSource'
import { darkPalette } from '../../components/charts/palette'
import { accessibilityViolations, describeViolation } from './accessibility'
import { layoutProblems, showSlide, watchPage } from './pageWatch'
import { designProblems, isContentSlide } from './slideDesign'

/** The cue that ends every slide's notes, by edition. */
const CUE_START = { zh: '计时：约', en: 'Timing: about' } as const

/**
 * WCAG A and AA problems on every slide of the print view, by slide number
 * (0: outside every slide); `contrastOnly` checks colour contrast alone.
 * The print view holds every slide at once, the same components at the same
 * canvas size as the audience view: one axe run over the whole deck costs
 * about what a run over one slide does.
 */
async function printViewProblems(page: Page, slides: TestEdition['slides'], { contrastOnly = false } = {}): Promise<Record<number, string[]>> {
  const slideOf = new Map(slides.map(slide => [printAnchorId(slide.no), slide.no]))
  const report: Record<number, string[]> = {}
  for (const violation of await accessibilityViolations(page, '#print-content', { contrastOnly })) {
    const targets = violation.nodes.map(node => node.target.join(' '))
    const containers = await page.evaluate(selectors => selectors.map(selector => document.querySelector(selector)?.closest('.print-slide-container')?.id ?? ''), targets)
    const slideNos = containers.map(id => slideOf.get(id) ?? 0)
    for (const no of new Set(slideNos))
      report[no] = [...report[no] ?? [], describeViolation(violation, targets.filter((_, index) => slideNos[index] === no))]
  }
  return report
}

/**
 * Text on slide `no` that Chromium drew with a system fallback font rather
 * than the deck's (web) font: characters the font subsets left out.
 */
async function fallbackGlyphs(cdp: import('@playwright/test').CDPSession, no: number): Promise<string[]> {
  // Only elements that hold text of their own can draw glyphs: mark them, and ask the browser about those alone.
  await cdp.send('Runtime.evaluate', { expression: `for (const el of document.querySelectorAll('.slidev-page-${no} *')) if ([...el.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent.trim())) el.setAttribute('data-glyph-check', '')` })
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `.slidev-page-${no} [data-glyph-check]` })
  // Asked all at once (the protocol answers in order): one round trip's wait for the slide, not one per element.
  const problems = await Promise.all(nodeIds.map(async (nodeId) => {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    const fallback = fonts.filter(font => !font.isCustomFont && font.glyphCount > 0)
    if (fallback.length === 0)
      return []
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId })
    return [`glyphs missing from the deck font, drawn in ${fallback.map(font => `${font.familyName} (${font.glyphCount})`).join(', ')}: ${outerHTML.replace(/<[^>]+>/g, '').trim().slice(0, 40)}`]
  }))
  return problems.flat()
}

for (const { lang, path, prefix, slides } of TEST_EDITIONS) {
  test(`${lang}: audience view: every slide is clean and inside its canvas, drawn in the deck font and composed for the room`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    const watch = watchPage(page)
    // Glyphs are checked here: the build's font subsets must hold every character shown.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const report: Record<number, string[]> = {}
    for (const slide of slides) {
      await showSlide(page, slide.no, prefix)
      if (slide.no === 1)
        await expect(page.locator('html')).toHaveClass(/^(?!.*\bdark\b).*$/)
      const problems = [
        ...watch.take(),
        ...await layoutProblems(page, slide.no, '#slide-content', basename(path)),
        ...await fallbackGlyphs(cdp, slide.no),
        ...(isContentSlide(slide) ? await designProblems(page, slide, lang, basename(path)) : []),
      ]
      if (problems.length > 0)
        report[slide.no] = problems
    }
    expect(report).toEqual({})
  })

  // The print view holds every slide at once, at the canvas size and with the audience view's components (all but the
  // PDF link, which pdfDownload.spec.ts checks in both schemes). One load serves both schemes: the deck turns dark in
  // place, as it does when a presenter's system does.
  test(`${lang}: print view: every slide is accessible (WCAG 2.1 A and AA) in light, and clean, inside its canvas and at AA contrast in dark`, async ({ browser, baseURL }) => {
    let watch: ReturnType<typeof watchPage> | undefined
    const info = readDeckInfo(path)
    const page = await openPrintView(browser, `${baseURL!}${prefix}`, info, { beforeLoad: async (page) => { watch = watchPage(page) } })
    try {
      await expect(page.locator('html')).toHaveClass(/^(?!.*\bdark\b).*$/)
      const light = await printViewProblems(page, slides)
      await switchPrintViewScheme(page, info, true)
      await expect(page.locator('html')).toHaveClass(/dark/)
      // Every chart has drawn again, in the dark palette.
      const chartColours = await page.locator('.data-chart canvas').evaluateAll(canvases => canvases.map(canvas => (canvas as HTMLCanvasElement & { chartInstance?: { options: { color?: string } } }).chartInstance?.options.color))
      expect(chartColours).toEqual(chartSlides(slides).map(() => darkPalette.text))
      const dark = await printViewProblems(page, slides, { contrastOnly: true })
      // A dark scheme changes colours: the audience walk's layout checks, on every slide of the dark print view.
      for (const slide of slides) {
        const problems = await layoutProblems(page, slide.no, `[id="${printAnchorId(slide.no)}"]`)
        if (problems.length > 0)
          dark[slide.no] = [...dark[slide.no] ?? [], ...problems]
      }
      const pageProblems = watch!.take()
      if (pageProblems.length > 0)
        dark[0] = [...dark[0] ?? [], ...pageProblems]
      expect({ light, dark }).toEqual({ light: {}, dark: {} })
    }
    finally {
      await page.context().close()
    }
  })

  test(`${lang}: presenter view: every slide shows its notes, the next slide and the timer, with no error`, async ({ page }) => {
    const watch = watchPage(page)
    const report: Record<number, string[]> = {}
    for (const slide of slides) {
      await showSlide(page, slide.no, `${prefix}presenter/`)
      const problems = [...watch.take(), ...await layoutProblems(page, slide.no)]
      const noteText = (await page.locator('.slidev-note').first().innerText()).trim()
      const firstNoteLine = slide.note.split('\n').find(line => line.trim().startsWith('-'))?.replace(/^-\s*/, '').slice(0, 12) ?? ''
      if (!noteText.includes(CUE_START[lang]) || !noteText.includes(firstNoteLine))
        problems.push(`notes missing or wrong: "${noteText.slice(0, 40)}"`)
      if (slide.no < slides.length && await page.locator(`.grid-section.next .slidev-page-${slide.no + 1}`).count() === 0)
        problems.push('next slide preview missing')
      if (problems.length > 0)
        report[slide.no] = problems
    }
    expect(report).toEqual({})
    await expect(page.locator('.slidev-presenter')).toContainText(/\d+:\d\d/)
  })
}
