/** What the dev server and the page are doing. */
export interface HotActivity {
  /** When a source file changed, the server sent an update or the page applied one last (ms). */
  lastActivity: number
  /** Requests the page has open (a hot update fetches the changed modules). */
  inFlight: number
  /** Saves and hot updates seen: each calls for a refresh. */
  changes: number
}

export const QUIET_MS = 300
export const SETTLE_LIMIT_MS = 5_000

/**
 * A save reaches the page as a chain: the file changes, Slidev sends the
 * slide's update, the page fetches and applies it, then UnoCSS sends its
 * styles. The page has settled once no request is open and nothing happened
 * for QUIET_MS; or SETTLE_LIMIT_MS after the refresh began, so that a request
 * that never ends cannot stall the watch.
 */
export function isSettled(activity: HotActivity, now: number, began: number): boolean {
  return now - activity.lastActivity >= QUIET_MS && (activity.inFlight === 0 || now - began >= SETTLE_LIMIT_MS)
}
