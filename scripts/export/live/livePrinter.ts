import type { Page } from 'playwright-core'
import type { HotActivityTracker } from './hotActivity'
import { relative } from 'node:path'
import { readDeckInfo } from '../../project/index'
import { printPdf } from '../pdf/index'
import { waitForPrintView } from '../printView'

export interface LivePrinterOptions {
  page: Page
  /** The deck file, read again before each print (slides may have come or gone). */
  entry: string
  /** The PDF to replace. */
  path: string
  timeout: number
  /** The dev server's modules that failed to compile (devDeck.ts). */
  failed: Map<string, string>
  tracker: HotActivityTracker
  say: (line: string) => void
  /** True once the watch is stopping: errors then go unsaid. */
  stopped: () => boolean
}

/**
 * Prints the PDF once the page has settled and returns the count of changes
 * the print covers. A deck that does not compile or draw is reported once
 * (until it breaks another way) and leaves the last good PDF in place.
 */
export function livePrinter(options: LivePrinterOptions): () => Promise<number> {
  const { tracker, say, path } = options
  const shown = relative(process.cwd(), path)
  let lastBroken = ''
  return async () => {
    const began = performance.now()
    await tracker.settled()
    const covered = tracker.activity.changes
    try {
      const slides = await printWhenCompiled(options)
      lastBroken = ''
      say(`${shown} refreshed in ${((performance.now() - began) / 1000).toFixed(2)} s (${slides} slides)`)
    }
    catch (error) {
      const message = (error as Error).message.split('\n').slice(0, 12).join('\n')
      if (options.stopped() || message === lastBroken)
        return covered
      lastBroken = message
      say(`演示稿有错，保留上一版 PDF / the deck is broken, kept the last good PDF:\n${message}`)
    }
    return covered
  }
}

/** Prints the PDF, or throws Vite's errors while a module still fails to compile; returns the count of slides. */
async function printWhenCompiled({ page, entry, path, timeout, failed, tracker }: LivePrinterOptions): Promise<number> {
  const throwIfFailed = () => {
    if (failed.size > 0)
      throw new Error([...failed.values()].join('\n'))
  }
  if (failed.size > 0) {
    // A failed module stays failed in the page until it is fetched again: reload to see whether it still fails.
    failed.clear()
    await page.reload({ waitUntil: 'load', timeout })
    await tracker.settled()
    throwIfFailed()
  }
  const info = readDeckInfo(entry)
  // A module that fails while the slides draw (Slidev loads each slide's code after the page) stops the wait at once:
  // that slide would never draw, and the wait would end only at the timeout.
  const drawn = waitForPrintView(page, info, timeout)
  drawn.catch(() => {}) // lost to a failure, it polls on in the page (across the next reload) until the slides draw or the timeout
  const watch = new AbortController()
  try {
    await Promise.race([drawn, compileFailure(failed, watch.signal)])
  }
  finally {
    watch.abort()
  }
  throwIfFailed()
  await printPdf(page, info, path)
  return info.slides.length
}

/** Rejects with Vite's errors once a module fails to compile; never settles otherwise (until `stop` aborts). */
function compileFailure(failed: Map<string, string>, stop: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const timer = setInterval(() => {
      if (failed.size > 0) {
        clearInterval(timer)
        reject(new Error([...failed.values()].join('\n')))
      }
    }, 100)
    stop.addEventListener('abort', () => clearInterval(timer))
  })
}
