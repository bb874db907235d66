import { createMarkdownExit } from 'markdown-exit'
import { describe, expect, it } from 'vitest'
import { joinSingleCharacterPhrases, mayBreakAt, numbersWithUnits, splitsNumberFromUnit, textPieces } from '../../components/text/wordBreaks'
import { phraseBreaks, slideSyntax } from '../../scripts/syntax/index'

const md = createMarkdownExit({ html: true })
md.use(slideSyntax)
const render = (markdown: string, env: Record<string, unknown> = {}) => md.render(markdown, env).trim()
/** The rendering without the phrase marks, for the tests of roles. */
const rendered = (markdown: string) => render(markdown).replaceAll('<wbr>', '').replace(/<span class="nobr">(.*?)<\/span>/g, '$1')

describe('the slide syntax', () => {
  it('moves the # title into the layouts\' title slot', () => {
    expect(render('# 标题\n\n正文')).toBe('<template v-slot:title>\n<h1>标题</h1>\n</template>\n<p>正文</p>')
  })

  it('leaves a slide that uses Slidev\'s ::name:: slots as it is', () => {
    expect(render('# 标题', { hasSlotMarker: true })).toBe('<h1>标题</h1>')
  })

  it('makes an all-bold paragraph the statement and an all-emphasis one an aside', () => {
    expect(rendered('**一句话**')).toBe('<p class="statement">一句话</p>')
    expect(rendered('*旁注*')).toBe('<p class="aside">旁注</p>')
  })

  it('leaves a paragraph with a bold word in it a plain paragraph', () => {
    expect(rendered('同比**下降** 18.29%')).toBe('<p>同比<strong>下降</strong> 18.29%</p>')
    expect(rendered('**甲** 和 **乙**')).toBe('<p><strong>甲</strong> 和 <strong>乙</strong></p>')
  })

  it('turns —— after a quotation into its cite, and —— elsewhere into reported speech', () => {
    expect(rendered('> “原话”\n>\n> —— 某人，职务')).toBe('<blockquote>\n<p>“原话”\n<cite>—— 某人，职务</cite></p>\n</blockquote>')
    expect(rendered('—— 王志刚，科技部部长：转述')).toBe('<p class="speaker">—— 王志刚，科技部部长：转述</p>')
  })

  it('marks where a line of Chinese may break, and keeps a number with its unit', () => {
    expect(render('毕业研究生 86.2 万人，博士')).toBe('<p>毕业<wbr>研究生 <span class="nobr">86.2 万人</span>，<wbr>博士</p>')
    expect(render('GPT-4 测试')).toBe('<p>GPT-4 测试</p>')
    expect(render('# 纳德拉追问：为什么还要有微软研究院？')).not.toContain('研究<wbr>院')
  })
})

describe('phrase breaks', () => {
  it('are where BudouX and the word segmenter both see a boundary: never inside a word', () => {
    const text = 'OpenAI 创新样板下，我们该如何发展科技创新？'
    const breaks = phraseBreaks(text)
    expect(breaks).toContain(text.indexOf('我们'))
    expect(breaks).not.toContain(text.indexOf('新样'))
    expect(breaks).not.toContain(text.indexOf('样板'))
    const scientists = '足够多的科学家和工程师'
    expect(phraseBreaks(scientists)).not.toContain(scientists.indexOf('家'))
    expect(phraseBreaks('only Latin text')).toEqual([])
  })

  it('tell a break between a number and its unit, and allow one at a space or a phrase break', () => {
    const text = '近 650 万人出国留学'
    expect(splitsNumberFromUnit(text, text.indexOf('万人'))).toBe(true)
    expect(mayBreakAt(text, text.indexOf('万人'))).toBe(false)
    expect(mayBreakAt(text, text.indexOf('出国'))).toBe(true)
    expect(mayBreakAt(text, text.indexOf('650'))).toBe(true)
    expect(mayBreakAt('只专注于培养', 2)).toBe(false)
    expect(mayBreakAt('2021 年北京地区研发经费投入', 9)).toBe(false)
    expect(numbersWithUnits('13 亿人的国家，2023 年')).toEqual([{ start: 0, end: 4 }, { start: 9, end: 15 }])
    // A range stays whole with its unit: no line starts at the dash of 5 月 25—30 日.
    const dates = '北京 · 5 月 25—30 日'
    expect(splitsNumberFromUnit(dates, dates.indexOf('—'))).toBe(true)
    expect(splitsNumberFromUnit(dates, dates.indexOf('30'))).toBe(true)
    expect(numbersWithUnits('GPT-4 模型')).toEqual([])
  })

  it('cut a component\'s text at word boundaries, with numbers and units whole, and leave Latin text alone', () => {
    const show = (text: string) => textPieces(text).map(piece => piece.kind === 'break' ? '|' : piece.kind === 'unbroken' ? `[${piece.text}]` : piece.text).join('')
    expect(show('2021 年北京地区研发经费投入')).toBe('[2021 年]北京|地区|研发|经费|投入')
    expect(show('OpenAI (seven years)')).toBe('OpenAI (seven years)')
    expect(show('问题一')).toBe('问题一')
  })

  it('keep no phrase of a single Chinese character', () => {
    const text = '微软研究院'
    expect(joinSingleCharacterPhrases(text, [2, 4])).toEqual([2])
    expect(joinSingleCharacterPhrases('为何能超越', [2, 3])).toEqual([3])
  })
})
