import type { Browser, Page } from 'playwright-core'
import type { DeckInfo } from '../../project/index'
import { join, relative, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { HotActivity } from './hotSettle'
import { BUILD_INPUTS } from '../deckBuild'
import { readDeckInfo } from '../../project/index'
import { startDevDeck } from './devDeck'
import { printPdf } from '../pdf/index'
import { launchOptions } from '../../browser/index'
import { isSettled } from './hotSettle'
import { loadPrintView, waitForPrintView } from '../printView'

/**
 * `npm run export -- --watch`: keeps Slidev's dev server (Vite) and one
 * browser page on the print view open. Each save of slides.md, a component or
 * a style reaches the page as a Vite hot update; once the page has applied it
 * and every slide has drawn again, the PDF is printed and swapped in
 * atomically. A save that breaks the deck leaves the last good PDF in place.
 */

export interface LiveExportOptions {
  entry: string
  out: string
  /** How long the slides may take to draw after a save, in ms. */
  timeout: number
  log?: (line: string) => void
}

declare global {
  interface Window {
    deckHotEvent?: () => void
  }
}

function clock(): string {
  return new Date().toTimeString().slice(0, 8)
}

export async function liveExport({ entry, out, timeout, log = console.log }: LiveExportOptions): Promise<{ stop: () => Promise<void> }> {
  const path = resolve(out, 'slides.pdf')
  const shown = relative(process.cwd(), path)
  const say = (line: string) => log(`[watch ${clock()}] ${line}`)
  const started = performance.now()
  const launching = chromium.launch({ ...launchOptions(), handleSIGINT: false, handleSIGTERM: false })
  launching.catch(() => {})
  const { server, url, failed, userRoot } = await startDevDeck(entry)
  const browser: Browser = await launching
  say(`dev server ${url}, browser ready in ${((performance.now() - started) / 1000).toFixed(1)} s; watching ${relative(process.cwd(), entry)}, components/, styles/`)

  const activity: HotActivity = { lastActivity: performance.now(), inFlight: 0, changes: 0 }
  let wake: () => void = () => {}
  const touch = () => {
    activity.lastActivity = performance.now()
  }
  /** A change: a refresh follows once the page has settled. */
  const changed = () => {
    touch()
    activity.changes++
    wake()
  }
  const hot = server.environments.client.hot
  const send = hot.send.bind(hot) as (...args: unknown[]) => void
  hot.send = ((...args: unknown[]) => {
    touch()
    send(...args)
  }) as typeof hot.send
  // The deck's sources only: the PDF written into exports/ (or a build into dist/) must not set off another refresh.
  const watched = [entry, ...BUILD_INPUTS.map(input => join(userRoot, input))]
  server.watcher.on('all', (_event, file) => {
    if (watched.some(source => file === source || file.startsWith(`${source}/`)))
      changed()
  })
  let info: DeckInfo = readDeckInfo(entry)
  const page: Page = await loadPrintView(browser, url, info, {
    timeout,
    beforeLoad: async (page) => {
      await page.exposeFunction('deckHotEvent', changed)
      // Vite's client module is shared by the page: listen to its hot-update events.
      await page.addInitScript(() => {
        import(/* @vite-ignore */ `${location.origin}/@vite/client`).then(({ createHotContext }) => {
          const hot = createHotContext('/@deck-live-export')
          for (const event of ['vite:afterUpdate', 'vite:beforeFullReload', 'vite:error'])
            hot.on(event, () => window.deckHotEvent?.())
        })
      })
      page.on('load', touch)
      page.on('request', () => activity.inFlight++)
      const finished = () => {
        activity.inFlight--
        touch()
      }
      page.on('requestfinished', finished)
      page.on('requestfailed', finished)
    },
  })

  async function settled(): Promise<void> {
    const began = performance.now()
    while (!isSettled(activity, performance.now(), began))
      await new Promise(resolve => setTimeout(resolve, 50))
  }

  let lastBroken = ''
  let stopped = false
  /** Prints the PDF once the page has settled; returns the count of changes it covers. */
  async function refresh(): Promise<number> {
    const began = performance.now()
    await settled()
    const covered = activity.changes
    try {
      if (failed.size > 0) {
        // A failed module stays failed in the page until it is fetched again: reload to see whether it still fails.
        failed.clear()
        await page.reload({ waitUntil: 'load', timeout })
        await settled()
        if (failed.size > 0)
          throw new Error([...failed.values()].join('\n'))
      }
      info = readDeckInfo(entry)
      await waitForPrintView(page, info, timeout)
      if (failed.size > 0)
        throw new Error([...failed.values()].join('\n'))
      await printPdf(page, info, path)
      lastBroken = ''
      say(`${shown} refreshed in ${((performance.now() - began) / 1000).toFixed(2)} s (${info.slides.length} slides)`)
    }
    catch (error) {
      const message = (error as Error).message.split('\n').slice(0, 12).join('\n')
      if (stopped || message === lastBroken)
        return covered
      lastBroken = message
      say(`演示稿有错,保留上一版 PDF / the deck is broken, kept the last good PDF:\n${message}`)
    }
    return covered
  }

  const loop = (async () => {
    let done = await refresh()
    say('waiting for saves… (Ctrl-C stops)')
    while (!stopped) {
      await new Promise<void>((resolve) => {
        wake = resolve
        if (activity.changes !== done || stopped)
          resolve()
      })
      if (!stopped)
        done = await refresh()
    }
  })()

  return {
    stop: async () => {
      stopped = true
      wake()
      await browser.close()
      await loop.catch(() => {})
      await server.close()
      say('stopped.')
    },
  }
}
