import type { Page } from 'playwright-core'
import type { Paper } from '../../../components/deck/downloads'
import type { DeckInfo } from '../../project/index'
import type { Box, GridPerPage, HandoutSheet } from './handoutLayout'
import { printAnchorId } from '../../../components/deck/slideIndex'
import { handoutPages, handoutSheet, PAPER_SIZES } from './handoutLayout'
import { handoutTitle, pageLabel } from './handoutWords'
import { printRearranged } from './printRearranged'

const PX_PER_MM = 96 / 25.4

/** A page of the handout as the page's code lays it out: boxes in millimetres, each slide's container by id and its scale. */
export interface GridPage {
  /** Page 1: the talk's title and the headmatter's `info:` lines, as text in the tag tree. */
  cover?: { title: string, lines: string[] }
  /** The other pages: the talk's title at the head, an artifact. */
  running?: string
  /** The page number, an artifact. */
  label: string
  slots: Array<{ id: string, no: number, box: Box, scale: number, lines?: { box: Box, rules: number[] } }>
}

export interface GridPlan {
  sheet: HandoutSheet
  pages: GridPage[]
}

/**
 * Which slide goes where on which page of the handout of `perPage` a page on
 * `paper`, with the cover line's words from the deck's headmatter (`title:`
 * and `info:`, in the edition's language). Throws, naming the field, when the
 * headmatter lacks them.
 */
export function gridHandoutPlan(info: DeckInfo, perPage: GridPerPage, paper: Paper): GridPlan {
  if (!info.title.trim())
    throw new Error('讲义的封面行需要第 1 页头部的 title: / the handout\'s cover line needs the headmatter\'s title: (slide 1)')
  if (info.about.length === 0)
    throw new Error('讲义的封面行需要第 1 页头部的 info:（论坛、日期、原文）/ the handout\'s cover line needs the headmatter\'s info: (slide 1: the forum, its dates, the source article)')
  const sheet = handoutSheet(paper, perPage, info.size.width / info.size.height)
  const pages = handoutPages(info.slides, perPage)
  return {
    sheet,
    pages: pages.map((slides, index) => ({
      ...(index === 0 ? { cover: { title: info.title, lines: info.about } } : { running: info.title }),
      label: pageLabel(index + 1, pages.length),
      slots: slides.map((slide, at) => ({
        id: printAnchorId(slide.no),
        no: slide.no,
        box: sheet.slots[at].slide,
        scale: sheet.slots[at].slide.width * PX_PER_MM / info.size.width,
        lines: sheet.slots[at].lines,
      })),
    })),
  }
}

function gridCss(sheet: HandoutSheet): string {
  return `
@page { size: ${PAPER_SIZES[sheet.paper].css}; margin: 0; }
html.print, html.print body, #print-container { background: #fff !important; }
#page-root { display: block !important; }
.handout-page { position: relative; width: ${sheet.width}mm; height: ${sheet.height - 0.5}mm; overflow: hidden; break-after: page; color: #1b2430; }
.handout-page:last-child { break-after: auto; }
.handout-page > * { position: absolute; margin: 0; box-sizing: border-box; }
.handout-cover p { margin: 0; font-size: 8.5pt; line-height: 1.4; color: #374151; }
.handout-cover .handout-cover-title { font-size: 10.5pt; font-weight: 700; line-height: 1.35; color: #1b2430; }
.handout-running, .handout-number { font-size: 8pt; line-height: 1.4; color: #6b7280; }
.handout-number { text-align: right; }
.handout-frame { overflow: hidden; outline: 0.2mm solid #c8cdd4; }
.handout-frame > .print-slide-container { transform-origin: 0 0; break-after: auto !important; }
.handout-rule { position: absolute; left: 0; right: 0; height: 0; border-top: 0.25mm solid #9aa3ae; }
`
}

/**
 * In the page: one fixed-size page per GridPage, every box placed absolutely
 * in millimetres. The cover line is text in the tag tree; the running title,
 * the ruled lines and the page number are aria-hidden, so the PDF's
 * finishing makes them artifacts. Returns the cover line if it overflows its band.
 */
function arrangeGrid({ sheet, pages }: GridPlan): string[] {
  const root = document.getElementById('handout-root')!
  const problems: string[] = []
  const place = ['left', 'top', 'width', 'height'] as const
  for (const plan of pages) {
    const page = document.createElement('section')
    page.className = 'handout-page'
    const boxes: Array<[HTMLElement, { x: number, y: number, width: number, height: number }]> = []
    const head = document.createElement('div')
    if (plan.cover) {
      head.className = 'handout-cover'
      const title = document.createElement('p')
      title.className = 'handout-cover-title'
      title.textContent = plan.cover.title
      head.append(title)
      for (const line of plan.cover.lines) {
        const text = document.createElement('p')
        text.textContent = line
        head.append(text)
      }
    }
    else {
      head.className = 'handout-running'
      head.setAttribute('aria-hidden', 'true')
      head.textContent = plan.running ?? ''
    }
    boxes.push([head, sheet.header])
    for (const slot of plan.slots) {
      const frame = document.createElement('div')
      frame.className = 'handout-frame'
      const container = document.getElementById(slot.id)!
      container.style.setProperty('transform', `scale(${slot.scale})`, 'important')
      frame.append(container)
      boxes.push([frame, slot.box])
      if (slot.lines) {
        const lines = document.createElement('div')
        lines.className = 'handout-lines'
        lines.setAttribute('aria-hidden', 'true')
        for (const rule of slot.lines.rules) {
          const line = document.createElement('div')
          line.className = 'handout-rule'
          line.style.top = `${rule - slot.lines.box.y}mm`
          lines.append(line)
        }
        boxes.push([lines, slot.lines.box])
      }
    }
    const number = document.createElement('div')
    number.className = 'handout-number'
    number.setAttribute('aria-hidden', 'true')
    number.textContent = plan.label
    boxes.push([number, sheet.footer])
    for (const [element, box] of boxes) {
      [box.x, box.y, box.width, box.height].forEach((value, at) => element.style.setProperty(place[at], `${value}mm`))
      page.append(element)
    }
    root.append(page)
    if (plan.cover && head.scrollHeight > head.clientHeight + 1)
      problems.push(`封面行（头部的 title: 与 info:）超出了页首的 ${sheet.header.height} mm / the cover line (the headmatter's title: and info:) overflows its ${sheet.header.height} mm band on ${sheet.paper}`)
  }
  return problems
}

/**
 * The handout of 2, 3 or 6 slides a page on `paper`: the slides as the print
 * view draws them (vector shapes and text in the deck's fonts), in reading
 * order, 3 a page with ruled lines beside each; the cover line on page 1, a
 * page number on every page. A tagged PDF with the slides' outline.
 */
export async function printGridHandout(page: Page, info: DeckInfo, perPage: GridPerPage, paper: Paper, path: string): Promise<void> {
  const plan = gridHandoutPlan(info, perPage, paper)
  await printRearranged(page, info, { css: gridCss(plan.sheet), arrange: view => view.evaluate(arrangeGrid, plan), title: handoutTitle(info.title, info.lang, perPage) }, path)
}
