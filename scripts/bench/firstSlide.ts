import type { Page } from 'playwright-core'

/**
 * Opens slide 1 of the deck a server that is still starting will serve at
 * `url`, trying again until it answers; returns when the server first
 * answered and when slide 1 showed its title with its fonts loaded
 * (performance.now() times).
 */
export async function openFirstSlide(page: Page, url: string): Promise<{ answered: number, shown: number }> {
  for (;;) {
    try {
      await page.goto(`${url}1`, { timeout: 60_000 })
      break
    }
    catch {
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  }
  const answered = performance.now()
  await page.locator('.slidev-page-1 h1').waitFor({ state: 'visible', timeout: 60_000 })
  await page.evaluate(() => document.fonts.ready)
  return { answered, shown: performance.now() }
}
