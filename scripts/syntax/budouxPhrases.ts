import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * BudouX's Simplified Chinese phrases of a text, as offsets where a phrase
 * ends, kept on disk by text (node_modules/.cache, one file per BudouX
 * version): loading BudouX takes a quarter of a second (its package loads
 * every language's model and an HTML parser), and a deck's texts rarely
 * change between one build or dev-server start and the next. BudouX loads
 * only for a text the cache does not hold yet.
 */

const require = createRequire(import.meta.url)
/** BudouX's package folder (its package.json is not among its exports, so found from its entry). */
const BUDOUX_FOLDER = (() => {
  const entry = require.resolve('budoux')
  return entry.slice(0, entry.lastIndexOf('/budoux/') + '/budoux'.length)
})()
const VERSION = (JSON.parse(readFileSync(join(BUDOUX_FOLDER, 'package.json'), 'utf8')) as { version: string }).version
/** Beside the font subsets' cache, in the node_modules/ that holds BudouX; in DECK_BUDOUX_CACHE when set (the unit tests' own folder for the run). */
const CACHE = join(process.env.DECK_BUDOUX_CACHE || join(BUDOUX_FOLDER, '..', '.cache'), `deck-budoux-${VERSION}.json`)

let cache: Record<string, number[]> | undefined
let parser: { parse: (text: string) => string[] } | undefined
let unsaved = false

function readCache(): Record<string, number[]> {
  if (!cache) {
    try {
      cache = existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, number[]> : {}
    }
    catch {
      cache = {}
    }
  }
  return cache
}

/** Writes the texts phrased since the last save (at the latest when the process exits). */
export function saveBudouxCache(): void {
  if (!unsaved || !cache)
    return
  unsaved = false
  try {
    mkdirSync(dirname(CACHE), { recursive: true })
    writeFileSync(CACHE, JSON.stringify(cache))
  }
  catch {
    // A cache that cannot be written costs time, never a result.
  }
}

/** The offsets (UTF-16) where BudouX ends a phrase in `text`, the text's end included. */
export function budouxPhraseEnds(text: string): number[] {
  const known = readCache()[text]
  if (known)
    return known
  parser ??= (require('budoux') as { loadDefaultSimplifiedChineseParser: () => { parse: (text: string) => string[] } }).loadDefaultSimplifiedChineseParser()
  const ends: number[] = []
  let offset = 0
  for (const phrase of parser.parse(text)) {
    offset += phrase.length
    ends.push(offset)
  }
  cache![text] = ends
  if (!unsaved) {
    unsaved = true
    setTimeout(saveBudouxCache, 1000).unref()
  }
  return ends
}

process.once('exit', saveBudouxCache)
