/**
 * When the deck shows its reading view (every slide in one scrolling page,
 * reflowed to the screen) instead of the slide view. Pure functions that the
 * route setup (setup/routes.ts) calls with what the browser says; this module
 * is in the start-up code, so it holds only that decision.
 */

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
