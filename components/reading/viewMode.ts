/**
 * When the deck shows its reading view (every slide in one scrolling page,
 * reflowed to the screen) instead of the slide view, and which slide a
 * reading-view address or scroll position stands for. Pure functions: the
 * route setup (setup/routes.ts) and the reading view call them with what the
 * browser says.
 */
import type { SlideRef } from '../deck/slideIndex'

/** Narrower than this, a phone in portrait, the play route shows the reading view. */
export const READING_MEDIA_QUERY = '(max-width: 599.98px)'

/** `?view=read` asks for the reading view at any width, `?view=slides` for the slide view on a phone. */
export type ViewChoice = 'read' | 'slides' | undefined

export function viewChoice(search: string): ViewChoice {
  const view = new URLSearchParams(search).get('view')
  return view === 'read' || view === 'slides' ? view : undefined
}

/** Whether the play route shows the reading view: asked for by the address, else on a narrow screen. */
export function wantsReadingView(search: string, narrow: boolean): boolean {
  const choice = viewChoice(search)
  return choice ? choice === 'read' : narrow
}

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
 * The slide a reader is on: the last one whose top has passed the reading
 * line (a set distance below the top of the screen), given each slide's top
 * edge in viewport pixels, in page order; the first slide before any has.
 */
export function slideAtReadingLine(tops: readonly number[], line: number): number {
  let index = 0
  for (const [i, top] of tops.entries()) {
    if (top <= line)
      index = i
    else
      break
  }
  return index
}
