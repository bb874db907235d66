import type { Position } from './shareProtocol'

/**
 * What a page does with the talk's position: pure rules that the share
 * client calls with what the page shows and what the server said.
 */

export function samePosition(a: Position, b: Position): boolean {
  return a.slide === b.slide && a.click === b.click
}

/** The reading view has no click steps: there a page is on the live slide whatever its step. */
export function onLive(page: Position, live: Position, readingView: boolean): boolean {
  return readingView ? page.slide === live.slide : samePosition(page, live)
}

/**
 * Whether a follower has stepped away: the page moved to somewhere other than
 * where the follow client last sent it (the reader pressed a key, scrolled,
 * followed a link). A move to the live position is not stepping away.
 */
export function steppedAway(page: Position, sentTo: Position | undefined, live: Position | undefined, readingView: boolean): boolean {
  if (live && onLive(page, live, readingView))
    return false
  return sentTo === undefined || !onLive(page, sentTo, readingView)
}

/** What the presenter view does with a position the server sent: go there, send its own, or stay. */
export type PresenterAction = 'go' | 'send' | 'stay'

export interface PresenterView {
  /** The first position since the page opened: the server keeps the talk's position across restarts. */
  first: boolean
  /** The presenter moved the page by hand before that first position arrived. */
  movedFirst?: boolean
  /** The position the server greets a reconnected page with. */
  greeting: boolean
  /** The echo of one of this page's own moves. */
  own: boolean
  /** A move of this page's is under way or waiting. */
  busy: boolean
  /** The server has since taken a later move of this page's (the echo is older than that). */
  stale?: boolean
  /** The page already shows the position. */
  onLive: boolean
}

export function presenterAction({ first, movedFirst = false, greeting, own, busy, stale = false, onLive }: PresenterView): PresenterAction {
  if (onLive)
    return 'stay'
  // A presenter view opened anew goes where the talk is, unless its presenter has already moved on from there.
  if (first)
    return movedFirst ? 'send' : 'go'
  // Back after an outage (its moves meanwhile were lost): the presenter's page is where the talk is.
  if (greeting)
    return 'send'
  // A remote moved the talk; or an echo of a move of its own that newer ones of its own follow (stay), or that the
  // server took after someone else's (go: everyone else is there).
  return own && (busy || stale) ? 'stay' : 'go'
}

/** Where a remote's Next goes: the slide's next click step, else the next slide's start; undefined past the end. */
export function nextPosition(live: Position & { clicks: number }, lastSlide: number): Position | undefined {
  if (live.click < live.clicks)
    return { slide: live.slide, click: live.click + 1 }
  return live.slide < lastSlide ? { slide: live.slide + 1, click: 0 } : undefined
}

/** Where a remote's Previous goes: the slide's previous click step, else the previous slide's start; undefined at the first. */
export function previousPosition(live: Position): Position | undefined {
  if (live.click > 0)
    return { slide: live.slide, click: live.click - 1 }
  return live.slide > 1 ? { slide: live.slide - 1, click: 0 } : undefined
}

/** mm:ss (or h:mm:ss) of a talk's elapsed milliseconds. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
  const two = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`
}

/** A name for this page in its moves' echo, so it can tell them from others'. Not a secret. */
export function pageName(random: () => number = Math.random): string {
  return `p${Math.floor(random() * 2 ** 40).toString(36)}`
}
