import { expect, test } from '@playwright/test'
import { DECK_WORDS } from '../../components/deck/deckWords'
import { handoutFileName, LINKED_HANDOUT_PER_PAGE, slidesPdfFileName } from '../../components/deck/downloads'
import { TEST_EDITIONS } from '../support/deckSource'
import { accessibilityViolations, describeViolation } from './accessibility'

test('the built deck offers each edition\'s PDF and, beside it, its 3-up handout for download', async ({ page, request }) => {
  // Each edition links its own files, in its own folder of the build: /slides.pdf and /handout-3up.pdf, /en/slides.en.pdf and /en/handout-3up.en.pdf.
  for (const { lang, prefix, slides } of TEST_EDITIONS) {
    await page.goto(`${prefix}${slides.length}`)
    const links = page.locator('.deck-downloads .pdf-download')
    await expect(links).toHaveText([DECK_WORDS[lang].pdfLink, DECK_WORDS[lang].handoutLink(LINKED_HANDOUT_PER_PAGE)])
    const expected = [slidesPdfFileName(lang), handoutFileName(LINKED_HANDOUT_PER_PAGE, lang)]
    for (const [index, file] of expected.entries()) {
      const href = await links.nth(index).getAttribute('href')
      expect(href).toBe(`/${prefix}${file}`)
      const response = await request.get(href!)
      expect(response.ok(), href!).toBe(true)
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
    }
    // The two sit side by side.
    const [slidesBox, handoutBox] = await Promise.all([links.nth(0).boundingBox(), links.nth(1).boundingBox()])
    expect(Math.abs(slidesBox!.y - handoutBox!.y)).toBeLessThan(2)
    expect(handoutBox!.x).toBeGreaterThan(slidesBox!.x + slidesBox!.width)
  }
  await page.goto(String(TEST_EDITIONS[0].slides.length))
  const link = page.locator('.pdf-download').first()
  await expect(link).toBeVisible()
  // The print view, where the deck walk checks accessibility, leaves the links out: they are checked here, light and dark.
  expect((await accessibilityViolations(page, '.deck-downloads')).map(v => describeViolation(v))).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveClass(/dark/)
  expect((await accessibilityViolations(page, '.deck-downloads', { contrastOnly: true })).map(v => describeViolation(v))).toEqual([])
})

test('the reading view offers the PDF and the 3-up handout of the reader\'s edition at its top', async ({ page }) => {
  for (const { lang, prefix } of TEST_EDITIONS) {
    await page.goto(`${prefix}1?view=read`)
    const links = page.locator('.reading-tools .pdf-download')
    await expect(links).toHaveText([DECK_WORDS[lang].pdfLink, DECK_WORDS[lang].handoutLink(LINKED_HANDOUT_PER_PAGE)])
    await expect(links.nth(1)).toHaveAttribute('href', `/${prefix}${handoutFileName(LINKED_HANDOUT_PER_PAGE, lang)}`)
    await expect(links.nth(1)).toHaveAttribute('download', DECK_WORDS[lang].handoutFileName)
  }
})
