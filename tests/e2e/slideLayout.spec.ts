import type { DeckInfo } from '../../scripts/project/deckInfo'
import type { RawPicture, RawShape, RawText } from '../../scripts/export/pptx/slideLayout'
import { expect, test } from '@playwright/test'
import { buildPptx, capturePictures } from '../../scripts/export/pptx/pptxExport'
import { readSlideLayouts } from '../../scripts/export/pptx/slideLayout'
import { openPptxBuffer, shapes, slideText } from '../support/pptxInspect'

/**
 * The layout walk on a hand-made slide: every kind of thing a slide can hold,
 * measured in a real browser, then turned into PowerPoint.
 */

const RED_SQUARE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGM4o6QERwzEcQDE4xEBYJBBnwAAAABJRU5ErkJggg=='

const SLIDE = `<!doctype html><html><body style="margin:0;font-family:sans-serif">
<div id="001-01" style="width:980px;height:551px;position:relative;background:#ffffff">
  <div style="padding:20px 40px">
    <h1 style="font-size:40px;font-weight:700;color:#0b6283;line-height:50px;margin:0">A title</h1>
    <p style="font-size:20px;line-height:30px;color:#1b2430">Plain <strong>bold</strong> text<br>second line</p>
    <ul style="padding-left:24px;font-size:20px;line-height:30px"><li>one</li><li>two</li></ul>
    <ol start="3" style="font-size:20px;line-height:30px"><li>three</li></ol>
    <div style="background:#f1f5f9;border:1px solid #d5dbe3;border-top:4px solid #0b6283;border-radius:6px;padding:10px;width:300px"><p style="margin:0">card text</p></div>
    <img alt="a red square" src="${RED_SQUARE}" width="40" height="40">
    <p style="display:none">hidden text</p>
  </div>
</div></body></html>`

const info: DeckInfo = { title: 't', author: 'a', subject: 's', about: [], keywords: [], lang: 'zh-CN', size: { width: 980, height: 551 }, slides: [{ no: 1, title: 'A title', section: '' }] }

test('the layout walk finds texts with their styles, lists, shapes and pictures, and they become PowerPoint', async ({ page }) => {
  await page.setViewportSize({ width: 980, height: 551 })
  await page.setContent(SLIDE)
  const [slide] = await readSlideLayouts(page, info)
  expect(slide.background).toBe('rgba(255, 255, 255, 1.000)')
  const texts = slide.items.filter((item): item is RawText => item.kind === 'text')
  expect(texts.map(text => text.runs.map(run => run.text).join(''))).toEqual(['A title', 'Plain bold textsecond line', 'one', 'two', 'three', 'card text'])

  const [title, paragraph, one, two, three] = texts
  expect(title).toMatchObject({ isTitle: true, fontSizePx: 40, lines: 1, box: { x: 40, y: 20, width: 900, height: 50 } })
  expect(title.runs[0]).toMatchObject({ fontWeight: '700', color: 'rgba(11, 98, 131, 1.000)' })
  expect(paragraph.isTitle).toBe(false)
  expect(paragraph.lines).toBe(2)
  expect(paragraph.runs.map(run => [run.text, run.fontWeight, run.breakBefore])).toEqual([['Plain ', '400', false], ['bold', '700', false], [' text', '400', false], ['second line', '400', true]])
  expect(one.list).toMatchObject({ ordered: false, styleType: 'disc', number: 1, indentPx: 24 })
  expect(two.list?.id).toBe(one.list?.id)
  expect(three.list).toMatchObject({ ordered: true, styleType: 'decimal', number: 3 })
  expect(texts.some(text => text.runs.some(run => run.text.includes('hidden')))).toBe(false)

  const card = slide.items.find((item): item is RawShape => item.kind === 'shape')!
  expect(card).toMatchObject({ fill: 'rgba(241, 245, 249, 1.000)', radiusPx: 6 })
  expect(card.sides.top).toEqual({ widthPx: 4, color: 'rgba(11, 98, 131, 1.000)' })
  expect(card.sides.left).toEqual({ widthPx: 1, color: 'rgba(213, 219, 227, 1.000)' })
  expect(slide.items.indexOf(card)).toBeLessThan(slide.items.indexOf(texts[5]))

  const picture = slide.items.find((item): item is RawPicture => item.kind === 'picture')!
  expect(picture).toMatchObject({ alt: 'a red square', box: { width: 40, height: 40 } })

  const pictures = await capturePictures(page, [slide])
  const pptx = await openPptxBuffer(await buildPptx({ info, slides: [slide], notes: [{ no: 1, title: 'A title', text: 'the notes', html: '<p>the notes</p>' }], charts: new Map(), pictures, dark: false }))
  const xml = await pptx.part('ppt/slides/slide1.xml')
  expect(slideText(xml)).toBe('A titlePlain bold textsecond lineonetwo3.threecard text')
  expect(shapes(xml).filter(shape => /type="title"/.test(shape)).map(shape => slideText(shape))).toEqual(['A title'])
  expect(xml).toMatch(/<a:pPr[^>]*><a:lnSpc><a:spcPts val="\d+"\/><\/a:lnSpc>(<a:spcBef>[^]*?<\/a:spcBef>)?<a:buSzPct val="100000"\/><a:buChar/)
  expect(xml).toContain('<a:buAutoNum type="arabicPeriod" startAt="3"/>')
  expect(xml).toContain('<a:br/>')
  expect(xml).toMatch(/<p:pic>[\s\S]*descr="a red square"/)
  expect(xml).toContain('prst="roundRect"')
  expect(await pptx.part('ppt/notesSlides/notesSlide1.xml')).toContain('the notes')
})
