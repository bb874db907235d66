import type { Page } from 'playwright-core'
import type { ViteDevServer } from 'vite'
import type { HotActivity } from './hotSettle'
import { isSettled, updateCallsForPrint } from './hotSettle'

/**
 * What the live export listens to between two prints: saves of the deck's
 * sources and the hot updates the dev server sends (on the server side), the
 * page's hot-update events, loads and requests (on the page side). Each
 * keeps `activity` current; a save or a hot update also counts as a change
 * and wakes whoever waits for one.
 */
export class HotActivityTracker {
  readonly activity: HotActivity = { lastActivity: performance.now(), inFlight: 0, changes: 0 }
  private wake: () => void = () => {}

  /** Something happened: the page has not settled yet. */
  touch = (): void => {
    this.activity.lastActivity = performance.now()
  }

  /** A change: a refresh follows once the page has settled. */
  changed = (): void => {
    this.touch()
    this.activity.changes++
    this.wake()
  }

  /** Resolves at the next change, or at once when the changes seen differ from `covered` or `stop()` says so. */
  nextChange(covered: number, stopped: () => boolean): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wake = resolve
      if (this.activity.changes !== covered || stopped())
        resolve()
    })
  }

  /** Releases whoever waits in nextChange (on stop). */
  release(): void {
    this.wake()
  }

  /** Waits until the page has settled (hotSettle.ts). */
  async settled(): Promise<void> {
    const began = performance.now()
    while (!isSettled(this.activity, performance.now(), began))
      await new Promise(resolve => setTimeout(resolve, 50))
  }
}

/** Counts the dev server's hot updates as activity and saves of `watched` files or folders as changes. */
export function watchDevServer(server: ViteDevServer, watched: readonly string[], tracker: HotActivityTracker): void {
  const hot = server.environments.client.hot
  const send = hot.send.bind(hot) as (...args: unknown[]) => void
  hot.send = ((...args: unknown[]) => {
    tracker.touch()
    send(...args)
  }) as typeof hot.send
  server.watcher.on('all', (_event, file) => {
    if (watched.some(source => file === source || file.startsWith(`${source}/`)))
      tracker.changed()
  })
}

declare global {
  interface Window {
    /** `paths`: the modules a hot update replaced; none for a full reload or an error. */
    deckHotEvent?: (paths?: string[]) => void
  }
}

/**
 * Before the deck loads: counts the page's hot-update events as changes (an
 * update of UnoCSS's sheets alone as activity, see updateCallsForPrint), its
 * loads and requests as activity.
 */
export async function watchPage(page: Page, tracker: HotActivityTracker): Promise<void> {
  await page.exposeFunction('deckHotEvent', (paths: string[] = []) => updateCallsForPrint(paths) ? tracker.changed() : tracker.touch())
  // Vite's client module is shared by the page: listen to its hot-update events.
  await page.addInitScript(() => {
    import(/* @vite-ignore */ `${location.origin}/@vite/client`).then(({ createHotContext }) => {
      const hot = createHotContext('/@deck-live-export')
      hot.on('vite:afterUpdate', (payload: { updates: { path: string }[] }) => window.deckHotEvent?.(payload.updates.map(update => update.path)))
      for (const event of ['vite:beforeFullReload', 'vite:error'])
        hot.on(event, () => window.deckHotEvent?.())
    })
  })
  page.on('load', tracker.touch)
  page.on('request', () => tracker.activity.inFlight++)
  const finished = () => {
    tracker.activity.inFlight--
    tracker.touch()
  }
  page.on('requestfinished', finished)
  page.on('requestfailed', finished)
}
