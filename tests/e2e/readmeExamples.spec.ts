import type { ScratchDeck } from '../support/scratchDeck'
import { expect, test } from '@playwright/test'
import { parseDeck } from '../support/deckSource'
import { deckOfExamples, readmeExamples } from '../support/readmeExamples'
import { buildScratchDeck } from '../support/scratchDeck'
import { settle, watchPage } from './pageWatch'

/** Slides an author gets wrong, appended to the README's examples: each must show an error box naming it. */
const MISUSE = [
  { markdown: '---\nlayout: tile\ntitle: 未知版式\n---\n\n# 未知版式\n\n1. 一\n2. 二', expected: '未知的版式「tile」' },
  { markdown: '---\nlayout: cards\ntitle: 没有列表的卡片\n---\n\n# 没有列表的卡片\n\n只有一段话', expected: '需要一个项目列表' },
  { markdown: `---\nlayout: tiles\ntitle: 太多编号块\n---\n\n# 太多编号块\n\n${Array.from({ length: 7 }, (_, i) => `${i + 1}. 第 ${i + 1} 条`).join('\n')}`, expected: '这里有 7 项' },
  { markdown: '---\nlayout: chart\ntitle: 没有数据的图表\n---\n\n# 没有数据的图表', expected: '缺少 chart 数据块' },
  { markdown: '---\nlayout: figures\ntitle: 缺来源的数字\nfigures:\n  - value: 600\n    label: 市场规模\n---\n\n# 缺来源的数字', expected: 'figures[0].source' },
]

const examples = readmeExamples()
let deck: ScratchDeck
let slides: ReturnType<typeof parseDeck>

test.describe.configure({ mode: 'default' })

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000)
  deck = await buildScratchDeck('readme', (markdown) => {
    const scratch = `${deckOfExamples(examples, markdown)}\n${MISUSE.map(({ markdown: slide }) => slide).join('\n\n')}\n`
    slides = parseDeck(scratch)
    return scratch
  })
})

test.afterAll(async () => {
  await deck?.remove()
})

test('every README example builds into a slide of its layout, with no error box and nothing spilling out', async ({ page }) => {
  const watch = watchPage(page)
  for (const slide of slides.slice(0, examples.length)) {
    await page.goto(`${deck.server.url}${slide.no}`)
    await settle(page, slide.no)
    const layout = page.locator(`.slidev-page-${slide.no} .slidev-layout`)
    await expect(layout.locator('[role="alert"]'), `slide ${slide.no} (${slide.layout})`).toHaveCount(0)
    await expect(layout.locator('h1')).toHaveCount(1)
    const overflow = await layout.evaluate((root) => {
      const frame = root.getBoundingClientRect()
      return [...root.querySelectorAll('*')].filter((el) => {
        const box = el.getBoundingClientRect()
        return box.width > 0 && (box.right > frame.right + 1 || box.bottom > frame.bottom + 1 || box.left < frame.left - 1)
      }).map(el => el.outerHTML.slice(0, 80))
    })
    expect(overflow, `slide ${slide.no} (${slide.layout})`).toEqual([])
  }
  expect(watch.take()).toEqual([])
})

test('a misused layout shows an error box naming the slide and what was expected', async ({ page }) => {
  for (const [index, misuse] of MISUSE.entries()) {
    const slide = slides[examples.length + index]
    await page.goto(`${deck.server.url}${slide.no}`)
    await settle(page, slide.no)
    const box = page.locator(`.slidev-page-${slide.no} [role="alert"]`).filter({ hasText: misuse.expected })
    await expect(box, `slide ${slide.no}「${slide.title}」`).toBeVisible()
    await expect(box).toContainText(`第 ${slide.no} 页「${slide.title}」`)
  }
})
