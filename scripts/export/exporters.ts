import type { Browser, Page } from 'playwright-core'
import type { DeckInfo } from '../project/deckInfo'
import { join } from 'node:path'
import { printAnchorId } from '../../components/deck/slideIndex'
import { replaceFolder, writeAtomically } from './atomicWrite'
import { withMetadata } from './pdf/pdfMetadata'

/** The tagged PDF with an outline, one page per slide, sized to the slide. */
export async function printPdf(page: Page, info: DeckInfo, path: string): Promise<void> {
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
  await writeAtomically(path, await withMetadata(pdf, info))
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

export interface SlideImage {
  no: number
  png: Buffer
}

/** A picture of each slide as the print view draws it. */
export async function captureSlides(page: Page, info: DeckInfo): Promise<SlideImage[]> {
  const images: SlideImage[] = []
  for (const slide of info.slides) {
    const png = await page.locator(`[id="${printAnchorId(slide.no)}"]`).screenshot({ type: 'png', animations: 'disabled' })
    images.push({ no: slide.no, png })
  }
  return images
}

export function pngName(no: number, total: number): string {
  return `${String(no).padStart(Math.max(2, String(total).length), '0')}.png`
}

export async function writePngs(images: SlideImage[], folder: string): Promise<string[]> {
  await replaceFolder(folder, async (temporary) => {
    for (const image of images)
      await writeAtomically(join(temporary, pngName(image.no, images.length)), image.png)
  })
  return images.map(image => join(folder, pngName(image.no, images.length)))
}

export interface SlideNotes {
  no: number
  title: string
  text: string
  /** The notes as Slidev renders them (lists, emphasis). */
  html: string
}

/** Slidev's notes print view (A4): each slide's number, title and rendered speaker notes. */
async function openNotesView(browser: Browser, deckUrl: string): Promise<Page> {
  const page = await browser.newPage()
  await page.goto(`${deckUrl}presenter/print`, { waitUntil: 'load' })
  await page.locator(NOTE_BLOCKS).first().waitFor()
  return page
}

const NOTE_BLOCKS = '#page-root .break-inside-avoid-page'

/** Each slide's speaker notes as text, read from the notes view. */
async function readNotes(notesView: Page, info: DeckInfo): Promise<SlideNotes[]> {
  const found = await notesView.locator(NOTE_BLOCKS).evaluateAll(elements => elements.map(element => ({
    heading: element.querySelector('h2')?.textContent ?? '',
    text: (element.querySelector('.slidev-note') as HTMLElement | null)?.innerText ?? '',
    html: element.querySelector('.slidev-note')?.innerHTML ?? '',
  })))
  return info.slides.map((slide) => {
    const block = found.find(item => item.heading.trim().startsWith(`${slide.no}/${info.slides.length}`))
    if (!block)
      throw new Error(`第 ${slide.no} 页「${slide.title}」没有演讲者备注 / slide ${slide.no} has no speaker notes`)
    return { no: slide.no, title: slide.title, text: block.text.trim(), html: block.html }
  })
}

/** Every slide's speaker notes, read once from the notes view, for the PPTX and the handout. */
export async function readSpeakerNotes(browser: Browser, deckUrl: string, info: DeckInfo): Promise<SlideNotes[]> {
  const notesView = await openNotesView(browser, deckUrl)
  try {
    return await readNotes(notesView, info)
  }
  finally {
    await notesView.close()
  }
}
