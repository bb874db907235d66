import type { Page } from '@playwright/test'
import type { DevServer } from '../support/devServer'
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { promisify } from 'node:util'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { describePace, describeRemaining, paceSeconds } from '../../components/pacing/pace'
import { REHEARSAL_ENDPOINT, validateRehearsalRecord } from '../../components/pacing/rehearsalRecord'
import { formatClock } from '../../components/pacing/talkPlan'
import { readTalkPlan } from '../../scripts/lib/talkPlanSource'
import { DECK_PATH } from '../support/deckSource'
import { freePort, startDevServer } from '../support/devServer'

const ROOT = resolve(import.meta.dirname, '../..')
const planResult = readTalkPlan(DECK_PATH)
if (!planResult.ok)
  throw new Error(planResult.problems.join('\n'))
const plan = planResult.plan

/** Rehearsal times of the issue: 20 s on slide 1, 100 s on slide 2, then slide 3. */
const ON_SLIDE_1 = 20
const ON_SLIDE_2 = 100

const CLOCK_START = Date.parse('2026-11-28T09:00:00Z')

/** The presenter view of a slide on a fake clock, before any timing. */
async function openPresenter(page: Page, base: string, slideNo = 1) {
  await page.clock.install({ time: CLOCK_START })
  await page.goto(`${base}presenter/${slideNo}`)
  await expect(page.locator('.pace-status')).toHaveText('未开始计时', { timeout: 60_000 })
}

async function expectPace(page: Page, slideNo: number, elapsed: number) {
  const expected = paceSeconds(plan.slides[slideNo - 1], elapsed)
  const status = page.locator('.pace-status[role="status"]')
  await expect(status).toHaveAttribute('data-pace-seconds', String(expected))
  await expect(status).toHaveText(describePace(expected))
  await expect(page.locator('.pace-slide-planned')).toHaveText(formatClock(plan.slides[slideNo - 1].plannedSeconds))
  await expect(page.locator('.pace-remaining')).toHaveText(describeRemaining(plan, elapsed))
  return expected
}

/** Starts a rehearsal and spends the issue's times on slides 1 and 2, moving on with the keyboard. */
async function rehearseFirstSlides(page: Page) {
  // From here on the clock moves only when told.
  await page.clock.pauseAt(CLOCK_START + 10 * 60_000)
  const start = page.getByRole('button', { name: '开始排练' })
  await start.click()
  await expect(start).not.toBeFocused()
  await page.clock.runFor(ON_SLIDE_1 * 1000)
  expect(await expectPace(page, 1, ON_SLIDE_1)).toBe(0)

  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/presenter\/2$/)
  await page.clock.runFor(ON_SLIDE_2 * 1000)
  expect(await expectPace(page, 2, ON_SLIDE_1 + ON_SLIDE_2)).toBe(ON_SLIDE_1 + ON_SLIDE_2 - plan.slides[1].endSeconds)

  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/\/presenter\/3$/)
  await expectPace(page, 3, ON_SLIDE_1 + ON_SLIDE_2)
}

function expectIssueTimes(record: unknown) {
  const result = validateRehearsalRecord(record)
  expect(result.ok ? [] : result.problems).toEqual([])
  const slides = result.ok ? result.record.slides : []
  expect(slides.map(s => s.title)).toEqual(plan.slides.map(s => s.title))
  expect(slides.slice(0, 3).map(s => [s.actualSeconds, s.visits])).toEqual([[ON_SLIDE_1, 1], [ON_SLIDE_2, 1], [0, 1]])
  expect(slides.slice(3).every(s => s.actualSeconds === 0 && s.visits === 0)).toBe(true)
}

test.describe('on the dev server', () => {
  let server: DevServer

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000)
    server = await startDevServer(await freePort())
    // The first visit makes Vite optimise the presenter's dependencies and reload; have that happen before the test.
    const page = await browser.newPage()
    await page.goto(`${server.url}presenter/1`)
    await page.locator('.pace-panel').waitFor({ timeout: 90_000 })
    await page.waitForLoadState('networkidle')
    await page.close()
  })

  test.afterAll(() => server?.stop())

  test('a rehearsal in the dev server\'s presenter view paces the talk and is saved to rehearsals/', async ({ page }) => {
    test.setTimeout(120_000)
    expect(plan.slides[1].endSeconds).toBe(90)
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

test('in the static build, the rehearsal record downloads as a file', async ({ page }) => {
  test.setTimeout(120_000)
  await openPresenter(page, '/')
  await rehearseFirstSlides(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '结束排练' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^rehearsal-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/)
  expectIssueTimes(JSON.parse(readFileSync(await file.path(), 'utf8')))
  await expect(page.locator('.rehearsal-message')).toHaveText(`已下载 ${file.suggestedFilename()}`)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`presenter view, ${scheme}: ahead, on plan and behind all read at AA contrast`, async ({ page }) => {
    // axe needs running timers, so the fake clock runs here and jumps ahead; each state holds for 25 s or more.
    const slide2 = plan.slides[1]
    await page.emulateMedia({ colorScheme: scheme })
    await openPresenter(page, '/', 2)
    await page.getByRole('button', { name: '开始排练' }).click()
    const pace = page.locator('.pace-status')
    const contrastProblems = async () => (await new AxeBuilder({ page }).include('.pace-panel').withRules(['color-contrast']).analyze())
      .violations.flatMap(v => v.nodes.map(n => `${n.target.join(' ')}: ${n.failureSummary}`))
    const seen: Array<[string, string[]]> = []
    await expect(pace).toHaveText(/^提前 /)
    seen.push(['提前', await contrastProblems()])
    await page.clock.fastForward((slide2.startSeconds + slide2.endSeconds) / 2 * 1000)
    await expect(pace).toHaveText('按计划')
    seen.push(['按计划', await contrastProblems()])
    await page.clock.fastForward(slide2.plannedSeconds * 1000)
    await expect(pace).toHaveText(/^落后 /)
    seen.push(['落后', await contrastProblems()])
    expect(seen).toEqual([['提前', []], ['按计划', []], ['落后', []]])
  })
}

test('the audience view shows no pacing and no rehearsal controls', async ({ page }) => {
  for (const path of ['1', '2']) {
    await page.goto(path)
    await page.locator(`.slidev-page-${path} .slidev-layout`).first().waitFor()
    await expect(page.locator('.pace-panel')).toHaveCount(0)
    await expect(page.getByText('开始排练')).toHaveCount(0)
  }
  await page.goto('presenter/1')
  await expect(page.locator('.pace-panel')).toHaveCount(1)
})
