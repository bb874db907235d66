import type { Browser, Page } from 'playwright-core'
import type { DeckInfo } from '../project/index'

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
