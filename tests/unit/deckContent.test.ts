import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chartErrors, chartSlides, DECK_PATH, parseDeck, readDeck, SECTION_TITLES } from '../support/deckSource'
import { edit } from '../support/scratchDeck'
import { frontmatterStrings, halfWidthPunctuation, numberStyle, visibleText } from '../support/typesetting'

/** Frontmatter the reader never sees as prose: machine lists and font settings. */
const proseStrings = (frontmatter: Record<string, unknown>) => frontmatterStrings(frontmatter).filter(({ path }) => !/^(?:keywords|fonts)\b/.test(path))

const ARTICLE_PATH = resolve(import.meta.dirname, '../../../shared/source/article.zh.txt')

const slides = readDeck()
const deckText = slides.map(slide => `${slide.content}\n${JSON.stringify(slide.frontmatter)}`).join('\n')

/** Every text a reader of the deck sees, with where it stands: slide text, notes, prose frontmatter. */
const deckProse = slides.flatMap(slide => [
  { where: `slide ${slide.no}`, text: visibleText(slide.content) },
  { where: `slide ${slide.no} notes`, text: slide.note },
  ...proseStrings(slide.frontmatter).map(({ path, text }) => ({ where: `slide ${slide.no} ${path}`, text })),
])

describe('slides.md', () => {
  it('has one idea per slide in about 40 slides', () => {
    expect(slides.length).toBeGreaterThanOrEqual(30)
    expect(slides.length).toBeLessThanOrEqual(44)
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

  it('shows every figure of the article on a slide (not only in the notes), each as a whole number', () => {
    const figures = ['250', '1500', '七年', '二十年', '600', '第 11 位', '86.2', '6.62', '7%', '45 年', '1978', '2019', '650', '450', '2021 年诺贝尔', '1026', '37.29%', '18.29%', '60%', '37%', '1 亿', '5 亿', '50 多年', '两三年', '13 亿', '十大', '2629.3', '6.53%', '6%', '16%', '2025', '2035', '5 月 26 日', '5 月 25—30 日', '2022 年 12 月']
    const slideText = slides.map(slide => `${visibleText(slide.content)}\n${JSON.stringify(slide.frontmatter)}`).join('\n')
    const present = (figure: string) => new RegExp(`(?<![\\d.])${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d.]*\\d)`).test(slideText)
    expect(figures.filter(figure => !present(figure))).toEqual([])
    expect(present('6%')).toBe(true)
    expect(new RegExp('(?<![\\d.])6%').test('16%')).toBe(false)
  })

  it('sets Chinese with full-width punctuation in slides, notes, titles, captions and labels', () => {
    expect(deckProse.flatMap(({ where, text }) => halfWidthPunctuation(text, where))).toEqual([])
  })

  it('writes numbers one way: no thousands separator, % next to the number, changes in words', () => {
    expect(deckProse.flatMap(({ where, text }) => numberStyle(text, where))).toEqual([])
  })

  it('uses one term for one idea', () => {
    expect(deckText).not.toContain('更高的风险容忍度')
    expect(deckText).toContain('更大的风险容忍度')
  })

  it('quotes only what the article quotes, word for word, marking every cut with an ellipsis', () => {
    const normalise = (text: string) => text
      .replace(/[，：；？！（）‘’“”、。]/g, mark => ({ '，': ',', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')', '‘': '"', '’': '"', '“': '"', '”': '"', '、': '、', '。': '。' })[mark]!)
      .replace(/\s+/g, '')
    const article = normalise(readFileSync(ARTICLE_PATH, 'utf8'))
    const quotes = slides.flatMap(slide => [...slide.content.matchAll(/^> “(.+)”$/gm)].map(match => ({ no: slide.no, quote: match[1] })))
    const blockquotes = slides.flatMap(slide => slide.content.split('\n').filter(line => /^> (?!<cite>)/.test(line)).map(line => ({ no: slide.no, line })))
    expect(quotes.length).toBeGreaterThanOrEqual(8)
    expect(blockquotes.filter(({ line }) => !/^> “.+”$/.test(line))).toEqual([])
    const unfaithful = quotes.flatMap(({ no, quote }) => quote.split('……').filter(Boolean)
      .filter(part => !article.includes(normalise(part)))
      .map(part => `slide ${no}: ${part}`))
    expect(unfaithful).toEqual([])
    const attributed = slides.filter(slide => /^> “/m.test(slide.content) && !/^> <cite>—— \S/m.test(slide.content)).map(slide => slide.no)
    expect(attributed).toEqual([])
  })

  it('says what the article says where a summary could drift', () => {
    expect(deckText).toContain('中国顶尖的科学家都有留学回国的经历')
    expect(deckText).toContain('坐冷板凳')
    expect(deckText).not.toContain('甘坐')
    expect(deckText).toContain('无可替代')
    expect(deckText).toContain('融资难、融资贵')
    expect(deckText).toContain('市场信心不足')
    expect(deckText).toContain('科学的评价系统')
    const ipo = slides.find(slide => slide.title === 'IPO 募资规模')!
    expect(ipo.frontmatter.chart.series.source).not.toContain('IT 桔子')
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
