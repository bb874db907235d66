import type { Page } from 'playwright-core'
import type { DeckInfo } from '../../project/index'
import { writeAtomically } from '../atomicWrite'
import { finishWithCache } from './finishCache'

/** How long printing a PDF took: Chromium's print, then the tagging, metadata and write (withMetadata). */
export interface PdfTimes {
  printSeconds: number
  postSeconds: number
  /** The tagging of an identical earlier print was reused (finishCache.ts). */
  reused: boolean
}

/** The tagged PDF with an outline, one page per slide, sized to the slide. */
export async function printPdf(page: Page, info: DeckInfo, path: string): Promise<PdfTimes> {
  const started = performance.now()
  await setPrintHeadingLevels(page)
  const restore = await paintLineEndSpaces(page)
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
  await restore()
  const printed = performance.now()
  const finished = await finishWithCache(pdf, info)
  await writeAtomically(path, finished.pdf)
  return { printSeconds: (printed - started) / 1000, postSeconds: (performance.now() - printed) / 1000, reused: finished.reused }
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

/**
 * Chromium prints a line that wraps at a space without that space: the
 * space a line ends on is not painted, so the PDF's text, its tags and its
 * outline run the words on either side together ("such asGoogle"). Harmless
 * between Chinese characters, wrong in English. Each space a line ends on is
 * set as a preserved space, which hangs past the line's end as before (the
 * layout does not move) but is painted, so it is in the PDF's text. Returns
 * what puts the print view back as it was, for the exports that read it next.
 */
export async function paintLineEndSpaces(page: Page): Promise<() => Promise<void>> {
  const count = await page.evaluate(() => {
    const marked: HTMLElement[] = []
    const wrappers: HTMLElement[] = []
    const range = document.createRange()
    const walker = document.createTreeWalker(document.querySelector('#print-content') ?? document.body, NodeFilter.SHOW_TEXT)
    const texts: Text[] = []
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('.slidev-layout') && !node.parentElement.closest('svg, canvas, script, style') && node.data.includes(' '))
        texts.push(node)
    }
    // No helper function in here: the page gets this code as it is, without tsx's helpers.
    const tops: Array<number | undefined> = []
    for (const text of texts) {
      // From the end, so the offsets still to visit stay valid as the node is split.
      for (let offset = text.data.length - 2; offset > 0; offset--) {
        if (text.data[offset] !== ' ' || text.data[offset + 1] === ' ' || text.data[offset - 1] === ' ')
          continue
        for (const [index, at] of [offset - 1, offset + 1].entries()) {
          range.setStart(text, at)
          range.setEnd(text, at + 1)
          tops[index] = range.getClientRects()[0]?.top
        }
        const [before, after] = tops
        if (before === undefined || after === undefined || after <= before + 1)
          continue
        // A text that is a flex or grid container's own child is one anonymous item: an element put inside it would
        // split it into three. It goes into a span of its own first, which lays out as that item did.
        if (!text.parentElement!.matches('[data-line-end-text]') && /flex|grid/.test(getComputedStyle(text.parentElement!).display)) {
          const wrapper = document.createElement('span')
          wrapper.dataset.lineEndText = ''
          text.before(wrapper)
          wrapper.append(text)
          wrappers.push(wrapper)
        }
        const rest = text.splitText(offset)
        rest.deleteData(0, 1)
        const space = document.createElement('span')
        space.dataset.lineEndSpace = ''
        space.style.whiteSpace = 'pre-wrap'
        space.textContent = ' '
        text.after(space)
        marked.push(space)
      }
    }
    ;(window as unknown as { __lineEndSpaces: HTMLElement[][] }).__lineEndSpaces = [marked, wrappers]
    return marked.length
  })
  return async () => {
    if (count === 0)
      return
    await page.evaluate(() => {
      const [marked, wrappers] = (window as unknown as { __lineEndSpaces: HTMLElement[][] }).__lineEndSpaces
      for (const space of marked) {
        const parent = space.parentNode
        space.replaceWith(document.createTextNode(' '))
        parent?.normalize()
      }
      for (const wrapper of wrappers) {
        const parent = wrapper.parentNode
        wrapper.replaceWith(...wrapper.childNodes)
        parent?.normalize()
      }
    })
  }
}
