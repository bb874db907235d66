import type { Paper } from '../../../components/deck/downloads'

/**
 * Where everything sits on a page of a handout of 2, 3 or 6 slides a page:
 * pure geometry in millimetres from the page's top-left corner, the same on
 * every page. The page prints in the browser from these boxes
 * (gridHandout.ts), so what the tests check here is what the PDF holds.
 */

export interface Box { x: number, y: number, width: number, height: number }

/** The paper, portrait, in millimetres, and its name in CSS `@page size`. */
export const PAPER_SIZES: Record<Paper, { width: number, height: number, css: string }> = {
  a4: { width: 210, height: 297, css: 'A4' },
  letter: { width: 215.9, height: 279.4, css: 'letter' },
}

/** Slides a page, for the handouts laid out here (1 a page, with notes, flows as a document: notesHandout.ts). */
export type GridPerPage = 2 | 3 | 6

/** Clear of the edge of the sheet on every side: inside any printer's unprintable border. */
export const MARGIN_MM = 12
/** The band above the slides: the cover line on page 1 (title, forum, date, source), the talk's title on the others. */
export const HEADER_MM = 20
/** The band below them: the page number. */
export const FOOTER_MM = 8
/** Between two slides. */
export const GAP_MM = 6
/** Between a slide and its ruled lines (3 a page). */
export const LINES_GAP_MM = 8
/** From one ruled line to the next: wide-ruled paper's 8 mm. */
export const RULE_SPACING_MM = 8

export interface HandoutSlot {
  /** The slide's frame, its edge drawn as a thin rule. */
  slide: Box
  /** 3 a page: the box beside the slide that holds the ruled lines, and each line's height in it (mm from the page's top). */
  lines?: { box: Box, rules: number[] }
}

export interface HandoutSheet {
  paper: Paper
  width: number
  height: number
  header: Box
  footer: Box
  /** In reading order: left to right, then down. */
  slots: HandoutSlot[]
}

function contentBox(width: number, height: number): Box {
  return { x: MARGIN_MM, y: MARGIN_MM + HEADER_MM, width: width - 2 * MARGIN_MM, height: height - 2 * MARGIN_MM - HEADER_MM - FOOTER_MM }
}

/** The grid (columns × rows) that holds `count` slides of `aspect` (width ÷ height) largest in `box`, and their width. */
export function largestGrid(box: Box, count: number, aspect: number): { columns: number, rows: number, slideWidth: number } {
  let best = { columns: 1, rows: count, slideWidth: 0 }
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns)
    const byWidth = (box.width - (columns - 1) * GAP_MM) / columns
    const byHeight = (box.height - (rows - 1) * GAP_MM) / rows * aspect
    const slideWidth = Math.min(byWidth, byHeight)
    if (slideWidth > best.slideWidth)
      best = { columns, rows, slideWidth }
  }
  return best
}

/** 2 or 6 a page: slides only, as large as the page allows, each centred in its cell of the grid. */
function gridSlots(content: Box, count: number, aspect: number): HandoutSlot[] {
  const { columns, rows, slideWidth } = largestGrid(content, count, aspect)
  const slideHeight = slideWidth / aspect
  const cellWidth = content.width / columns
  const cellHeight = content.height / rows
  return Array.from({ length: count }, (_, index) => {
    const column = index % columns
    const row = Math.floor(index / columns)
    return {
      slide: {
        x: content.x + column * cellWidth + (cellWidth - slideWidth) / 2,
        y: content.y + row * cellHeight + (cellHeight - slideHeight) / 2,
        width: slideWidth,
        height: slideHeight,
      },
    }
  })
}

/**
 * 3 a page: a row for each slide, the slide on the left, as large as its row
 * allows while the ruled lines beside it keep at least half the width; the
 * lines run the row's height at RULE_SPACING_MM.
 */
function ruledSlots(content: Box, aspect: number): HandoutSlot[] {
  const rows = 3
  const rowHeight = (content.height - (rows - 1) * GAP_MM) / rows
  const slideWidth = Math.min((content.width - LINES_GAP_MM) / 2, rowHeight * aspect)
  const slideHeight = slideWidth / aspect
  const linesX = content.x + slideWidth + LINES_GAP_MM
  return Array.from({ length: rows }, (_, row) => {
    const top = content.y + row * (rowHeight + GAP_MM)
    const box = { x: linesX, y: top, width: content.x + content.width - linesX, height: rowHeight }
    const count = Math.floor(rowHeight / RULE_SPACING_MM)
    return {
      slide: { x: content.x, y: top + (rowHeight - slideHeight) / 2, width: slideWidth, height: slideHeight },
      lines: { box, rules: Array.from({ length: count }, (_, line) => top + (line + 1) * RULE_SPACING_MM) },
    }
  })
}

/** A page of the handout of `perPage` slides a page on `paper`, for slides `aspect` (width ÷ height) wide. */
export function handoutSheet(paper: Paper, perPage: GridPerPage, aspect: number): HandoutSheet {
  if (!(aspect > 0))
    throw new Error(`讲义：幻灯片的宽高比应为正数 / the handout needs the slides' aspect ratio: ${aspect}`)
  const { width, height } = PAPER_SIZES[paper]
  const content = contentBox(width, height)
  return {
    paper,
    width,
    height,
    header: { x: MARGIN_MM, y: MARGIN_MM, width: width - 2 * MARGIN_MM, height: HEADER_MM - GAP_MM / 2 },
    footer: { x: MARGIN_MM, y: height - MARGIN_MM - FOOTER_MM + GAP_MM / 2, width: width - 2 * MARGIN_MM, height: FOOTER_MM - GAP_MM / 2 },
    slots: perPage === 3 ? ruledSlots(content, aspect) : gridSlots(content, perPage, aspect),
  }
}

/** The slides of each page, in order: `perPage` at a time, the last page holding what is left. */
export function handoutPages<T>(slides: readonly T[], perPage: number): T[][] {
  return Array.from({ length: Math.ceil(slides.length / perPage) }, (_, page) => slides.slice(page * perPage, (page + 1) * perPage))
}
