import { expect, test } from '@playwright/test'
import { firstScreenCodePoints, parseUnicodeRange } from '../../scripts/build/fontSubsets'
import { DECK_PATH } from '../support/deckSource'

/**
 * What the static build fetches to show its first slide (issue 12's budget
 * is measured by `npm run bench`): no chart code, no speaker notes, and
 * fonts holding only the cover's characters and printable ASCII (Slidev's
 * own labels), not the rest of the deck's.
 */
test('the first slide fetches no chart code, no speaker notes, and only the cover\'s and ASCII glyphs', async ({ page }) => {
  const scripts: string[] = []
  const fonts: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (request.resourceType() === 'script')
      scripts.push(path)
    if (request.resourceType() === 'font')
      fonts.push(path)
  })
  await page.goto('1')
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(1500)
  expect(scripts.filter(path => /ChartFigure|ChartCanvas|chart\.js|CheckedFigureCards|figureSpec/i.test(path))).toEqual([])
  expect(scripts.filter(path => /speaker-notes/.test(path))).toEqual([])

  // Each font file's characters, as its @font-face rule's unicode-range declares them.
  const fontRanges: Record<string, string> = await page.evaluate(() => Object.fromEntries([...document.styleSheets]
    .flatMap(sheet => [...sheet.cssRules])
    .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
    .map(rule => [new URL(/url\("?([^")]+)"?\)/.exec(rule.style.getPropertyValue('src'))![1], location.href).pathname, rule.style.getPropertyValue('unicode-range')])))
  // The cover's characters, and the reading view's labels above it (in the bold file).
  const allowed = new Set([...firstScreenCodePoints('.', DECK_PATH)])
  for (let point = 0x20; point <= 0x7E; point++)
    allowed.add(point)
  expect(fonts.length).toBeGreaterThan(0)
  for (const font of fonts) {
    expect(fontRanges[font], `${font} has an @font-face rule with a unicode-range`).toBeTruthy()
    const outside = parseUnicodeRange(fontRanges[font]).flatMap(([start, end]) => Array.from({ length: end - start + 1 }, (_, i) => start + i)).filter(point => !allowed.has(point))
    expect(String.fromCodePoint(...outside), `characters beyond the cover in ${font}`).toBe('')
  }
})

test('the presenter view still shows the speaker notes, loaded on demand', async ({ page }) => {
  await page.goto('presenter/2')
  await expect(page.locator('.slidev-note').first()).toContainText('计时')
})
