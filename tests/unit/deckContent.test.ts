import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ARTICLE_PATH, readArticle } from '../../scripts/lint/textRules'
import { formatProblem } from '../../scripts/lint/problem'
import { lintDeck } from '../../scripts/lint/lintDeck'
import { chartErrors, chartSlides, DECK_PATH, parseDeck, readDeck, SECTION_TITLES } from '../support/deckSource'
import { frontmatterStrings, visibleText } from '../../scripts/lint/typesetting'

const markdown = readFileSync(DECK_PATH, 'utf8')
const slides = readDeck()
const deckText = slides.map(slide => `${slide.content}\n${JSON.stringify(slide.frontmatter)}`).join('\n')

describe('slides.md', () => {
  it('passes every author\'s check of npm run lint: typesetting, quotations, timing cues, chart and figure data, layouts', () => {
    const article = readArticle()
    expect(article, `the article must be at ${ARTICLE_PATH}`).toBeDefined()
    expect(lintDeck(markdown, 'slides.md', article).map(problem => formatProblem('slides.md', problem))).toEqual([])
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

  it('draws every chart block on a chart slide, and names slide and field when one is malformed', () => {
    for (const slide of chartSlides(slides))
      expect(slide.layout, `slide ${slide.no}`).toBe('chart')
    const first = chartSlides(slides)[0]
    const values = /^ {4}values: \[.*\]$/m.exec(markdown.slice(markdown.indexOf(`title: ${first.title}`)))![0]
    const broken = markdown.replace(values, values.replace(/\[([^,\]]+)/, '["三"'))
    expect(chartErrors(parseDeck(broken))).toEqual([`第 ${first.no} 页「${first.title}」的图表数据有误：chart.series.values[0]：应为数字`])
  })

  it('is written in Markdown: no HTML element, no class=, at most ten component tags in the slide bodies', () => {
    const bodies = slides.map(slide => slide.content.replace(/<!--[\s\S]*?-->/g, ''))
    const lines = bodies.flatMap(body => body.split('\n'))
    expect(lines.filter(line => /<[a-z][\w-]*[\s/>]/.test(line))).toEqual([])
    expect(lines.filter(line => line.includes('class='))).toEqual([])
    expect(lines.filter(line => /<[A-Z]\w*/.test(line)).length).toBeLessThanOrEqual(10)
  })

  it('shows every figure of the article on a slide (not only in the notes), each as a whole number', () => {
    const figures = ['250', '1500', '七年', '二十年', '600', '第 11 位', '86.2', '6.62', '7%', '45 年', '1978', '2019', '650', '450', '2021 年诺贝尔', '1026', '37.29%', '18.29%', '60%', '37%', '1 亿', '5 亿', '50 多年', '两三年', '13 亿', '十大', '2629.3', '6.53%', '6%', '16%', '2025', '2035', '5 月 26 日', '5 月 25—30 日', '12 月']
    const slideText = slides.map(slide => `${visibleText(slide.content)}\n${JSON.stringify(slide.frontmatter)}`).join('\n')
    const present = (figure: string) => new RegExp(`(?<![\\d.])${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d.]*\\d)`).test(slideText)
    expect(figures.filter(figure => !present(figure))).toEqual([])
    expect(new RegExp('(?<![\\d.])6%').test('16%')).toBe(false)
  })

  it('marks every number and date the article does not state as 推算, on the slide itself', () => {
    const article = readFileSync(ARTICLE_PATH, 'utf8').replace(/\s+/g, '')
    const inArticle = (figure: string) => new RegExp(`(?<![\\d.])${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d.]*\\d)`).test(article)
    const unmarked = slides.flatMap((slide) => {
      const chart = slide.frontmatter.chart
      const derivedLabels = new Set((chart?.series.derived ?? []).map((item: { label: string }) => item.label))
      const chartValues = (chart?.series.values ?? []).filter((_: number, index: number) => !derivedLabels.has(chart.labels[index])).map(String)
      const figures = ((slide.frontmatter.figures ?? []) as Array<{ value: unknown, derived?: string }>).filter(figure => !figure.derived).map(figure => String(figure.value))
      const prose = [
        ...visibleText(slide.content.replace(/<!--[\s\S]*?-->/g, '').replace(/^\d+\. /gm, '')).split('\n\n'),
        ...frontmatterStrings({ title: slide.title, chart: chart && { caption: chart.caption, labels: chart.labels, series: { name: chart.series.name } }, figures: slide.frontmatter.figures }).map(({ text }) => text),
      ].filter(text => !text.includes('推算'))
      const dates = prose.flatMap(text => [...text.matchAll(/(\d{4}) ?年 ?(\d{1,2}) ?月/g)].map(match => `${match[1]}年${match[2]}月`))
      const numbers = [...prose, ...chartValues, ...figures].flatMap(text => [...text.replace(/(\d{4}) ?年 ?(\d{1,2}) ?月/g, '').matchAll(/\d+(?:\.\d+)?%?/g)].map(match => match[0]))
      return [...dates, ...numbers].filter(figure => !inArticle(figure)).map(figure => `slide ${slide.no}: ${figure}`)
    })
    expect(unmarked).toEqual([])
  })

  it('uses one term for one idea', () => {
    expect(deckText).not.toContain('更高的风险容忍度')
    expect(deckText).toContain('更大的风险容忍度')
  })

  it('quotes the article in at least eight blockquotes, each attributed', () => {
    const quotes = slides.flatMap(slide => [...slide.content.matchAll(/^> “(.+)”$/gm)])
    expect(quotes.length).toBeGreaterThanOrEqual(8)
  })

  it('says what the article says where a summary could drift', () => {
    expect(deckText).toContain('中国顶尖的科学家都有留学回国的经历')
    expect(deckText).toContain('坐冷板凳')
    expect(deckText).not.toContain('甘坐')
    expect(deckText).toContain('无可替代')
    expect(deckText).toContain('可以极大帮助科技创新型中小企业解决融资难和融资贵问题')
    expect(deckText).toContain('市场信心不足')
    expect(deckText).toContain('科学的评价系统')
    const ipo = slides.find(slide => /IPO/.test(String(slide.frontmatter.chart?.caption ?? '')) || /IPO/.test(slide.title))
    expect(ipo?.frontmatter.chart?.series.source ?? '').not.toContain('IT 桔子')
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
