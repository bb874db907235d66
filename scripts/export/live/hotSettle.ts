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

/**
 * UnoCSS's generated style sheets (`/__uno.css`, `/__uno_<layer>.css`, and
 * their `/@id/` forms), as the paths of a Vite hot update name them.
 */
const UNO_SHEET = /(?:^|\/)__uno(?:_[^/?]*)?\.css(?:\?.*)?$/

/**
 * Whether a hot update the page applied calls for a new print. One that only
 * refreshes UnoCSS's sheets does not: UnoCSS sends it when a page compiles a
 * module with classes it has not seen, such as a presenter view opened in
 * another tab. The print view's own modules were compiled before its first
 * print, and a save that changes them is a change already (the dev server's
 * watcher and the module's own update say so): the sheet that follows it is
 * part of that save's chain of activity, which the print waits to settle.
 */
export function updateCallsForPrint(paths: readonly string[]): boolean {
  return paths.length === 0 || !paths.every(path => UNO_SHEET.test(path))
}
