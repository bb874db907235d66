import type { BoxPx } from '../pptxMapping'

/** Pure geometry of the walk: from the page's client rectangles to boxes on the slide canvas. */

export interface Rect { left: number, top: number, width: number, height: number }

/** A client rectangle as a box on the slide: relative to the slide's origin, in canvas pixels (the page may scale the slide). */
export function boxOn(rect: Rect, origin: Rect, scale: number): BoxPx {
  return {
    x: (rect.left - origin.left) / scale,
    y: (rect.top - origin.top) / scale,
    width: rect.width / scale,
    height: rect.height / scale,
  }
}

export interface Insets { top: number, right: number, bottom: number, left: number }

/** A box less its insets (border and padding): the content box. */
export function insetBox(box: BoxPx, insets: Insets): BoxPx {
  return {
    x: box.x + insets.left,
    y: box.y + insets.top,
    width: Math.max(0, box.width - insets.left - insets.right),
    height: Math.max(0, box.height - insets.top - insets.bottom),
  }
}

/** A box that spans (nearly) the whole slide gives the slide its background instead of a shape. */
export function coversSlide(box: BoxPx, size: { width: number, height: number }): boolean {
  return box.width >= size.width * 0.98 && box.height >= size.height * 0.98
}

/** Too small to draw. */
export function isDegenerate(box: BoxPx): boolean {
  return box.width < 0.5 || box.height < 0.5
}

export interface LineBox { top: number, height: number }

/** How many lines text fragments sit on, told apart by their vertical centres (glyph boxes may overlap the next line's). */
export function countLines(fragments: readonly LineBox[]): number {
  const centre = (rect: LineBox) => rect.top + rect.height / 2
  const sorted = [...fragments].sort((a, b) => centre(a) - centre(b))
  let lines = 0
  let lineCentre = -Infinity
  for (const rect of sorted) {
    if (centre(rect) > lineCentre + rect.height / 2) {
      lines++
      lineCentre = centre(rect)
    }
  }
  return Math.max(1, lines)
}

/**
 * A run of text that begins beside something inline (a legend's swatch)
 * starts its box where its first line starts, so the box leaves that thing
 * room; its later lines then hang under the first. `fragments` are the
 * run's line fragments, first first.
 */
export function startAtFirstLine(box: BoxPx, fragments: readonly BoxPx[]): BoxPx {
  const first = fragments.find(fragment => fragment.width > 0 && fragment.height > 0)
  if (!first || first.x <= box.x + 0.5)
    return box
  const right = box.x + box.width
  return { ...box, x: first.x, width: Math.max(0, right - first.x) }
}
