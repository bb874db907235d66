import { expect, test } from '@playwright/test'
import { readDeck, SECTION_TITLES } from '../support/deckSource'
import { settle, watchPage } from './pageWatch'

const slides = readDeck()
const dividers = slides.filter(slide => slide.layout === 'section')

test('agenda items jump to their sections, each opening with its divider title', async ({ page }) => {
  expect(dividers.map(slide => slide.title)).toEqual([...SECTION_TITLES])
  const watch = watchPage(page)
  const agenda = slides.find(slide => slide.layout === 'agenda')!
  await page.goto(String(agenda.no))
  for (const [index, divider] of dividers.entries()) {
    // Back to the agenda as a presenter would: the browser's Back, no new page load.
    if (index > 0)
      await page.goBack()
    const link = page.locator(`.slidev-page-${agenda.no} .agenda-link`).nth(index)
    await expect(link).toContainText(SECTION_TITLES[index])
    await expect(link).toContainText(`第 ${divider.no} 页`)
    await link.click()
    await expect(page).toHaveURL(new RegExp(`/(${divider.no}|${divider.frontmatter.routeAlias})$`))
    await expect(page.locator(`.slidev-page-${divider.no} h1`)).toBeVisible()
    await expect(page.locator(`.slidev-page-${divider.no} h1`)).toHaveText(SECTION_TITLES[index])
  }
  expect(watch.take()).toEqual([])
})

test('agenda links point at the print pages in print mode', async ({ page }) => {
  const agenda = slides.find(slide => slide.layout === 'agenda')!
  await page.goto('print?print=true')
  await settle(page, agenda.no)
  const hrefs = await page.locator(`.slidev-page-${agenda.no} .agenda-link`).evaluateAll(links => links.map(a => a.getAttribute('href')))
  expect(hrefs).toEqual(dividers.map(divider => `#${String(divider.no).padStart(3, '0')}-01`))
  for (const href of hrefs)
    await expect(page.locator(`[id="${href!.slice(1)}"]`)).toHaveCount(1)
})

test('keyboard moves through the audience and the presenter view', async ({ page }) => {
  await page.goto('1')
  await page.locator('.slidev-page-1').waitFor()
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/2$/)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/3$/)
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/\/2$/)

  await page.goto('presenter/1')
  await page.locator('.slidev-note').first().waitFor()
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/presenter\/2$/)
  const firstNoteLine = slides[1].note.split('\n').find(line => line.trim().startsWith('-'))!.replace(/^-\s*/, '').slice(0, 12)
  await expect(page.locator('.slidev-note').first()).toContainText(firstNoteLine)
})

test('the deck has the slide count of slides.md: the overview shows every slide with no error, and the footer counts them', async ({ page }) => {
  const watch = watchPage(page)
  await page.goto('overview')
  await expect(page.locator('.slidev-page')).toHaveCount(slides.length)
  await expect(page.locator('.slidev-page-1 h1')).toHaveText(slides[0].title)
  await expect(page.locator('.slidev-page-2 [data-footer-page]').first()).toHaveText(`2 / ${slides.length}`)
  await page.waitForLoadState('networkidle')
  expect(watch.take()).toEqual([])
})
