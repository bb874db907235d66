import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFName } from 'pdf-lib'
import { afterEach, describe, expect, it } from 'vitest'
import type { DeckInfo } from '../../scripts/project/index'
import { finishCodeVersion, finishedDateStrings, finishKey, finishWithCache, redateFinishedPdf, withoutPrintDates } from '../../scripts/export/pdf/finishCache'
import { withMetadata } from '../../scripts/export/pdf/pdfMetadata'

const INFO: DeckInfo = { title: '测试稿', author: '作者', subject: '主题', about: ['关于'], keywords: ['甲', '乙'], lang: 'zh-CN', size: { width: 980, height: 551 }, slides: [] }
const FIRST = new Date('2026-12-03T06:16:02.925Z')
const LATER = new Date('2027-01-15T23:59:59.001Z')

/** A tagged one-page PDF stamped with its print time, as Chromium's are. */
async function print(at: Date, label = 'a'): Promise<Uint8Array> {
  const source = await PDFDocument.create({ updateMetadata: false })
  source.catalog.set(PDFName.of('StructTreeRoot'), source.context.register(source.context.obj({ Type: 'StructTreeRoot', K: [] })))
  source.addPage([100, 100]).drawText(label, { x: 10, y: 10 })
  source.setCreationDate(at)
  source.setModificationDate(at)
  return source.save({ useObjectStreams: false })
}

const folders: string[] = []
function cacheFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'finish-cache-'))
  folders.push(folder)
  return folder
}
afterEach(() => {
  for (const folder of folders.splice(0))
    rmSync(folder, { recursive: true, force: true })
})

describe('finishedDateStrings', () => {
  it('gives the Info dictionary\'s date and the XMP packet\'s', () => {
    expect(finishedDateStrings(FIRST)).toEqual(['D:20261203061602Z', '2026-12-03T06:16:02.925Z'])
  })
})

describe('withoutPrintDates', () => {
  it('makes two prints of the same pages at different times equal, and keeps different pages apart', async () => {
    expect(withoutPrintDates(await print(FIRST)).equals(withoutPrintDates(await print(LATER)))).toBe(true)
    expect(withoutPrintDates(await print(FIRST)).equals(withoutPrintDates(await print(FIRST, 'b')))).toBe(false)
    // Something other than a date after the name is not blanked.
    const odd = (text: string) => withoutPrintDates(Buffer.from(`/CreationDate (D:${text})`, 'latin1')).toString('latin1')
    expect(odd('20261203063846+00\'00\'')).toBe('/CreationDate (D:                     )')
    expect(odd('a page\'s text')).toBe('/CreationDate (D:a page\'s text)')
    expect(finishKey(await print(FIRST), INFO, 'v1')).not.toBe(finishKey(await print(FIRST), { ...INFO, title: '讲义' }, 'v1'))
    expect(finishKey(await print(FIRST), INFO, 'v1')).not.toBe(finishKey(await print(FIRST), INFO, 'v2'))
  })
})

describe('redateFinishedPdf', () => {
  it('turns a PDF finished at one time into the bytes finishing it later writes', async () => {
    const printed = await print(FIRST)
    const redated = redateFinishedPdf(await withMetadata(printed, INFO, FIRST), FIRST, LATER)
    expect(Buffer.from(redated!).equals(Buffer.from(await withMetadata(printed, INFO, LATER)))).toBe(true)
  })

  it('gives nothing when the dates are not in the file', async () => {
    expect(redateFinishedPdf(await withMetadata(await print(FIRST), INFO, FIRST), LATER, FIRST)).toBeUndefined()
  })
})

describe('finishWithCache', () => {
  it('finishes a new print, then reuses it for an identical print made later, re-dated', async () => {
    const dir = cacheFolder()
    let finished = 0
    const finish = (pdf: Uint8Array, info: DeckInfo, now: Date) => {
      finished++
      return withMetadata(pdf, info, now)
    }
    const first = await finishWithCache(await print(FIRST), INFO, { finish, dir, codeVersion: 'v1', now: FIRST })
    expect(first.reused).toBe(false)
    const again = await finishWithCache(await print(LATER), INFO, { finish, dir, codeVersion: 'v1', now: LATER })
    expect(again.reused).toBe(true)
    expect(finished).toBe(1)
    expect(Buffer.from(again.pdf).equals(Buffer.from(await withMetadata(await print(LATER), INFO, LATER)))).toBe(true)
    // Other pages, or other finishing code, are finished afresh.
    expect((await finishWithCache(await print(LATER, 'b'), INFO, { finish, dir, codeVersion: 'v1', now: LATER })).reused).toBe(false)
    expect((await finishWithCache(await print(LATER), INFO, { finish, dir, codeVersion: 'v2', now: LATER })).reused).toBe(false)
    expect(finished).toBe(3)
    // Turned off (DECK_PDF_FINISH_CACHE=0): finished afresh, the cache left as it is.
    const entries = readdirSync(dir).sort()
    expect((await finishWithCache(await print(LATER), INFO, { finish, dir, codeVersion: 'v1', now: LATER, useCache: false })).reused).toBe(false)
    expect(finished).toBe(4)
    expect(readdirSync(dir).sort()).toEqual(entries)
  })

  it('finishes as usual when a cached entry is damaged, and when the cache cannot be written', async () => {
    const dir = cacheFolder()
    await finishWithCache(await print(FIRST), INFO, { finish: withMetadata, dir, codeVersion: 'v1', now: FIRST })
    const [pdfName] = readdirSync(dir).filter(name => name.endsWith('.pdf'))
    writeFileSync(join(dir, pdfName), 'not a finished PDF')
    const damaged = await finishWithCache(await print(LATER), INFO, { finish: withMetadata, dir, codeVersion: 'v1', now: LATER })
    expect(damaged.reused).toBe(false)
    expect((await PDFDocument.load(damaged.pdf)).getTitle()).toBe('测试稿')

    const blocked = join(cacheFolder(), 'a-file')
    writeFileSync(blocked, '')
    const unwritable = await finishWithCache(await print(FIRST), INFO, { finish: withMetadata, dir: join(blocked, 'cache'), codeVersion: 'v1', now: FIRST })
    expect(unwritable.reused).toBe(false)
    expect((await PDFDocument.load(unwritable.pdf)).getTitle()).toBe('测试稿')
  })

  it('keeps the 24 most recently used finished PDFs, and clears stray files once they are old', async () => {
    const dir = cacheFolder()
    const options = { finish: withMetadata, dir, codeVersion: 'v1', now: FIRST }
    for (let label = 0; label < 24; label++)
      await finishWithCache(await print(FIRST, `page ${label}`), INFO, options)
    const old = new Date(Date.now() - 3_600_000)
    writeFileSync(join(dir, '.1-1.partial'), 'a killed export')
    utimesSync(join(dir, '.1-1.partial'), old, old)
    writeFileSync(join(dir, '.2-2.partial'), 'an export under way')
    // Page 0 used again: page 1 is now the least recently used.
    expect((await finishWithCache(await print(LATER, 'page 0'), INFO, options)).reused).toBe(true)
    await finishWithCache(await print(FIRST, 'page 24'), INFO, options)
    expect(readdirSync(dir).filter(name => name.endsWith('.json'))).toHaveLength(24)
    expect(readdirSync(dir).filter(name => name.endsWith('.pdf'))).toHaveLength(24)
    expect((await finishWithCache(await print(LATER, 'page 0'), INFO, options)).reused).toBe(true)
    expect((await finishWithCache(await print(LATER, 'page 1'), INFO, options)).reused).toBe(false)
    expect(readdirSync(dir).filter(name => name.endsWith('.partial'))).toEqual(['.2-2.partial'])
  })

  it('is off when DECK_PDF_FINISH_CACHE says so', async () => {
    const dir = cacheFolder()
    const saved = process.env.DECK_PDF_FINISH_CACHE
    try {
      for (const value of ['0', 'off', 'false', 'NO']) {
        process.env.DECK_PDF_FINISH_CACHE = value
        expect((await finishWithCache(await print(FIRST), INFO, { finish: withMetadata, dir, codeVersion: 'v1', now: FIRST })).reused).toBe(false)
        expect(readdirSync(dir)).toEqual([])
      }
      process.env.DECK_PDF_FINISH_CACHE = '1'
      await finishWithCache(await print(FIRST), INFO, { finish: withMetadata, dir, codeVersion: 'v1', now: FIRST })
      expect(readdirSync(dir)).not.toEqual([])
    }
    finally {
      if (saved === undefined)
        delete process.env.DECK_PDF_FINISH_CACHE
      else
        process.env.DECK_PDF_FINISH_CACHE = saved
    }
  })
})

describe('finishCodeVersion', () => {
  it('changes with the finishing code and with pdf-lib', () => {
    const root = cacheFolder()
    mkdirSync(join(root, 'scripts/export/pdf'), { recursive: true })
    mkdirSync(join(root, 'node_modules/pdf-lib'), { recursive: true })
    writeFileSync(join(root, 'scripts/export/pdf/a.ts'), 'export const a = 1')
    writeFileSync(join(root, 'node_modules/pdf-lib/package.json'), '{"version":"1.17.1"}')
    const first = finishCodeVersion(root)
    writeFileSync(join(root, 'scripts/export/pdf/a.ts'), 'export const a = 2')
    const edited = finishCodeVersion(root)
    writeFileSync(join(root, 'node_modules/pdf-lib/package.json'), '{"version":"1.17.2"}')
    expect(new Set([first, edited, finishCodeVersion(root)]).size).toBe(3)
  })
})
