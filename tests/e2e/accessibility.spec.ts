import { expect, test } from '@playwright/test'
import { accessibilityViolations } from './accessibility'

// The axe check every walk relies on reports what it must, as configured there (violations only, in the page).
test('the accessibility check names planted violations, and only those', async ({ page }) => {
  await page.setContent(`<main>
    <p style="color: #bbb; background: #fff">文字与背景对比不足</p>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
    <p style="color: #000; background: #fff">对比足够的文字</p>
  </main>`)
  const violations = await accessibilityViolations(page, 'main')
  expect(violations.map(violation => [violation.id, violation.nodes.length]).sort()).toEqual([['color-contrast', 1], ['image-alt', 1]])
  expect((await accessibilityViolations(page, 'main', { contrastOnly: true })).map(violation => violation.id)).toEqual(['color-contrast'])
})
