import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { describePace, describeRemaining, paceSeconds } from '../../components/pacing/pace'
import { validateRehearsalRecord } from '../../components/pacing/rehearsalRecord'
import { formatClock } from '../../components/pacing/talkPlan'
import { readTalkPlan } from '../../scripts/rehearsal/talkPlanSource'
import { DECK_PATH } from '../support/deckSource'

/**
 * The steps of a rehearsal in the presenter view, shared by the static build's
 * tests (rehearsal.spec.ts) and the dev server's (devServer.spec.ts).
 */

const planResult = readTalkPlan(DECK_PATH)
if (!planResult.ok)
  throw new Error(planResult.problems.join('\n'))
export const plan = planResult.plan

/** Rehearsal times of the issue: 20 s on slide 1, 100 s on slide 2, then slide 3. */
export const ON_SLIDE_1 = 20
export const ON_SLIDE_2 = 100

const CLOCK_START = Date.parse('2026-11-28T09:00:00Z')

/** The presenter view of a slide on a fake clock, before any timing. */
export async function openPresenter(page: Page, base: string, slideNo = 1) {
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
export async function rehearseFirstSlides(page: Page) {
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

export function expectIssueTimes(record: unknown) {
  const result = validateRehearsalRecord(record)
  expect(result.ok ? [] : result.problems).toEqual([])
  const slides = result.ok ? result.record.slides : []
  expect(slides.map(s => s.title)).toEqual(plan.slides.map(s => s.title))
  expect(slides.slice(0, 3).map(s => [s.actualSeconds, s.visits])).toEqual([[ON_SLIDE_1, 1], [ON_SLIDE_2, 1], [0, 1]])
  expect(slides.slice(3).every(s => s.actualSeconds === 0 && s.visits === 0)).toBe(true)
}
