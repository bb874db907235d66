import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { axeOn } from './accessibility'
import { expectIssueTimes, openPresenter, plan, rehearseFirstSlides } from './rehearsalSteps'

// The rehearsal on the dev server, saved to rehearsals/, is in devServer.spec.ts: it shares that file's dev server.

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

test('presenter view: ahead, on plan and behind all read at AA contrast, light and dark', async ({ page }) => {
  // axe needs running timers, so the fake clock runs here and jumps ahead; each state holds for 25 s or more, long
  // enough to check it in both schemes (the deck follows the system's setting as it changes).
  const slide2 = plan.slides[1]
  await page.emulateMedia({ colorScheme: 'light' })
  await openPresenter(page, '/', 2)
  await page.getByRole('button', { name: '开始排练' }).click()
  const pace = page.locator('.pace-status')
  const contrastProblems = async () => {
    const problems: string[] = []
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b).*$/)
      const { violations } = await axeOn(page).include('.pace-panel').withRules(['color-contrast']).analyze()
      problems.push(...violations.flatMap(v => v.nodes.map(n => `${scheme}: ${n.target.join(' ')}: ${n.failureSummary}`)))
    }
    return problems
  }
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
