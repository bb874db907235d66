import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { chartErrors, chartSlides, DECK_PATH, parseDeck, readDeck, SECTION_TITLES } from '../support/deckSource'
import { edit } from '../support/scratchDeck'

const slides = readDeck()
const deckText = slides.map(slide => `${slide.content}\n${JSON.stringify(slide.frontmatter)}`).join('\n')

describe('slides.md', () => {
  it('has 20 to 30 slides', () => {
    expect(slides.length).toBeGreaterThanOrEqual(20)
    expect(slides.length).toBeLessThanOrEqual(30)
  })

  it('sets the language and keeps fonts and favicon local', () => {
    const head = slides[0].frontmatter
    expect(head.lang).toBe('zh-CN')
    expect(head.htmlAttrs.lang).toBe('zh-CN')
    expect(head.fonts.provider).toBe('none')
    expect(head.favicon).toBe('/favicon.svg')
  })

  it('opens each of the three sections with a divider slide', () => {
    const dividers = slides.filter(slide => slide.layout === 'section')
    expect(dividers.map(slide => slide.title)).toEqual([...SECTION_TITLES])
  })

  it('gives every slide but the cover a title and a section for the footer', () => {
    const untitled = slides.slice(1).filter(slide => !slide.frontmatter.title || !slide.frontmatter.section).map(slide => slide.no)
    expect(untitled).toEqual([])
  })

  it('has valid data in every chart block', () => {
    expect(chartErrors(slides)).toEqual([])
  })

  it('fails, naming slide and field, when a chart block in a copy of slides.md is malformed', () => {
    const broken = edit(readFileSync(DECK_PATH, 'utf8'), 'values: [60, 37, 3]', 'values: [60, 37, "三"]')
    const ipo = slides.find(slide => slide.title === 'IPO 募资规模')!
    expect(chartErrors(parseDeck(broken))).toEqual([
      `第 ${ipo.no} 页「IPO 募资规模」的图表数据有误:chart.series.values[2]:应为数字`,
    ])
  })

  it('draws at least six charts, each on a slide that renders it', () => {
    const charts = chartSlides(slides)
    expect(charts.length).toBeGreaterThanOrEqual(6)
    for (const slide of charts)
      expect(slide.content, `slide ${slide.no}`).toContain('<DataChart :spec="$frontmatter.chart" />')
  })

  it('cites every figure of the article', () => {
    const figures = ['250', '1500', '七年', '二十年', '600', '第 11 位', '86.2', '6.62', '7%', '45 年', '1978', '2019', '650', '450', '2021 年诺贝尔', '1026', '37.29%', '18.29%', '60%', '37%', '1 亿', '5 亿', '50 多年', '两三年', '13 亿', '十大', '2629.3', '6.53%', '6%', '16%', '2025', '2035', '5 月 26 日', '5 月 25–30 日']
    const missing = figures.filter(figure => !deckText.includes(figure))
    expect(missing).toEqual([])
  })

  it('corrects the article\'s typos everywhere but the note that lists them', () => {
    const typos = ['DAPPA', '极校', '一级市尝']
    const lines = deckText.split('\n').filter(line => !line.includes('原文笔误'))
    expect(lines.filter(line => typos.some(typo => line.includes(typo)))).toEqual([])
    expect(deckText).toContain('DARPA')
    expect(deckText).toContain('一级市场')
  })

  it('names the source on the cover and on the sources slide', () => {
    expect(slides[0].content).toContain('钛媒体')
    expect(slides[0].content).toContain('林志佳')
    expect(slides.at(-1)!.title).toBe('来源')
  })
})
