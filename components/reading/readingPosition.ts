/**
 * Which slide a reading-view address or scroll position stands for. Pure
 * functions that the reading view calls with what the router and the page's
 * layout say.
 */
import type { SlideRef } from '../deck/slideIndex'

/**
 * The slide an address's `/:no` names: a slide number of the deck or a
 * `routeAlias`; undefined for anything else (`/999`, `/abc`), so the page
 * opens at its top.
 */
export function slideNoFromParam(slides: readonly SlideRef[], param: unknown): number | undefined {
  const value = Array.isArray(param) ? param[0] : param
  if (typeof value !== 'string' || value === '')
    return undefined
  if (/^\d+$/.test(value)) {
    const no = Number(value)
    return slides.some(slide => slide.no === no) ? no : undefined
  }
  return slides.find(slide => slide.frontmatter.routeAlias === value)?.no
}

/**
 * The slide a reader is on: the first one still showing below the reading
 * line (a set distance under the top of the screen), given each slide's
 * bottom edge in viewport pixels, in page order; the last slide once all
 * have scrolled past it. A short slide (a section divider) at the top of the
 * screen counts as long as it stays below the line.
 */
export function slideAtReadingLine(bottoms: readonly number[], line: number): number {
  const index = bottoms.findIndex(bottom => bottom > line)
  return index === -1 ? Math.max(0, bottoms.length - 1) : index
}
