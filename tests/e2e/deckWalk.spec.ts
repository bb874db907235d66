import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { readDeck } from '../support/deckSource'
import { layoutProblems, settle, watchPage } from './pageWatch'

const slides = readDeck()

async function accessibilityProblems(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page })
    .include('#slide-content')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical' || v.id === 'color-contrast')
    .map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

for (const scheme of ['light', 'dark'] as const) {
  test(`audience view, ${scheme}: every slide is clean, inside its canvas and accessible`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    const watch = watchPage(page)
    const report: Record<number, string[]> = {}
    for (const slide of slides) {
      await page.goto(String(slide.no))
      await settle(page, slide.no)
      await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*\bdark\b).*$/)
      const problems = [
        ...watch.take(),
        ...await layoutProblems(page, slide.no),
        ...await accessibilityProblems(page),
      ]
      if (problems.length > 0)
        report[slide.no] = problems
    }
    expect(report).toEqual({})
  })
}

test('presenter view: every slide shows its notes, the next slide and the timer, with no error', async ({ page }) => {
  const watch = watchPage(page)
  const report: Record<number, string[]> = {}
  for (const slide of slides) {
    await page.goto(`presenter/${slide.no}`)
    await settle(page, slide.no)
    const problems = [...watch.take(), ...await layoutProblems(page, slide.no)]
    const noteText = (await page.locator('.slidev-note').first().innerText()).trim()
    const firstNoteLine = slide.note.split('\n').find(line => line.trim().startsWith('-'))?.replace(/^-\s*/, '').slice(0, 12) ?? ''
    if (!noteText.includes('计时：约') || !noteText.includes(firstNoteLine))
      problems.push(`notes missing or wrong: "${noteText.slice(0, 40)}"`)
    if (slide.no < slides.length && await page.locator(`.grid-section.next .slidev-page-${slide.no + 1}`).count() === 0)
      problems.push('next slide preview missing')
    if (problems.length > 0)
      report[slide.no] = problems
  }
  expect(report).toEqual({})
  await expect(page.locator('.slidev-presenter')).toContainText(/\d+:\d\d/)
})
