import type { Browser } from 'playwright-core'
import { existsSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { launchOptions } from '../../browser/index'
import { readDeckInfo } from '../../project/index'
import { BUILD_INPUTS } from '../deckBuild'
import { loadPrintView } from '../printView'
import { startDevDeck } from './devDeck'
import { HotActivityTracker, watchDevServer, watchPage } from './hotActivity'
import { livePrinter } from './livePrinter'

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

function clock(): string {
  return new Date().toTimeString().slice(0, 8)
}

export async function liveExport({ entry, out, timeout, log = console.log }: LiveExportOptions): Promise<{ stop: () => Promise<void> }> {
  const say = (line: string) => log(`[watch ${clock()}] ${line}`)
  const started = performance.now()
  const launching = chromium.launch({ ...launchOptions(), handleSIGINT: false, handleSIGTERM: false })
  launching.catch(() => {})
  const { server, url, failed, userRoot } = await startDevDeck(entry)
  const browser: Browser = await launching
  // The deck's sources only: the PDF written into exports/ (or a build into dist/) must not set off another refresh.
  // (A source folder made later, such as a first layouts/, is watched too: the list names it before it exists.)
  const watched = [entry, ...BUILD_INPUTS.map(input => join(userRoot, input)).filter(path => path !== entry)]
  const shown = watched.filter(path => existsSync(path)).map(path => relative(process.cwd(), path) + (statSync(path).isDirectory() ? '/' : ''))
  say(`dev server ${url}, browser ready in ${((performance.now() - started) / 1000).toFixed(1)} s; watching ${shown.join(', ')}`)

  const tracker = new HotActivityTracker()
  watchDevServer(server, watched, tracker)
  const page = await loadPrintView(browser, url, readDeckInfo(entry), { timeout, beforeLoad: page => watchPage(page, tracker) })

  let stopped = false
  const refresh = livePrinter({ page, entry, path: resolve(out, 'slides.pdf'), timeout, failed, tracker, say, stopped: () => stopped })
  const loop = (async () => {
    let covered = await refresh()
    say('waiting for saves… (Ctrl-C stops)')
    while (!stopped) {
      await tracker.nextChange(covered, () => stopped)
      if (!stopped)
        covered = await refresh()
    }
  })()

  return {
    stop: async () => {
      stopped = true
      tracker.release()
      await browser.close()
      await loop.catch(() => {})
      await server.close()
      say('stopped.')
    },
  }
}
