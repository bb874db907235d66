/**
 * Whether a slide's text fits its boxes: the rules, on numbers measured in
 * the page (fitMeasure.ts). One source of truth: the dev server's box on the
 * slide (FitProblems.vue) and the browser tests' design walk
 * (tests/e2e/slideDesign.ts, pageWatch.ts) both judge with these.
 * All lengths are the slide canvas's own pixels (its top left is 0, 0).
 */

export interface Rect { left: number, top: number, right: number, bottom: number }

/** Where an author changes what a box shows: a frontmatter field (`chart.series.name`), the title, a list item, the body. */
export type FitSource =
  | { kind: 'field', field: string }
  | { kind: 'heading' }
  | { kind: 'item', no: number }
  | { kind: 'body' }
  | { kind: 'none' }

/** What a box is to a reader of the slide. */
export type BoxRole = 'heading' | 'card' | 'item' | 'paragraph' | 'figure' | 'caption' | 'legend' | 'quote' | 'chart' | 'footer' | 'box'

export interface MeasuredBox {
  role: BoxRole
  /** Its text, shortened, as a message names it. */
  text: string
  source: FitSource
  rect: Rect
  /** The nearest measured box around it (an index into `SlideFit.boxes`). */
  parent?: number
  /** Inside the slide's layout: not its footer, not a layer around it. */
  inLayout: boolean
  /** A box that hides what overflows it (CSS overflow other than visible): its content's size and its own, in CSS px. */
  clip?: { contentWidth: number, contentHeight: number, width: number, height: number }
}

/** A text's lines, as far as they reach (sideways its glyphs, up and down its line boxes), and the boxes around it, nearest first. */
export interface TextRun {
  text: string
  extent: Rect
  within: number[]
}

export interface MeasuredAxis {
  /** Which chart of the slide (from 0) and which of its axes ('x', 'y'). */
  chart: number
  id: string
  horizontal: boolean
  /** Along the axis. */
  length: number
  /** Across it: the room the axis has for its labels and title. */
  thickness: number
  title?: { text: string, width: number }
  /** A category axis's labels, each as wide as its widest line; a value axis has none here (its numbers are Chart.js's). */
  labels: Array<{ text: string, width: number }>
}

export interface SlideFit {
  canvas: { width: number, height: number }
  /** The top of the footer's rule; undefined on a slide without a footer (the cover). */
  footerTop?: number
  boxes: MeasuredBox[]
  runs: TextRun[]
  axes: MeasuredAxis[]
}

export type FitProblem =
  | { rule: 'outside-slide', box: MeasuredBox, by: number }
  | { rule: 'cut-off', box: MeasuredBox, by: number }
  | { rule: 'into-footer', box: MeasuredBox, by: number }
  | { rule: 'text-overflow', box: MeasuredBox, text: string, by: number }
  | { rule: 'axis-title', axis: MeasuredAxis, text: string, width: number, length: number, by: number }
  | { rule: 'axis-label', axis: MeasuredAxis, text: string, width: number, space: number, by: number, no: number }

/** How far (px) a box may pass an edge before it counts: sub-pixel layout and rounding. */
export const EDGE_TOLERANCE = 1
/** How much more (CSS px) a clipping box's content may be than the box: scroll sizes are whole pixels. */
export const CLIP_TOLERANCE = 2

/** How far `inner` reaches past `outer` on its farthest side (0 or less: inside). */
export function overreach(inner: Rect, outer: Rect): number {
  return Math.max(outer.left - inner.left, outer.top - inner.top, inner.right - outer.right, inner.bottom - outer.bottom)
}

/** Boxes past the slide's edges, the outermost of each nest only (its children go with it). */
export function outsideSlide(fit: SlideFit): FitProblem[] {
  const slide = { left: 0, top: 0, right: fit.canvas.width, bottom: fit.canvas.height }
  const by = fit.boxes.map(box => overreach(box.rect, slide))
  return outermost(fit, by).map(index => ({ rule: 'outside-slide', box: fit.boxes[index], by: by[index] }))
}

/** Boxes that hide part of their content. */
export function cutOff(fit: SlideFit): FitProblem[] {
  return fit.boxes.flatMap((box) => {
    if (!box.clip)
      return []
    const by = Math.max(box.clip.contentHeight - box.clip.height, box.clip.contentWidth - box.clip.width)
    return by > CLIP_TOLERANCE ? [{ rule: 'cut-off', box, by }] : []
  })
}

/** Boxes of the layout that cross the footer's rule (start above it and end below), the outermost of each nest. */
export function intoFooter(fit: SlideFit): FitProblem[] {
  const top = fit.footerTop
  if (top === undefined)
    return []
  const by = fit.boxes.map(box => box.inLayout && box.rect.bottom > box.rect.top && box.rect.top < top ? box.rect.bottom - top : 0)
  return outermost(fit, by).map(index => ({ rule: 'into-footer', box: fit.boxes[index], by: by[index] }))
}

/** Text whose lines reach past a box it is in (its heading, paragraph, list item, card): the nearest such box, once per box, by its farthest line. */
export function textOverflow(fit: SlideFit): FitProblem[] {
  const worst = new Map<number, { text: string, by: number }>()
  for (const run of fit.runs) {
    for (const index of run.within) {
      const by = overreach(run.extent, fit.boxes[index].rect)
      if (by > EDGE_TOLERANCE) {
        if (by > (worst.get(index)?.by ?? 0))
          worst.set(index, { text: run.text, by })
        break
      }
    }
  }
  return [...worst].map(([index, { text, by }]) => ({ rule: 'text-overflow', box: fit.boxes[index], text, by }))
}

/** A chart's axis title longer than its axis: Chart.js draws it anyway, cut at the canvas's edge. */
export function cutAxisTitles(fit: SlideFit): FitProblem[] {
  return fit.axes.flatMap((axis) => {
    const title = axis.title
    if (!title)
      return []
    const by = title.width - axis.length
    return by > EDGE_TOLERANCE ? [{ rule: 'axis-title', axis, text: title.text, width: title.width, length: axis.length, by }] : []
  })
}

/**
 * A category label wider than its room: under a horizontal axis its share
 * of the axis (it runs into the next label), beside a vertical one the
 * axis's breadth (it is cut at the canvas's edge).
 */
export function crowdedAxisLabels(fit: SlideFit): FitProblem[] {
  return fit.axes.flatMap((axis) => {
    const space = axis.horizontal ? axis.length / Math.max(1, axis.labels.length) : axis.thickness
    return axis.labels.flatMap(({ text, width }, index) => {
      const by = width - space
      return by > EDGE_TOLERANCE ? [{ rule: 'axis-label' as const, axis, text, width, space, by, no: index + 1 }] : []
    })
  })
}

/** Every problem of fit on a slide, in a reader's order: the slide's edges and footer, clipped boxes, text, the charts. */
export function fitProblems(fit: SlideFit): FitProblem[] {
  return [...outsideSlide(fit), ...intoFooter(fit), ...cutOff(fit), ...textOverflow(fit), ...cutAxisTitles(fit), ...crowdedAxisLabels(fit)]
}

/** The boxes with `by` over the tolerance whose enclosing boxes are all within it. */
function outermost(fit: SlideFit, by: number[]): number[] {
  const over = (index: number) => by[index] > EDGE_TOLERANCE
  const nested = (index: number): boolean => {
    const parent = fit.boxes[index].parent
    return parent !== undefined && (over(parent) || nested(parent))
  }
  return by.flatMap((_, index) => over(index) && !nested(index) ? [index] : [])
}
