import type { Page } from 'playwright-core'
import type { Paper } from '../../../components/deck/downloads'
import type { DeckInfo } from '../../project/index'
import type { SlideNotes } from '../speakerNotes'
import { printAnchorId } from '../../../components/deck/slideIndex'
import { PAPER_SIZES } from './handoutLayout'
import { handoutTitle, notesLabel } from './handoutWords'
import { printRearranged } from './printRearranged'

/** The page margin of the handout of 1 a page. */
const MARGIN_MM = 14
const MM = 96 / 25.4

/** How far the handout of 1 a page shrinks a slide so that it spans the page between the margins (A4 unless told). */
export function handoutSlideScale(slideWidth: number, paper: Paper = 'a4'): number {
  return Math.floor((PAPER_SIZES[paper].width - 2 * MARGIN_MM) * MM / slideWidth * 1000) / 1000
}

function notesCss(paper: Paper): string {
  return `
@page { size: ${PAPER_SIZES[paper].css}; margin: ${MARGIN_MM}mm; }
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
}

interface NotesSheets {
  sheets: Array<{ id: string, notesHtml: string }>
  scale: number
  size: { width: number, height: number }
  label: string
}

/** In the page: a sheet per slide, the slide scaled to the page's width, its notes beneath. */
function arrangeNotes({ sheets, scale, size, label }: NotesSheets): string[] {
  const root = document.getElementById('handout-root')!
  for (const sheet of sheets) {
    const container = document.getElementById(sheet.id)!
    const wrapper = document.createElement('section')
    wrapper.className = 'handout-sheet'
    const frame = document.createElement('div')
    frame.className = 'handout-slide'
    frame.style.width = `${size.width * scale}px`
    frame.style.height = `${size.height * scale}px`
    container.style.setProperty('transform', `scale(${scale})`, 'important')
    frame.append(container)
    const heading = document.createElement('p')
    heading.className = 'handout-notes-label'
    heading.textContent = label
    const body = document.createElement('div')
    body.className = 'handout-notes'
    body.innerHTML = sheet.notesHtml
    wrapper.append(frame, heading, body)
    root.append(wrapper)
  }
  return []
}

/**
 * The handout of 1 a page: each slide as the print view draws it — vector
 * shapes and real text in the deck's fonts, scaled to the width of the page
 * — with its speaker notes beneath, printed as a tagged PDF on `paper`.
 */
export async function printNotesHandout(page: Page, info: DeckInfo, notes: SlideNotes[], paper: Paper, path: string): Promise<void> {
  const sheets = info.slides.map((slide) => {
    const note = notes.find(item => item.no === slide.no)
    if (!note?.html.trim())
      throw new Error(`第 ${slide.no} 页「${slide.title}」没有演讲者备注，讲义无法生成 / slide ${slide.no} has no speaker notes for the handout`)
    return { id: printAnchorId(slide.no), notesHtml: note.html }
  })
  const args: NotesSheets = { sheets, scale: handoutSlideScale(info.size.width, paper), size: info.size, label: notesLabel(info.lang) }
  await printRearranged(page, info, { css: notesCss(paper), arrange: view => view.evaluate(arrangeNotes, args), title: handoutTitle(info.title, info.lang, 1) }, path)
}
