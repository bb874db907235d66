import { expect, test } from '@playwright/test'
import { editionFileName } from '../../scripts/edition/index'
import { TEST_EDITIONS } from '../support/deckSource'
import { accessibilityViolations, describeViolation } from './accessibility'

test('the built deck offers each edition\'s PDF for download', async ({ page, request }) => {
  // Each edition links its own PDF, in its own folder of the build: /slides.pdf, /en/slides.en.pdf.
  for (const { lang, prefix, slides } of TEST_EDITIONS) {
    await page.goto(`${prefix}${slides.length}`)
    const href = await page.locator('.pdf-download').getAttribute('href')
    expect(href).toBe(`/${prefix}${editionFileName('slides.pdf', lang)}`)
    const response = await request.get(href!)
    expect(response.ok()).toBe(true)
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
  }
  await page.goto(String(TEST_EDITIONS[0].slides.length))
  const link = page.locator('.pdf-download')
  await expect(link).toBeVisible()
  // The print view, where the deck walk checks accessibility, leaves the link out: it is checked here, light and dark.
  expect((await accessibilityViolations(page, '.pdf-download')).map(v => describeViolation(v))).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveClass(/dark/)
  expect((await accessibilityViolations(page, '.pdf-download', { contrastOnly: true })).map(v => describeViolation(v))).toEqual([])
})
