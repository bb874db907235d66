import type { ScratchDeck } from '../support/scratchDeck'
import { execFile, execFileSync } from 'node:child_process'
import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { chromium, expect, test } from '@playwright/test'
import { readDeckInfo } from '../../scripts/lib/deckInfo'
import { launchOptions } from '../../scripts/lib/findBrowser'
import { writeEditablePptx } from '../../scripts/lib/pptxExport'
import { openPrintView } from '../../scripts/lib/printView'
import { validChartSlides } from '../support/deckSource'
import { buildScratchDeck } from '../support/scratchDeck'
import { tsxCommand } from '../../scripts/lib/tsxCommand'

// What the PPTX export writes is checked in editablePptx.ts, on exports.spec.ts's one export run; here, how it fails.

const ROOT = resolve(import.meta.dirname, '../..')
const run = promisify(execFile)
const charts = validChartSlides()

test('an export into a read-only folder stops with a clear message and writes nothing', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'deck-read-only-'))
  await chmod(folder, 0o555)
  // root ignores file modes; an immutable folder is read-only for root too.
  const immutable = process.getuid?.() === 0
  if (immutable)
    execFileSync('chattr', ['+i', folder])
  try {
    await expect(writeFile(join(folder, 'probe'), ''), 'the folder is read-only').rejects.toThrow()
    const result = await run(...tsxCommand('scripts/export.ts', ['pptx', '--out', folder]), { cwd: ROOT })
      .then(() => ({ code: 0, stderr: '' }), (error: { code: number, stderr: string }) => error)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`无法写入 ${join(folder, 'slides.pptx')}`)
    expect(await readdir(folder)).toEqual([])
  }
  finally {
    if (immutable)
      execFileSync('chattr', ['-i', folder])
    await chmod(folder, 0o755)
    await rm(folder, { recursive: true, force: true })
  }
})

test.describe('with a chart that fails validation', () => {
  let deck: ScratchDeck
  const name = 'pptx-bad-chart'
  const broken = charts[0]

  test.beforeAll(async () => {
    test.setTimeout(180_000)
    // The first chart block of the deck loses its values.
    deck = await buildScratchDeck(name, markdown => markdown.replace(/^(\s+values: )\[[^\]]*\]/m, '$1[]'))
  })

  test.afterAll(async () => {
    await deck?.remove()
  })

  test('the PPTX export stops naming the slide and the field, and writes nothing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'deck-bad-chart-'))
    const deckPath = join(ROOT, `.scratch-${name}.md`)
    const info = readDeckInfo(deckPath)
    const browser = await chromium.launch(launchOptions())
    try {
      const attempt = (async () => {
        const page = await openPrintView(browser, deck.server.url, info, { timeout: 30_000 })
        await writeEditablePptx(page, [], info, join(folder, 'slides.pptx'), { deckPath })
      })()
      await expect(attempt).rejects.toThrow(`第 ${broken.no} 页「${broken.title}」`)
      await expect(attempt).rejects.toThrow('chart.series.values')
      expect(await readdir(folder)).toEqual([])
    }
    finally {
      await browser.close()
      await rm(folder, { recursive: true, force: true })
    }
  })
})
