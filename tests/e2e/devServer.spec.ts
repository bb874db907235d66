import type { ChildProcess } from 'node:child_process'
import { execFile, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { paceSeconds } from '../../components/pacing/pace'
import { REHEARSAL_ENDPOINT } from '../../components/pacing/rehearsalRecord'
import { scriptCommand } from '../../scripts/project/scriptCommand'
import { unitMagnitude } from '../../scripts/edition/index'
import { DECK_PATH, readDeck, TEST_EDITIONS, validChartSlides } from '../support/deckSource'
import { freePort, listeningAddresses, LOOPBACK, startDevServer } from '../support/devServer'
import { openPdf, pageTexts } from '../support/pdfInspect'
import { edit, writeScratchEntry } from '../support/scratchDeck'
import { settle, watchPage } from './pageWatch'
import { expectIssueTimes, ON_SLIDE_1, ON_SLIDE_2, openPresenter, plan, rehearseFirstSlides } from './rehearsalSteps'

/**
 * Slidev's dev server, on a free port (so two checkouts can test at once):
 * - `slidev`, as `npm run dev` starts it, on localhost only;
 * - `npm run export -- --watch` on a hidden copy of slides.md (so a test can
 *   save a change to it), which runs that same dev server (Slidev's
 *   createServer with the project's Vite config) and keeps a PDF in step with
 *   every save. The presenter's checks in the browser run on the dev server it
 *   started: a dev server's cold start (compiling the client and every slide)
 *   is the slow part, paid once.
 */

const ROOT = resolve(import.meta.dirname, '../..')

test.describe.configure({ mode: 'default' })

test('`slidev`, as npm run dev starts it, serves the deck on localhost only, and the English edition under /en/ from the same address, with its hot-reload socket', async ({ page }) => {
  test.setTimeout(150_000)
  // slides.md itself: this test saves nothing to it.
  const [source, translation] = TEST_EDITIONS
  expect(translation, 'the deck has a second edition (slides.en.md)').toBeTruthy()
  const port = await freePort()
  const server = await startDevServer(port)
  try {
    expect(await (await fetch(server.url)).text()).toContain('id="app"')
    const addresses = listeningAddresses(port)
    expect(addresses.length).toBeGreaterThan(0)
    expect(addresses.filter(address => !LOOPBACK.has(address))).toEqual([])
    // The English edition's own dev server starts when /en/ is first asked for. Its page, and the modules Slidev
    // makes of a slide, come through this address (read directly: a whole page would compile the client again,
    // which the live export's tests below already show in a browser).
    const english = `${server.url}${translation.prefix.replace(/^\//, '')}`
    expect(await (await fetch(`${english}2`)).text()).toMatch(/<html[^>]* lang="en"/)
    // Slide 2's text is the translation's, its numbers the source's, merged as the build merges them.
    const heading = translation.slides[1].content.match(/^# (.+)$/m)![1]
    expect(await slideModule(english, 2, 'md')).toContain(JSON.stringify(heading).slice(1, -1))
    // A chart in 万 or 亿 where there is one: its English values are the source's, converted.
    const sourceChart = validChartSlides(source.slides).find(slide => unitMagnitude(slide.spec.series.unit) > 1) ?? validChartSlides(source.slides)[0]
    const chart = validChartSlides(translation.slides).find(slide => slide.no === sourceChart.no)!
    expect(await slideModule(english, chart.no, 'frontmatter')).toContain(JSON.stringify(chart.spec.series.values))
    // Its hot-reload socket, as the page's Vite client opens it, reaches the English server through this address too.
    const watch = watchPage(page)
    await page.goto(`${english}@vite/client`)
    const connected = page.waitForEvent('console', { predicate: message => /\[vite\] connected/.test(message.text()), timeout: 60_000 })
    await page.evaluate(client => import(client), `${english}@vite/client`)
    await connected
    expect(watch.take()).toEqual([])
  }
  finally {
    server.stop()
  }
})

test.describe('the live export and its dev server', () => {
  const BROKEN = '\n\n<div class="live-export-unclosed">\n'
  /** How often the test looks at the output and the PDF: cheap checks, so a change is seen within 100 ms. */
  const POLL = { intervals: [100] }

  let child: ChildProcess
  let exited: Promise<number | null>
  let entry: string
  /** The scratch deck's English edition, once a test has written it. */
  let englishEntry: string | undefined
  let original: string
  let out: string
  let pdf: string
  /** The dev server the live export started. */
  let url: string
  /**
   * One browser context for the tests on that dev server, as a presenter keeps
   * one browser open: its cache holds the modules the dev server compiled, so a
   * page after the first does not fetch and parse them all again.
   */
  let context: BrowserContext
  let page: Page
  let output = ''
  /** When the watch last printed anything (performance.now()). */
  let lastOutput = 0

  const outputHas = (pattern: RegExp, from: number) => expect.poll(() => pattern.test(output.slice(from)), { ...POLL, timeout: 90_000, message: `waiting for ${pattern} in the output` }).toBe(true)
  /** Until the watch has printed nothing for `ms`. */
  const quiet = (ms: number) => expect.poll(() => performance.now() - lastOutput >= ms, { ...POLL, timeout: 60_000, message: `waiting for ${ms} ms without output` }).toBe(true)

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000)
    original = await readFile(DECK_PATH, 'utf8')
    entry = await writeScratchEntry('live', original)
    out = mkdtempSync(join(tmpdir(), 'deck-live-'))
    pdf = join(out, 'slides.pdf')
    child = spawn(...scriptCommand('export', ['pdf', '--watch', '--entry', entry, '--out', out]), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, DECK_EXPORT_TIMEOUT: '90000' } })
    const read = (chunk: Buffer) => {
      output += chunk
      lastOutput = performance.now()
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
    await outputHas(/waiting for saves/, 0)
    url = /dev server (http:\/\/\S+\/),/.exec(output)![1]
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'zh-CN' })
    page = await context.newPage()
  })

  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus)
      console.log(`live export output:\n${output}`)
  })

  test.afterAll(async () => {
    await context?.close()
    if (child && child.exitCode === null)
      process.kill(-child.pid!, 'SIGKILL')
    if (entry)
      await rm(entry, { force: true })
    if (englishEntry)
      await rm(englishEntry, { force: true })
    if (out)
      rmSync(out, { recursive: true, force: true })
  })

  test('the dev server listens on localhost only, and serves the deck with no request beyond localhost and no error', async () => {
    const addresses = listeningAddresses(Number(new URL(url).port))
    expect(addresses.length).toBeGreaterThan(0)
    expect(addresses.filter(address => !LOOPBACK.has(address))).toEqual([])
    const watch = watchPage(page)
    await page.goto(`${url}1`)
    await settle(page, 1)
    await page.waitForLoadState('networkidle')
    // On to other layouts and the first chart as a presenter moves on: in the page, not by loading it again.
    for (const no of [5, 2]) {
      await page.evaluate(no => (window as unknown as { __slidev__: { nav: { go: (no: number) => Promise<void> } } }).__slidev__.nav.go(no), no)
      // Drawn, with its fonts in.
      await settle(page, no)
    }
    await expect(page.locator('.slidev-page-2 .data-chart')).toHaveAttribute('data-chart-state', 'drawn')
    expect(watch.take()).toEqual([])
  })

  test('a save that misuses a layout shows the problem on that slide, and the save that fixes it clears it', async () => {
    test.setTimeout(120_000)
    const slide = readDeck().find(candidate => candidate.layout === 'tiles')!
    await page.goto(`${url}${slide.no}`)
    await settle(page, slide.no)
    const box = page.locator(`.slidev-page-${slide.no} [role="alert"]`)
    await expect(box).toHaveCount(0)
    try {
      await writeFile(entry, original.replace(/^layout: tiles$/m, 'layout: tile'))
      await expect(box).toContainText('未知的版式「tile」', { timeout: 60_000 })
      await expect(box).toContainText(`第 ${slide.no} 页「${slide.title}」`)
    }
    finally {
      await writeFile(entry, original)
    }
    await expect(box).toHaveCount(0, { timeout: 60_000 })
  })

  test('text that does not fit shows in a box on its slide within seconds of a save, in English and in Chinese, and goes with the fix', async () => {
    test.setTimeout(240_000)
    const [source, translation] = TEST_EDITIONS
    expect(translation, 'the deck has a second edition (slides.en.md)').toBeTruthy()
    // The English edition of the scratch deck: beside it, as slides.en.md is beside slides.md, served under /en/.
    const englishOriginal = await readFile(translation.path, 'utf8')
    englishEntry = await writeScratchEntry('live.en', englishOriginal)
    /** Saves `to`, waits for the slide's fit box to say `expected`, then saves `from` back and waits for the box to be as before. */
    const saveAndFix = async (file: string, from: string, to: string, prefix: string, no: number, expected: string[]) => {
      await page.goto(`${url}${prefix}${no}`)
      await settle(page, no)
      const box = page.locator(`.slidev-page-${no} .fit-problems [role="alert"]`)
      const before = await box.count()
      await expect(box.filter({ hasText: expected[0] })).toHaveCount(0)
      const saved = performance.now()
      try {
        await writeFile(file, to)
        for (const text of expected)
          await expect(box).toContainText(text, { timeout: 20_000 })
        console.log(`fit box on ${prefix}${no}: ${((performance.now() - saved) / 1000).toFixed(2)} s after the save`)
      }
      finally {
        await writeFile(file, from)
      }
      await expect(box.filter({ hasText: expected[0] })).toHaveCount(0, { timeout: 20_000 })
      await expect(box).toHaveCount(before)
    }

    // Chinese: a title eight times as long pushes the cards under it past the footer's rule and the slide's edge.
    const slide = source.slides.find(candidate => candidate.layout === 'cards')!
    const heading = slide.content.match(/^# .+$/m)![0]
    await saveAndFix(entry, original, edit(original, heading, `${heading}${heading.slice(2).repeat(7)}`), '', slide.no, [
      `.scratch-live.md 第 ${slide.no} 页`,
      '压到页脚上',
    ])

    // English: a chart's value axis titled with more than its axis holds (the series' name with its unit).
    const chart = validChartSlides(translation.slides).find(slide => slide.spec.kind !== 'doughnut')!
    const nameLine = chart.frontmatterRaw.split('\n').find(line => /^\s+name:/.test(line))!
    const longName = `${chart.spec.series.name}, counted one by one across every research organisation that took part`
    const englishRaw = chart.frontmatterRaw.replace(nameLine, `${nameLine.match(/^\s+/)![0]}name: ${JSON.stringify(longName)}`)
    // The English edition's own dev server starts when /en/ is first asked for: up before the page counts its seconds.
    expect((await fetch(`${url}en/${chart.no}`)).ok).toBe(true)
    await saveAndFix(englishEntry, englishOriginal, edit(englishOriginal, chart.frontmatterRaw, englishRaw), 'en/', chart.no, [
      `.scratch-live.en.md, slide ${chart.no}, chart.series.name, line `,
      `the axis title “${longName}`,
      'px too long',
    ])
  })

  test('a rehearsal in the dev server\'s presenter view paces the talk and is saved to rehearsals/', async () => {
    test.setTimeout(120_000)
    // The steps stay on slide 1 within its time and on slide 2 past its end.
    expect(ON_SLIDE_1).toBeLessThanOrEqual(plan.slides[0].plannedSeconds)
    expect(ON_SLIDE_1 + ON_SLIDE_2).toBeGreaterThan(plan.slides[1].endSeconds)
    const existsBefore = existsSync(resolve(ROOT, 'rehearsals'))
    await openPresenter(page, url)
    await rehearseFirstSlides(page)

    const saved = page.waitForResponse(response => response.url().endsWith(REHEARSAL_ENDPOINT))
    const end = page.getByRole('button', { name: '结束排练' })
    await end.click()
    const reply = await (await saved).json() as { ok: boolean, file: string }
    expect(reply).toMatchObject({ ok: true, file: expect.stringMatching(/^rehearsals\/\d{4}-\d\d-\d\dT[\d-]+Z\.json$/) })
    const file = resolve(ROOT, reply.file)
    try {
      await expect(end).not.toBeFocused()
      await expect(page.locator('.rehearsal-message')).toHaveText(`已保存 ${reply.file}`)
      await expect(page.locator('.pace-status')).toHaveAttribute('data-pace-seconds', String(paceSeconds(plan.slides[2], ON_SLIDE_1 + ON_SLIDE_2)))
      expectIssueTimes(JSON.parse(readFileSync(file, 'utf8')))

      const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'rehearsal'], { cwd: ROOT })
      expect(stdout).toContain(`排练记录 ${reply.file}`)
      const slide2 = plan.slides[1]
      expect(stdout).toMatch(new RegExp(`^\\s+2\\s+${slide2.plannedSeconds}\\s+${ON_SLIDE_2}\\s+\\+${ON_SLIDE_2 - slide2.plannedSeconds}\\s+1\\s+${slide2.title}$`, 'm'))
    }
    finally {
      rmSync(file, { force: true })
      if (!existsBefore && readdirSync(dirname(file)).length === 0)
        rmdirSync(dirname(file))
    }
  })

  // Last: it ends the live export.
  test('the watched PDF follows each save, survives a broken one and stops on Ctrl-C', async () => {
    test.setTimeout(240_000)
    const heading = firstHeading(original)
    // No page of the tests above follows the saves below.
    await context.close()
    // Whatever the saves above printed has been printed.
    await quiet(2_000)
    expect(existsSync(pdf)).toBe(true)
    expect(await pdfText(pdf)).not.toContain('LIVE1')

    // A one-slide text edit: the PDF on disk follows.
    let mark = output.length
    const saved = performance.now()
    await writeFile(entry, edit(original, heading, `${heading} LIVE1`))
    await pdfShows(pdf, 'LIVE1', POLL)
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
    await pdfShows(pdf, 'LIVE3', POLL)

    // Ctrl-C stops the server and the browser, and exits with 0.
    mark = output.length
    // Ctrl-C in a terminal signals the whole foreground process group.
    process.kill(-child.pid!, 'SIGINT')
    expect(await exited).toBe(0)
    expect(output.slice(mark)).toMatch(/stopped\./)
  })
})

/**
 * The code a dev server compiled for slide `no`'s Markdown (`md`) or frontmatter (`frontmatter`): Slidev's module
 * for it (/@slidev/slides/N/…) re-exports the compiled one, which is fetched in turn.
 */
async function slideModule(base: string, no: number, part: 'md' | 'frontmatter'): Promise<string> {
  const reexport = await (await fetch(`${base}@slidev/slides/${no}/${part}`)).text()
  const compiled = /from "(\/[^"]+\?import)"/.exec(reexport)?.[1]
  expect(compiled, `slide ${no}'s ${part} module names the compiled one:\n${reexport.slice(0, 200)}`).toBeTruthy()
  return (await fetch(new URL(compiled!, base))).text()
}

async function pdfText(path: string): Promise<string> {
  const doc = await openPdf(path)
  const pages = await pageTexts(doc)
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

/**
 * Until the PDF's text contains `text`: read again only when the file
 * changed (it is swapped in atomically), so polling often stays cheap.
 */
async function pdfShows(path: string, text: string, poll: { intervals: number[] }): Promise<void> {
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
  }, { ...poll, timeout: 60_000, message: `waiting for "${text}" in the PDF` }).toBe(true)
}
