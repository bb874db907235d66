import type { Page } from 'playwright-core'
import type { DeckInfo } from '../../project/index'
import { printAnchorId } from '../../../components/deck/slideIndex'
import { writeAtomically } from '../atomicWrite'
import { finishWithCache, paintLineEndSpaces, setPrintHeadingLevels } from '../pdf/index'

/** Lays a handout out in the page inside `#handout-root`, from the slides' containers, found by id; returns what did not fit, in words. */
export type Arrange = (page: Page) => Promise<string[]>

/**
 * Prints a handout from the print view: every slide's container leaves a
 * placeholder where it was and moves into `#handout-root`, where `arrange`
 * lays the handout out under `css`; Chromium
 * prints it as a tagged PDF with an outline, finished for PDF/UA like the
 * slides (finishCache.ts), with the handout's `title`. Then the print view is
 * put back as it was, for the next handout or export that reads it.
 */
export async function printRearranged(page: Page, info: DeckInfo, handout: { css: string, arrange: Arrange, title: string }, path: string): Promise<void> {
  await setPrintHeadingLevels(page)
  const ids = info.slides.map(slide => printAnchorId(slide.no))
  const missing = await page.evaluate(({ ids, css }) => {
    const style = document.createElement('style')
    style.id = 'handout-style'
    style.textContent = css
    document.head.append(style)
    const root = document.createElement('div')
    root.id = 'handout-root'
    const absent: string[] = []
    for (const id of ids) {
      const container = document.getElementById(id)
      if (!container) {
        absent.push(id)
        continue
      }
      const home = document.createElement('template')
      home.dataset.handoutHome = id
      container.before(home)
    }
    ;(document.getElementById('print-content') ?? document.body).append(root)
    return absent
  }, { ids, css: handout.css })
  try {
    if (missing.length > 0)
      throw new Error(`讲义找不到第 ${missing.map(id => Number.parseInt(id, 10)).join(', ')} 页 / the handout found no print view slide ${missing.map(id => Number.parseInt(id, 10)).join(', ')}`)
    const problems = await handout.arrange(page)
    if (problems.length > 0)
      throw new Error(`讲义排不下 / the handout does not fit (${path}):\n${problems.join('\n')}`)
    await page.evaluate(() => document.fonts.ready)
    const restoreSpaces = await paintLineEndSpaces(page)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })
    await restoreSpaces()
    await writeAtomically(path, (await finishWithCache(pdf, { ...info, title: handout.title })).pdf)
  }
  finally {
    await restorePrintView(page)
  }
}

/** Every slide's container back where the print view had it, unscaled; the handout's page and style gone. */
async function restorePrintView(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const home of document.querySelectorAll<HTMLTemplateElement>('template[data-handout-home]')) {
      const container = document.getElementById(home.dataset.handoutHome!)
      if (container) {
        container.style.removeProperty('transform')
        home.replaceWith(container)
      }
      else {
        home.remove()
      }
    }
    document.getElementById('handout-root')?.remove()
    document.getElementById('handout-style')?.remove()
  })
}
