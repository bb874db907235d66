import { expect, test } from '@playwright/test'
import { darkPalette, lightPalette, paletteCustomProperties } from '../../components/charts/palette'
import { readDeck } from '../support/deckSource'
import { settle } from './pageWatch'
import { designProblems, isContentSlide } from './slideDesign'

// Every content slide is measured by designProblems() in the light deck walk (deckWalk.spec.ts).

test('the design check catches a crowded slide with small type and an empty band', async ({ page }) => {
  const slide = readDeck().find(isContentSlide)!
  await page.goto(String(slide.no))
  await settle(page, slide.no)
  expect(await designProblems(page, slide)).toEqual([])
  await page.locator(`#slide-content .slidev-page-${slide.no} h1`).evaluate((title) => {
    const crowd = document.createElement('p')
    crowd.style.fontSize = '12px'
    crowd.textContent = '这是一段很小的字,'.repeat(20)
    title.after(crowd)
    const narrow = document.createElement('p')
    narrow.style.width = '4.5em'
    narrow.textContent = '毕业研究生 86.2 万人'
    crowd.after(narrow)
    // As a component draws a frontmatter text: phrases between <wbr>s, one of them in the wrong place.
    const card = document.createElement('p')
    card.style.width = '9.5em'
    card.append('基于量子计算机和云', document.createElement('wbr'), '计算技术')
    narrow.after(card)
    title.closest('.slidev-layout')!.querySelector('.stage')?.remove()
  })
  const problems = (await designProblems(page, slide)).join('\n')
  expect(problems).toContain('visible characters (at most 130)')
  expect(problems).toContain('at 12px (at least 16px)')
  expect(problems).toMatch(/of the characters at ≥ 22px/)
  expect(problems).toContain('empty band')
  expect(problems).toContain('Chinese text takes full-width punctuation')
  expect(problems).toMatch(/a line breaks inside “研究生”: "[^"]*毕业研究? \/ /)
  expect(problems).toMatch(/a line breaks inside “86\.2 万人”: "[^"]* ?86\.2 +\/ 万人/)
  // Named by the phrase the break cuts: 云计算 and what the segmentation keeps with it (和 opens the phrase after it).
  expect(problems).toMatch(/a line breaks inside “[^”]*云计算[^”]*”: "[^"]*和云 \/ 计算技术/)
})

test('the slides\' colours are the palette the charts use, light and dark', async ({ page }) => {
  for (const [scheme, palette] of [['light', lightPalette], ['dark', darkPalette]] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('2')
    await settle(page, 2)
    const properties = paletteCustomProperties(palette)
    const shown = await page.evaluate(names => Object.fromEntries(names.map(name => [name, getComputedStyle(document.documentElement).getPropertyValue(name).trim()])), Object.keys(properties))
    expect(shown).toEqual(properties)
    const title = await page.locator('.slidev-page-2 h1').evaluate(el => getComputedStyle(el).color)
    const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(palette.primary.slice(i, i + 2), 16))
    expect(title).toBe(`rgb(${r}, ${g}, ${b})`)
  }
})
