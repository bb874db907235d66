import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { DECK_PATH } from '../support/deckSource'
import { openPdf, pageText } from '../support/pdfInspect'
import { edit, writeScratchEntry } from '../support/scratchDeck'
import { tsxCommand } from '../../scripts/project/tsxCommand'

/**
 * `npm run export -- --watch` on a hidden copy of slides.md: the PDF follows
 * a text edit, a save that breaks the deck keeps the last good PDF, the next
 * good save recovers, and Ctrl-C (SIGINT) stops it cleanly.
 */

const ROOT = resolve(import.meta.dirname, '../..')
const BROKEN = '\n\n<div class="live-export-unclosed">\n'

async function pdfText(path: string): Promise<string> {
  const doc = await openPdf(path)
  const pages: string[] = []
  for (let no = 1; no <= doc.numPages; no++)
    pages.push(await pageText(doc, no))
  await doc.destroy()
  return pages.join('\n')
}

/** The first slide heading in the deck, whatever its text: the line to edit. */
function firstHeading(markdown: string): string {
  const heading = /^# .+$/m.exec(markdown)?.[0]
  if (!heading)
    throw new Error('slides.md has no "# " heading to edit')
  return heading
}

let child: ChildProcess | undefined
let entry: string | undefined
let out: string | undefined
let output = ''
/** When the watch last printed anything (performance.now()). */
let lastOutput = 0

/** How often the test looks at the output and the PDF: cheap checks, so a change is seen within 100 ms. */
const POLL = { intervals: [100] }

/**
 * The PDF's text once it contains `text`: read again only when the file
 * changed (it is swapped in atomically), so polling often stays cheap.
 */
async function pdfShows(path: string, text: string): Promise<void> {
  let read = ''
  let shown = ''
  await expect.poll(async () => {
    const stat = existsSync(path) ? statSync(path) : undefined
    const version = stat ? `${stat.ino}:${stat.mtimeMs}` : ''
    if (version && version !== read) {
      read = version
      shown = await pdfText(path)
    }
    return shown.includes(text)
  }, { ...POLL, timeout: 60_000, message: `waiting for "${text}" in the PDF` }).toBe(true)
}

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus)
    console.log(`live export output:\n${output}`)
})

test.afterAll(async () => {
  if (child && child.exitCode === null)
    process.kill(-child.pid!, 'SIGKILL')
  if (entry)
    await rm(entry, { force: true })
  if (out)
    rmSync(out, { recursive: true, force: true })
})

test('the watched PDF follows each save, survives a broken one and stops on Ctrl-C', async () => {
  test.setTimeout(240_000)
  output = ''
  const original = await readFile(DECK_PATH, 'utf8')
  const heading = firstHeading(original)
  entry = await writeScratchEntry('live', original)
  out = mkdtempSync(join(tmpdir(), 'deck-live-'))
  const pdf = join(out, 'slides.pdf')
  child = spawn(...tsxCommand('scripts/export.ts', ['pdf', '--watch', '--entry', entry, '--out', out]), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, DECK_EXPORT_TIMEOUT: '90000' } })
  const read = (chunk: Buffer) => {
    output += chunk
    lastOutput = performance.now()
  }
  child.stdout!.on('data', read)
  child.stderr!.on('data', read)
  const exited = new Promise<number | null>(resolve => child!.on('exit', code => resolve(code)))
  /** Until the watch has printed nothing for `ms`. */
  const quiet = (ms: number) => expect.poll(() => performance.now() - lastOutput >= ms, { ...POLL, timeout: 60_000, message: `waiting for ${ms} ms without output` }).toBe(true)
  const outputHas = (pattern: RegExp, from: number) => expect.poll(() => pattern.test(output.slice(from)), { ...POLL, timeout: 90_000, message: `waiting for ${pattern} in the output` }).toBe(true)

  await outputHas(/waiting for saves/, 0)
  expect(existsSync(pdf)).toBe(true)
  expect(await pdfText(pdf)).not.toContain('LIVE1')

  // A one-slide text edit: the PDF on disk follows.
  let mark = output.length
  const saved = performance.now()
  await writeFile(entry, edit(original, heading, `${heading} LIVE1`))
  await pdfShows(pdf, 'LIVE1')
  console.log(`live export: new PDF ${((performance.now() - saved) / 1000).toFixed(2)} s after the save`)
  await outputHas(/slides\.pdf refreshed in \d+\.\d+ s/, mark)

  // A save that breaks the deck: the error is printed, the last good PDF stays.
  // (Let the refreshes of the good save end first: a late style update may print it once more.)
  await quiet(2_000)
  const good = readFileSync(pdf)
  const goodTime = statSync(pdf).mtimeMs
  mark = output.length
  await writeFile(entry, edit(original, heading, `${heading} LIVE2${BROKEN}`))
  await outputHas(/kept the last good PDF[\s\S]*Element is missing end tag/, mark)
  expect(statSync(pdf).mtimeMs).toBe(goodTime)
  expect(readFileSync(pdf).equals(good)).toBe(true)

  // The next good save recovers.
  await writeFile(entry, edit(original, heading, `${heading} LIVE3`))
  await pdfShows(pdf, 'LIVE3')

  // Ctrl-C stops the server and the browser, and exits with 0.
  mark = output.length
  // Ctrl-C in a terminal signals the whole foreground process group.
  process.kill(-child.pid!, 'SIGINT')
  expect(await exited).toBe(0)
  expect(output.slice(mark)).toMatch(/stopped\./)
})
