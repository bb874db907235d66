import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAtomically } from '../atomicWrite'
import type { DeckInfo } from '../../project/index'
import { PROJECT_ROOT } from '../../project/index'

/** How many finished PDFs the cache keeps (the most recently used). */
const KEEP = 24
/** A file in the cache folder that no kept entry owns (a PDF whose date was never written, a killed export's partial file) goes after this long. */
const STRAY_AGE_MS = 10 * 60_000

export type FinishPdf = (printed: Uint8Array, info: DeckInfo, now: Date) => Promise<Uint8Array>

export interface FinishCacheOptions {
  /** What finishes a print: withMetadata, loaded (with pdf-lib) only when the cache has no finished PDF. */
  finish?: FinishPdf
  /** Where finished PDFs are kept, by key. */
  dir?: string
  /** Changes whenever the finishing code does: part of the key. */
  codeVersion?: string
  /** The date the finished PDF says it was made. */
  now?: Date
  /** False: finish afresh and leave the cache as it is. Default: on unless DECK_PDF_FINISH_CACHE is 0, false, off or no. */
  useCache?: boolean
}

export const FINISH_CACHE_DIR = join(PROJECT_ROOT, 'node_modules/.cache/deck-pdf-finish')

/**
 * The dates withMetadata writes, as they appear in its output: the Info
 * dictionary's (to the second) and the XMP packet's (ISO 8601, to the
 * millisecond). Both have a fixed length, so one date can take another's place.
 */
export function finishedDateStrings(date: Date): [string, string] {
  const iso = date.toISOString()
  return [`D:${iso.slice(0, 19).replace(/[-T:]/g, '')}Z`, iso]
}

/**
 * A finished PDF re-dated from `from` to `to`, byte for byte what finishing
 * it at `to` writes: each date string is replaced in place by one of the same
 * length, so no offset in the file moves. Undefined when a date string is not
 * where it should be (the cached file is then not used).
 */
export function redateFinishedPdf(pdf: Uint8Array, from: Date, to: Date): Uint8Array | undefined {
  const output = Buffer.from(pdf)
  const targets = finishedDateStrings(to)
  for (const [index, old] of finishedDateStrings(from).entries()) {
    const replacement = Buffer.from(targets[index], 'latin1')
    const needle = Buffer.from(old, 'latin1')
    if (needle.length !== replacement.length)
      return undefined
    let at = output.indexOf(needle)
    if (at < 0)
      return undefined
    for (; at >= 0; at = output.indexOf(needle, at + needle.length))
      replacement.copy(output, at)
  }
  return output
}

/**
 * Chromium stamps each print with its time (CreationDate and ModDate in the
 * Info dictionary); nothing else differs when the same pages print twice.
 * The print with those two dates blanked, for the key.
 */
export function withoutPrintDates(printed: Uint8Array): Buffer {
  const bytes = Buffer.from(printed)
  for (const name of ['/CreationDate (D:', '/ModDate (D:']) {
    const at = bytes.indexOf(name, 0, 'latin1')
    const end = at < 0 ? -1 : bytes.indexOf(')', at, 'latin1')
    // Only a date (D:YYYYMMDDHHmmSS+HH'mm'): anything else stays in the key, so two different prints never share one.
    if (end >= 0 && /^[\d+\-Z']{1,23}$/.test(bytes.toString('latin1', at + name.length, end)))
      bytes.fill(0x20, at + name.length, end)
  }
  return bytes
}

/** The cache key: the finishing code (with the zlib that compresses its streams), the deck's metadata and the print itself. */
export function finishKey(printed: Uint8Array, info: DeckInfo, codeVersion: string): string {
  return createHash('sha256').update(codeVersion).update(`\0zlib ${process.versions.zlib}\0`).update(JSON.stringify(info)).update('\0').update(withoutPrintDates(printed)).digest('hex')
}

/** The finishing code's version: its sources (scripts/export/pdf/) and the pdf-lib it runs on. */
export function finishCodeVersion(root = PROJECT_ROOT): string {
  const hash = createHash('sha256')
  const folder = join(root, 'scripts/export/pdf')
  for (const name of readdirSync(folder).filter(name => name.endsWith('.ts')).sort())
    hash.update(name).update(readFileSync(join(folder, name)))
  hash.update(readFileSync(join(root, 'node_modules/pdf-lib/package.json')))
  return hash.digest('hex')
}

/**
 * Finishes a print (withMetadata), or takes the finished PDF of an identical
 * print from the cache (re-dated to now: the same bytes `finish` would
 * write) without loading pdf-lib. A cache that cannot be read or written is passed by: the PDF is
 * then finished as usual.
 */
export async function finishWithCache(printed: Uint8Array, info: DeckInfo, options: FinishCacheOptions = {}): Promise<{ pdf: Uint8Array, reused: boolean }> {
  const { dir = FINISH_CACHE_DIR, now = new Date(), finish = finishWithPdfLib, useCache = !/^(?:0|false|off|no)$/i.test(process.env.DECK_PDF_FINISH_CACHE ?? '') } = options
  if (!useCache)
    return { pdf: await finish(printed, info, now), reused: false }
  let key: string | undefined
  try {
    key = finishKey(printed, info, options.codeVersion ?? finishCodeVersion())
    const reused = readCached(dir, key, now)
    if (reused)
      return { pdf: reused, reused: true }
  }
  catch {
    // An unreadable cache: finish the PDF as usual.
  }
  const pdf = await finish(printed, info, now)
  if (key) {
    try {
      await writeAtomically(join(dir, `${key}.pdf`), pdf)
      // The date last: a reader that finds it finds the whole PDF beside it.
      await writeAtomically(join(dir, `${key}.json`), JSON.stringify({ date: now.toISOString() }))
      await prune(dir)
    }
    catch {
      // An unwritable cache: the PDF is written all the same.
    }
  }
  return { pdf, reused: false }
}

const finishWithPdfLib: FinishPdf = async (printed, info, now) => (await import('./pdfMetadata')).withMetadata(printed, info, now)

function readCached(dir: string, key: string, now: Date): Uint8Array | undefined {
  const dateFile = join(dir, `${key}.json`)
  if (!existsSync(dateFile))
    return undefined
  const { date } = JSON.parse(readFileSync(dateFile, 'utf8')) as { date: string }
  const pdf = redateFinishedPdf(readFileSync(join(dir, `${key}.pdf`)), new Date(date), now)
  if (pdf) {
    // Marked as used now (the clock's now, as the writes are: `now` may be any date).
    const used = new Date()
    utimesSync(dateFile, used, used)
  }
  return pdf
}

/** Keeps the KEEP most recently used entries, and removes stray files once they are STRAY_AGE_MS old. */
async function prune(dir: string): Promise<void> {
  const files = readdirSync(dir).map(name => ({ name, changed: statSync(join(dir, name)).mtimeMs }))
  const entries = files.filter(({ name }) => name.endsWith('.json')).sort((a, b) => b.changed - a.changed)
  const pdfOf = (name: string) => name.replace(/\.json$/, '.pdf')
  const kept = new Set(entries.slice(0, KEEP).flatMap(({ name }) => [name, pdfOf(name)]))
  const evicted = new Set(entries.slice(KEEP).flatMap(({ name }) => [name, pdfOf(name)]))
  const strayBefore = Date.now() - STRAY_AGE_MS
  for (const { name, changed } of files) {
    if (evicted.has(name) || (!kept.has(name) && changed < strayBefore))
      await rm(join(dir, name), { force: true })
  }
}
