import type { Page } from 'playwright-core'
import type { DeckInfo } from '../project/index'
import type { SlideNotes } from './speakerNotes'
import { printAnchorId } from '../../components/deck/slideIndex'
import type { DeckLang } from '../../components/deck/deckWords'
import { deckLangOf } from '../../components/deck/deckWords'
import { writeAtomically } from './atomicWrite'
import { finishWithCache, paintLineEndSpaces, setPrintHeadingLevels } from './pdf/index'

/** A4 portrait's width in CSS pixels (96 per inch), and the page margin. */
const A4 = { width: 210 * 96 / 25.4 }
const MARGIN_MM = 14
const MM = 96 / 25.4

/** How far the handout shrinks a slide so that it spans the A4 page between the margins. */
export function handoutSlideScale(slideWidth: number): number {
  return Math.floor((A4.width - 2 * MARGIN_MM * MM) / slideWidth * 1000) / 1000
}

const HANDOUT_CSS = `
@page { size: A4; margin: ${MARGIN_MM}mm; }
html.print, html.print body, #print-container { background: #fff !important; }
#page-root { display: block !important; }
.handout-sheet { break-after: page; color: #1b2430; font-size: 11pt; line-height: 1.6; }
.handout-sheet:last-child { break-after: auto; }
.handout-slide { overflow: hidden; border: 1px solid #c8cdd4; break-inside: avoid; }
.handout-slide > .print-slide-container { transform-origin: 0 0; break-after: auto !important; }
.handout-notes-label { margin: 14px 0 4px; font-weight: 700; font-size: 10pt; color: #4a5563; }
.handout-notes ul, .handout-notes ol { margin: 0; padding-left: 1.4em; }
.handout-notes ul { list-style: disc; }
.handout-notes ol { list-style: decimal; }
.handout-notes li, .handout-notes p { margin: 0 0 4px; }
`

/** The handout's own words, per edition: its title (from the deck's) and the label above each slide's notes. */
const HANDOUT_WORDS: Record<DeckLang, { title: (deckTitle: string) => string, notes: string }> = {
  zh: { title: deckTitle => `${deckTitle}（讲义）`, notes: '演讲者备注' },
  en: { title: deckTitle => `${deckTitle} (handout)`, notes: 'Speaker notes' },
}

/** The handout's title, as its PDF's window and metadata give it: the deck's title, marked as the handout in the deck's language. */
export function handoutTitle(deckTitle: string, lang = 'zh-CN'): string {
  return HANDOUT_WORDS[deckLangOf(lang)].title(deckTitle)
}

/**
 * The handout: each slide as the print view draws it — vector shapes and
 * real text in the deck's fonts, scaled to the width of an A4 page — with
 * its speaker notes beneath, printed as a tagged PDF. It rearranges the
 * print view in place, so it runs last on that page.
 */
export async function printHandout(page: Page, info: DeckInfo, notes: SlideNotes[], path: string): Promise<void> {
  await setPrintHeadingLevels(page)
  const scale = handoutSlideScale(info.size.width)
  const sheets = info.slides.map((slide) => {
    const note = notes.find(item => item.no === slide.no)
    if (!note?.html.trim())
      throw new Error(`第 ${slide.no} 页「${slide.title}」没有演讲者备注，讲义无法生成 / slide ${slide.no} has no speaker notes for the handout`)
    return { id: printAnchorId(slide.no), no: slide.no, notesHtml: note.html }
  })
  const notesLabel = HANDOUT_WORDS[deckLangOf(info.lang)].notes
  const missing = await page.evaluate(({ sheets, css, scale, size, notesLabel }) => {
    const style = document.createElement('style')
    style.textContent = css
    document.head.append(style)
    const missing: number[] = []
    for (const sheet of sheets) {
      const container = document.getElementById(sheet.id)
      if (!container) {
        missing.push(sheet.no)
        continue
      }
      const wrapper = document.createElement('section')
      wrapper.className = 'handout-sheet'
      const frame = document.createElement('div')
      frame.className = 'handout-slide'
      frame.style.width = `${size.width * scale}px`
      frame.style.height = `${size.height * scale}px`
      container.style.setProperty('transform', `scale(${scale})`, 'important')
      container.before(wrapper)
      frame.append(container)
      const label = document.createElement('p')
      label.className = 'handout-notes-label'
      label.textContent = notesLabel
      const body = document.createElement('div')
      body.className = 'handout-notes'
      body.innerHTML = sheet.notesHtml
      wrapper.append(frame, label, body)
    }
    return missing
  }, { sheets, css: HANDOUT_CSS, scale, size: info.size, notesLabel })
  if (missing.length > 0)
    throw new Error(`讲义找不到第 ${missing.join(', ')} 页 / the handout found no print view slide ${missing.join(', ')}`)
  await page.evaluate(() => document.fonts.ready)
  await paintLineEndSpaces(page)
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })
  await writeAtomically(path, (await finishWithCache(pdf, { ...info, title: handoutTitle(info.title, info.lang) })).pdf)
}
