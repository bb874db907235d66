import type { Page } from 'playwright-core'
import type { DeckInfo } from '../../project/index'
import type { RawSlide, WalkInput } from './layoutWalk/index'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { printAnchorId } from '../../../components/deck/slideIndex'
import { BROWSER_ENTRY } from './layoutWalk/index'

export type { RawChart, RawItem, RawList, RawPicture, RawRun, RawShape, RawSlide, RawText } from './layoutWalk/index'

/**
 * What the print view draws on each slide, measured in the browser by the
 * layout walk (layoutWalk/), bundled here into one script for the page.
 */

let bundle: Promise<string> | undefined

/** The layout walk as one script for a page: it sets `window.deckLayoutWalk`. */
export function layoutWalkScript(): Promise<string> {
  bundle ??= build({
    entryPoints: [fileURLToPath(BROWSER_ENTRY)],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then(result => result.outputFiles[0].text)
  return bundle
}

/** Adds the layout walk to the page, unless it is there already. */
export async function addLayoutWalk(page: Page): Promise<void> {
  if (!await page.evaluate(() => !!window.deckLayoutWalk))
    await page.addScriptTag({ content: await layoutWalkScript() })
}

/** Reads every slide's layout from an open print view (see printView.ts). */
export async function readSlideLayouts(page: Page, info: DeckInfo): Promise<RawSlide[]> {
  await addLayoutWalk(page)
  const slides: RawSlide[] = []
  for (const slide of info.slides) {
    const input: WalkInput = { id: printAnchorId(slide.no), no: slide.no, width: info.size.width, height: info.size.height }
    slides.push(await page.evaluate(input => window.deckLayoutWalk!.walkSlide(input), input))
  }
  return slides
}
