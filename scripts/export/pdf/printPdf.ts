import type { Page } from 'playwright-core'
import type { DeckInfo } from '../../project/index'
import { writeAtomically } from '../atomicWrite'
import { withMetadata } from './pdfMetadata'

/** How long printing a PDF took: Chromium's print, then the tagging, metadata and write (withMetadata). */
export interface PdfTimes {
  printSeconds: number
  postSeconds: number
}

/** The tagged PDF with an outline, one page per slide, sized to the slide. */
export async function printPdf(page: Page, info: DeckInfo, path: string): Promise<PdfTimes> {
  const started = performance.now()
  await setPrintHeadingLevels(page)
  await page.evaluate(() => {
    // Each slide breaks the page after it; the last one must not, or the PDF ends on a blank page.
    const containers = document.querySelectorAll<HTMLElement>('.print-slide-container')
    containers[containers.length - 1].style.breakAfter = 'auto'
  })
  const pdf = await page.pdf({
    width: `${info.size.width}px`,
    height: `${info.size.height}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    tagged: true,
    outline: true,
  })
  const printed = performance.now()
  await writeAtomically(path, await withMetadata(pdf, info))
  return { printSeconds: (printed - started) / 1000, postSeconds: (performance.now() - printed) / 1000 }
}

/**
 * Printed, the deck is one document: section dividers (and the cover) head
 * it at level 1, every other slide's title sits below them at level 2.
 * Chromium builds the PDF outline and the tag tree's H1/H2 from these levels.
 */
export async function setPrintHeadingLevels(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const title of document.querySelectorAll('.print-slide-container .slidev-layout:not(.section):not(.cover) h1'))
      title.setAttribute('aria-level', '2')
  })
}
