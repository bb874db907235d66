import type { ScratchDeck } from '../support/scratchDeck'
import { expect, test } from '@playwright/test'
import { readDeck } from '../support/deckSource'
import { buildScratchDeck } from '../support/scratchDeck'
import { accessibilityViolations, describeViolation } from './accessibility'
import { settle, watchPage } from './pageWatch'

const BASE = '/talks/zgc-2023/'
let deck: ScratchDeck

test.describe.configure({ mode: 'default' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  deck = await buildScratchDeck('subpath', markdown => markdown, { base: BASE })
})

test.afterAll(async () => {
  await deck?.remove()
})

test('a build for a sub-path serves and navigates offline under it', async ({ page }) => {
  const watch = watchPage(page)
  expect(deck.server.url.endsWith(BASE)).toBe(true)
  await page.goto(deck.server.url)
  await settle(page, 1)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`${BASE}2$`))
  await settle(page, 2)
  await expect(page.locator('.slidev-page-2 .data-chart')).toHaveAttribute('data-chart-state', 'drawn')
  await page.goto(`${deck.server.url}presenter/3`)
  await settle(page, 3)
  await page.waitForLoadState('networkidle')
  expect(watch.take()).toEqual([])
})

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
