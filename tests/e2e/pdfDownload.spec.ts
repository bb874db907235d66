import { expect, test } from '@playwright/test'
import { readDeck } from '../support/deckSource'
import { accessibilityViolations, describeViolation } from './accessibility'

test('the built deck offers its PDF for download', async ({ page, request }) => {
  await page.goto(String(readDeck().length))
  const link = page.locator('.pdf-download')
  await expect(link).toBeVisible()
  const href = await link.getAttribute('href')
  expect(href).toBe('/slides.pdf')
  const response = await request.get(href!)
  expect(response.ok()).toBe(true)
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
  // The print view, where the deck walk checks accessibility, leaves the link out: it is checked here, light and dark.
  expect((await accessibilityViolations(page, '.pdf-download')).map(v => describeViolation(v))).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveClass(/dark/)
  expect((await accessibilityViolations(page, '.pdf-download', { contrastOnly: true })).map(v => describeViolation(v))).toEqual([])
})
