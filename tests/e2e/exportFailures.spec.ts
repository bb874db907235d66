import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { readDeckInfo } from '../../scripts/project/deckInfo'
import { captureSlides } from '../../scripts/export/slidePictures'
import { openPrintView } from '../../scripts/export/printView'
import { scriptCommand } from '../../scripts/project/scriptCommand'
import { paintLineEndSpaces } from '../../scripts/export/pdf/index'
import { TEST_EDITIONS, validChartSlides } from '../support/deckSource'

const ROOT = resolve(import.meta.dirname, '../..')
const info = readDeckInfo()
/** The deck's first chart slide, whichever it is. */
const firstChart = info.slides.find(slide => slide.no === validChartSlides()[0].no)!

test('with no browser, the export says what to install and writes nothing', async () => {
  const out = await mkdtemp(join(tmpdir(), 'deck-no-browser-'))
  try {
    const result = await promisify(execFile)(...scriptCommand('export', ['pdf', '--out', out]), {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    }).then(() => ({ code: 0, stderr: '' }), (error: { code: number, stderr: string }) => error)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('apt-get install -y chromium')
    expect(result.stderr).toContain('CHROMIUM_PATH=/nonexistent/chromium')
    expect(await readdir(out)).toEqual([])
  }
  finally {
    await rm(out, { recursive: true, force: true })
  }
})

test('a slide that never finishes drawing stops the export with its number and title', async ({ browser, baseURL }) => {
  let held: Page | undefined
  try {
    const attempt = openPrintView(browser, baseURL!, info, {
      timeout: 3_000,
      // Hold back the chart code for good: the first chart slide can never draw.
      beforeLoad: async (page) => {
        held = page
        await page.route(/ChartCanvas-.*\.js$/, () => {})
      },
    })
    await expect(attempt).rejects.toThrow(`第 ${firstChart.no} 页「${firstChart.title}」在 3 秒内没有画完`)
  }
  finally {
    await held?.context().close()
  }
})

test('a chart page exported at once is pixel-identical to one exported after a long wait', async ({ browser, baseURL }) => {
  const page = await openPrintView(browser, baseURL!, info, { scale: 1 })
  try {
    const chartSlides = { ...info, slides: info.slides.filter(slide => slide.no === firstChart.no) }
    const [atOnce] = await captureSlides(page, chartSlides)
    await page.waitForTimeout(3_000)
    const [later] = await captureSlides(page, chartSlides)
    expect(atOnce.png.equals(later.png)).toBe(true)
  }
  finally {
    await page.context().close()
  }
})

test('painting the spaces wrapped lines end on moves no text, and the print view comes back as it was', async ({ browser, baseURL }) => {
  // English wraps at spaces on every slide: its print view is the test.
  const edition = TEST_EDITIONS.at(-1)!
  const page = await openPrintView(browser, `${baseURL!}${edition.prefix}`, readDeckInfo(edition.path), { scale: 1 })
  try {
    /** The box of every element of the slides (those the painting adds left out), in document order, and the print view's HTML. */
    const layout = () => page.evaluate(() => ({
      boxes: [...document.querySelectorAll('#print-content .slidev-layout *:not([data-line-end-space], [data-line-end-text])')]
        .map((el) => {
          const box = el.getBoundingClientRect()
          // Where it starts and how tall it is: an inline element's box may widen by the hanging space it now holds.
          return `${el.tagName}.${el.className} “${(el.textContent ?? '').slice(0, 24)}” at ${Math.round(box.x)},${Math.round(box.y)}, ${Math.round(box.height)} high`
        }),
      html: document.querySelector('#print-content')!.innerHTML,
    }))
    const before = await layout()
    const restore = await paintLineEndSpaces(page)
    const painted = await page.locator('[data-line-end-space]').count()
    expect(painted, 'the English print view has lines that wrap at a space').toBeGreaterThan(0)
    const during = await layout()
    expect(during.boxes.flatMap((box, index) => box === before.boxes[index] ? [] : [`${before.boxes[index]} → ${box}`]).slice(0, 5)).toEqual([])
    expect(during.boxes.length).toBe(before.boxes.length)
    await restore()
    expect((await layout()).html).toBe(before.html)
  }
  finally {
    await page.context().close()
  }
})
