import { expect, test } from '@playwright/test'
import { DECK_WORDS } from '../../components/deck/deckWords'
import { readDeck, SECTION_TITLES, TEST_EDITIONS } from '../support/deckSource'
import { settle, watchPage } from './pageWatch'

const slides = readDeck()
const dividers = slides.filter(slide => slide.layout === 'section')

test('the Chinese deck\'s sections are the article\'s three questions', () => {
  expect(dividers.map(slide => slide.title)).toEqual([...SECTION_TITLES])
})

for (const { lang, prefix, slides } of TEST_EDITIONS) {
  const dividers = slides.filter(slide => slide.layout === 'section')
  test(`${lang}: agenda items jump to their sections, each opening with its divider title`, async ({ page }) => {
    const watch = watchPage(page)
    const agenda = slides.find(slide => slide.layout === 'agenda')!
    await page.goto(`${prefix}${agenda.no}`)
    for (const [index, divider] of dividers.entries()) {
      // Back to the agenda as a presenter would: the browser's Back, no new page load.
      if (index > 0)
        await page.goBack()
      const link = page.locator(`.slidev-page-${agenda.no} .agenda-link`).nth(index)
      await expect(link).toContainText(divider.title)
      await expect(link).toContainText(DECK_WORDS[lang].slideNumber(divider.no))
      await link.click()
      await expect(page).toHaveURL(new RegExp(`/${prefix}(${divider.no}|${divider.frontmatter.routeAlias})$`))
      await expect(page.locator(`.slidev-page-${divider.no} h1`)).toBeVisible()
      await expect(page.locator(`.slidev-page-${divider.no} h1`)).toHaveText(divider.title)
    }
    expect(watch.take()).toEqual([])
  })
}

test('every view has a language switch to the same place in the other edition, and the address names the language', async ({ page }) => {
  const [source, translation] = TEST_EDITIONS
  expect(translation, 'the deck has a second edition (slides.en.md)').toBeTruthy()
  const watch = watchPage(page)
  const no = Math.min(5, translation.slides.length)
  const switchTo = (lang: string) => page.locator(`.language-switch a[hreflang="${DECK_WORDS[lang as 'zh' | 'en'].htmlLang}"]`)
  // Audience view: a shared /en/5 opens in English at slide 5; the switch leads to /5 and back.
  await page.goto(`${translation.prefix}${no}`)
  await expect(page.locator('html')).toHaveAttribute('lang', DECK_WORDS[translation.lang].htmlLang)
  await expect(page.locator(`.slidev-page-${no} h1`)).toHaveText(translation.slides[no - 1].content.match(/^# (.+)$/m)![1].replace(/\*\*/g, ''))
  await expect(switchTo(source.lang)).toHaveAttribute('href', `/${source.prefix}${no}`)
  await switchTo(source.lang).click()
  await expect(page).toHaveURL(new RegExp(`:\\d+/${no}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', DECK_WORDS[source.lang].htmlLang)
  await expect(switchTo(translation.lang)).toHaveAttribute('href', `/${translation.prefix}${no}`)
  // The presenter view, the overview and the phone reading view switch too, each to its own view. (The source's
  // overview, which draws every slide, is loaded once, by the slide count's test below, which checks its switch.)
  for (const view of ['presenter/3', 'overview', '3?view=read']) {
    await page.goto(`${translation.prefix}${view}`)
    await expect(switchTo(source.lang).first()).toHaveAttribute('href', `/${source.prefix}${view}`)
    if (view === 'overview')
      continue
    await page.goto(`${source.prefix}${view}`)
    await expect(switchTo(translation.lang).first()).toHaveAttribute('href', `/${translation.prefix}${view}`)
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

test('the controls\' settings menu opens with its controls, and they work: the slide at its real size', async ({ page }) => {
  const watch = watchPage(page)
  await page.goto('1')
  await page.locator('.slidev-page-1 h1').waitFor()
  const slideWidth = async () => (await page.locator('#slide-content').boundingBox())!.width
  const fitted = await slideWidth()
  await page.mouse.move(100, 700)
  await page.getByRole('button', { name: 'More Options' }).first().click()
  const menu = page.locator('.z-menu')
  await expect(menu.getByText('Slide Scale')).toBeVisible()
  await menu.getByText('1:1').click()
  const canvasWidth = readDeck()[0].frontmatter.canvasWidth as number
  await expect.poll(slideWidth).toBeCloseTo(canvasWidth, 0)
  expect(fitted).not.toBeCloseTo(canvasWidth, 0)
  await menu.getByText('Fit').click()
  await expect.poll(slideWidth).toBeCloseTo(fitted, 0)
  expect(watch.take()).toEqual([])
})

test('slides change with the deck\'s transition, and without one for a reader who asked for less motion', async ({ page }) => {
  const transition = readDeck()[0].frontmatter.transition
  expect(typeof transition, 'the headmatter names a slide transition').toBe('string')
  for (const [reducedMotion, moves] of [['no-preference', true], ['reduce', false]] as const) {
    await page.emulateMedia({ reducedMotion })
    await page.goto('1')
    await page.locator('.slidev-page-1').waitFor()
    // How long a slide entering with the deck's transition takes, as the page's styles set it.
    const duration = await page.evaluate((name) => {
      const probe = document.createElement('div')
      probe.className = `slidev-page ${name}-enter-active`
      document.querySelector('#slide-content')!.append(probe)
      const seconds = Math.max(...getComputedStyle(probe).transitionDuration.split(',').map(Number.parseFloat))
      probe.remove()
      return seconds
    }, transition as string)
    expect(duration > 0, `prefers-reduced-motion: ${reducedMotion}: ${duration} s`).toBe(moves)
  }
})

test('the deck has the slide count of slides.md: the overview shows every slide with no error, and the footer counts them', async ({ page }) => {
  const watch = watchPage(page)
  await page.goto('overview')
  await expect(page.locator('.slidev-page')).toHaveCount(slides.length)
  await expect(page.locator('.slidev-page-1 h1')).toHaveText(slides[0].title)
  await expect(page.locator('.slidev-page-2 [data-footer-page]').first()).toHaveText(`2 / ${slides.length}`)
  // Its language switch leads to the other edition's overview.
  for (const edition of TEST_EDITIONS.slice(1))
    await expect(page.locator(`.language-switch a[hreflang="${DECK_WORDS[edition.lang].htmlLang}"]`).first()).toHaveAttribute('href', `/${edition.prefix}overview`)
  await page.waitForLoadState('networkidle')
  expect(watch.take()).toEqual([])
})
