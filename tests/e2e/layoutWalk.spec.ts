import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { layoutWalkScript } from '../../scripts/export/pptx/slideLayout'

/**
 * The layout walk's DOM pieces, one at a time, on small fixture pages in
 * Chromium (the walk needs real layout and computed styles). The whole walk
 * on a hand-made slide is in slideLayout.spec.ts.
 */

async function fixture(page: Page, body: string): Promise<void> {
  await page.setViewportSize({ width: 980, height: 551 })
  await page.setContent(`<!doctype html><html><body style="margin:0;font-family:sans-serif">${body}</body></html>`)
  await page.addScriptTag({ content: await layoutWalkScript() })
}

test('text runs: styles per run, a break before the text after <br>, hidden text left out, spaces collapsed', async ({ page }) => {
  await fixture(page, `<p id="p" style="font-size:28px;color:#0b6283">  Large models <b>change</b><br> how <span style="display:none">hidden</span><em style="text-decoration:underline">research</em> works </p>`)
  const runs = await page.evaluate(() => {
    const walk = window.deckLayoutWalk!
    return walk.textRuns([...document.getElementById('p')!.childNodes], walk.canvasRgba())
  })
  expect(runs.map(run => run.text)).toEqual(['Large models ', 'change', 'how ', 'research', ' works'])
  expect(runs.map(run => run.breakBefore)).toEqual([false, false, true, false, false])
  expect(runs[0]).toMatchObject({ fontSizePx: 28, fontWeight: '400', italic: false, underline: false, color: 'rgba(11, 98, 131, 1.000)' })
  expect(runs[1].fontWeight).toBe('700')
  expect(runs[3]).toMatchObject({ italic: true, underline: true })
})

test('line count: the lines the browser set a paragraph in', async ({ page }) => {
  await fixture(page, `<p id="one" style="font:20px/30px monospace">aaaa bbbb</p><p id="three" style="width:100px;font:20px/30px monospace">aaaa bbbb cccc</p>`)
  const lines = await page.evaluate(() => ['one', 'three'].map(id => window.deckLayoutWalk!.lineCount([document.getElementById(id)!])))
  expect(lines).toEqual([1, 3])
})

test('list items: one id per list, numbers from the list\'s start, the first block of an item counts as the item', async ({ page }) => {
  await fixture(page, `<ol id="ol" start="3" style="padding-left:30px"><li id="a">three</li><li><p id="b">four</p><p id="c">more on four</p></li></ol><ul><li id="d">bullet</li></ul>`)
  const lists = await page.evaluate(() => {
    const ids = new Map<Element, number>()
    const listOf = (id: string, leading: boolean) => window.deckLayoutWalk!.listOf(document.getElementById(id)!, leading, ids) ?? null
    return [listOf('a', true), listOf('b', true), listOf('c', true), listOf('b', false), listOf('d', true)]
  })
  expect(lists[0]).toEqual({ id: 1, ordered: true, styleType: 'decimal', number: 3, indentPx: 30 })
  expect(lists[1]).toMatchObject({ id: 1, number: 4 })
  expect(lists[2]).toBeNull()
  expect(lists[3]).toBeNull()
  expect(lists[4]).toMatchObject({ id: 2, ordered: false, styleType: 'disc', number: 1 })
})

test('shapes: a box with a fill or a border, the slide\'s background from a box that covers it, nothing for a bare box', async ({ page }) => {
  await fixture(page, `<div id="slide" style="width:980px;height:551px;background:#fafafa;position:relative">
    <div id="card" style="position:absolute;left:40px;top:60px;width:300px;height:100px;background:#f1f5f9;border-left:4px solid #0b6283;border-radius:6px"></div>
    <div id="gradient" style="position:absolute;left:400px;top:60px;width:100px;height:100px;background:linear-gradient(#1e40af, #fff)"></div>
    <div id="bare" style="position:absolute;left:0;top:300px;width:100px;height:100px"></div>
    <div id="line" style="position:absolute;left:0;top:400px;width:100px;height:0;background:#000"></div>
  </div>`)
  const found = await page.evaluate(() => {
    const walk = window.deckLayoutWalk!
    const origin = document.getElementById('slide')!.getBoundingClientRect()
    const placement = { size: { width: 980, height: 551 }, boxOf: (rect: DOMRect) => ({ x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height }), rgba: walk.canvasRgba() }
    return Object.fromEntries(['card', 'gradient', 'bare', 'line', 'slide'].map((id) => {
      const el = document.getElementById(id)!
      return [id, walk.shapeOf(el, getComputedStyle(el), placement)]
    }))
  })
  expect(found.card.shape).toMatchObject({ box: { x: 40, y: 60, width: 304, height: 100 }, fill: 'rgba(241, 245, 249, 1.000)', radiusPx: 6 })
  expect(found.card.shape!.sides.left).toEqual({ widthPx: 4, color: 'rgba(11, 98, 131, 1.000)' })
  expect(found.card.shape!.sides.top.widthPx).toBe(0)
  expect(found.gradient.shape!.fill).toBe('rgba(30, 64, 175, 1.000)')
  expect(found.bare).toEqual({})
  expect(found.line).toEqual({})
  expect(found.slide).toEqual({ background: 'rgba(250, 250, 250, 1.000)' })
})

test('layout children: display: contents is see-through', async ({ page }) => {
  await fixture(page, `<div id="outer"><span>a</span><div style="display:contents"><p>b</p><div style="display:contents"><p>c</p></div></div></div>`)
  const children = await page.evaluate(() => window.deckLayoutWalk!.layoutChildren(document.getElementById('outer')!).map(node => node.textContent))
  expect(children).toEqual(['a', 'b', 'c'])
})

test('the walk: text beside blocks becomes a text box of its own, and the first h1 alone is the title', async ({ page }) => {
  await fixture(page, `<div id="s" style="width:980px;height:551px;background:#fff;font-size:20px">
    <h1 style="margin:0">Title</h1><div>Loose text<p style="margin:0">A block</p>more loose text</div><h1>Second h1</h1></div>`)
  const slide = await page.evaluate(() => window.deckLayoutWalk!.walkSlide({ id: 's', no: 7, width: 980, height: 551 }))
  const texts = slide.items.flatMap(item => item.kind === 'text' ? [{ text: item.runs.map(run => run.text).join(''), isTitle: item.isTitle }] : [])
  expect(texts).toEqual([
    { text: 'Title', isTitle: true },
    { text: 'Loose text', isTitle: false },
    { text: 'A block', isTitle: false },
    { text: 'more loose text', isTitle: false },
    { text: 'Second h1', isTitle: false },
  ])
  expect(slide).toMatchObject({ no: 7, background: 'rgba(255, 255, 255, 1.000)' })
})
