import type { DevServer } from '../support/devServer'
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { paceSeconds } from '../../components/pacing/pace'
import { REHEARSAL_ENDPOINT } from '../../components/pacing/rehearsalRecord'
import { DECK_PATH, readDeck } from '../support/deckSource'
import { freePort, startDevServer } from '../support/devServer'
import { writeScratchEntry } from '../support/scratchDeck'
import { settle, watchPage } from './pageWatch'
import { expectIssueTimes, ON_SLIDE_1, ON_SLIDE_2, openPresenter, plan, rehearseFirstSlides } from './rehearsalSteps'

const ROOT = resolve(import.meta.dirname, '../..')

/** A free port, chosen when the server starts: two checkouts can test at once. */
let PORT: number

/** The local addresses listening on `port`, read from the kernel's socket tables (Linux). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) => {
    const rows = readFileSync(table, 'utf8').trim().split('\n').slice(1)
    return rows
      .map(row => row.trim().split(/\s+/))
      .filter(([, local, , state]) => state === '0A' && local.endsWith(`:${hexPort}`))
      .map(([, local]) => local.split(':')[0])
  })
}

const LOOPBACK = new Set(['0100007F', '00000000000000000000000001000000'])

/**
 * Everything that needs Slidev's dev server shares one: a cold start (Vite
 * pre-bundling and compiling the client) is the slow part, paid once here.
 */
let server: DevServer
/** The deck the server shows: a copy of slides.md beside it, so a test can save a change to it. */
let entry: string

test.describe.configure({ mode: 'default' })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  entry = await writeScratchEntry('dev', await readFile(DECK_PATH, 'utf8'))
  PORT = await freePort()
  server = await startDevServer(PORT, entry)
})

test.afterAll(async () => {
  server?.stop()
  await rm(entry, { force: true })
})

test('the dev server listens on localhost only', () => {
  const addresses = listeningAddresses(PORT)
  expect(addresses.length).toBeGreaterThan(0)
  expect(addresses.filter(address => !LOOPBACK.has(address))).toEqual([])
})

test('the dev server serves the deck with no request beyond localhost and no error', async ({ page }) => {
  test.setTimeout(120_000)
  const watch = watchPage(page)
  for (const no of [1, 5, 2]) {
    await page.goto(`http://localhost:${PORT}/${no}`)
    await settle(page, no)
    await page.waitForLoadState('networkidle')
  }
  await expect(page.locator('.slidev-page-2 .data-chart')).toHaveAttribute('data-chart-state', 'drawn')
  expect(watch.take()).toEqual([])
})

test('a save that misuses a layout shows the problem on that slide, and the save that fixes it clears it', async ({ page }) => {
  test.setTimeout(120_000)
  const slide = readDeck().find(candidate => candidate.layout === 'tiles')!
  await page.goto(`${server.url}${slide.no}`)
  await settle(page, slide.no)
  const box = page.locator(`.slidev-page-${slide.no} [role="alert"]`)
  await expect(box).toHaveCount(0)
  const original = await readFile(entry, 'utf8')
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

test.describe('rehearsal', () => {
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000)
    // The first visit to the presenter view makes Vite optimise its dependencies and reload; have that happen before the test.
    const page = await browser.newPage()
    await page.goto(`${server.url}presenter/1`)
    await page.locator('.pace-panel').waitFor({ timeout: 90_000 })
    await page.waitForLoadState('networkidle')
    await page.close()
  })

  test('a rehearsal in the dev server\'s presenter view paces the talk and is saved to rehearsals/', async ({ page }) => {
    test.setTimeout(120_000)
    // The steps stay on slide 1 within its time and on slide 2 past its end.
    expect(ON_SLIDE_1).toBeLessThanOrEqual(plan.slides[0].plannedSeconds)
    expect(ON_SLIDE_1 + ON_SLIDE_2).toBeGreaterThan(plan.slides[1].endSeconds)
    const existsBefore = existsSync(resolve(ROOT, 'rehearsals'))
    await openPresenter(page, server.url)
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
})
