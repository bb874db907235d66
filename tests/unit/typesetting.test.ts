import { describe, expect, it } from 'vitest'
import { frontmatterStrings, halfWidthPunctuation, numberStyle, visibleText } from '../../scripts/lint/typesetting'

describe('halfWidthPunctuation', () => {
  it('flags half-width marks beside Chinese characters', () => {
    const found = halfWidthPunctuation('纳德拉问:为什么(还要)有"研究院"? 好,走.', 'test')
    expect(found).toHaveLength(8)
    expect(found[0]).toEqual({ where: 'test', excerpt: '纳德拉问:为什么(还要', index: 4, kind: 'fullWidth', rule: 'Chinese text takes full-width punctuation' })
  })

  it('leaves full-width punctuation, Latin text and numbers alone', () => {
    expect(halfWidthPunctuation('纳德拉（Satya Nadella）问：为什么？R&D, GPT-4, 86.2 万，1:30，v1.2, “研究院”。', 'test')).toEqual([])
  })

  it('also catches a mark separated from Chinese by a space', () => {
    expect(halfWidthPunctuation('资本 , 科技', 'test')).toHaveLength(1)
  })
})

describe('numberStyle', () => {
  it('flags thousands separators, spaced percentages and minus-sign changes', () => {
    expect(numberStyle('1,500 人；7 %；−18.29%', 'test').map(problem => problem.rule)).toEqual([
      'numbers are written without a thousands separator (1500, not 1,500)',
      'a percentage sits next to its number (7%, not 7 %)',
      'a change is written in words (as 同比下降 18.29%), not with a minus sign',
    ])
  })

  it('accepts the deck\'s way', () => {
    expect(numberStyle('1500 人，同比下降 18.29%，7%，2629.3 亿元，100% − 7%，5 月 25–30 日', 'test')).toEqual([])
  })
})

describe('visibleText', () => {
  it('keeps attribute values and drops tags and comments', () => {
    expect(visibleText('<FigureCard value="600" label="市场规模" /> 文字 <!-- 备注 -->').replace(/\s+/g, ' ').trim()).toBe('600 市场规模 文字')
  })
})

describe('frontmatterStrings', () => {
  it('lists every string with its path', () => {
    expect(frontmatterStrings({ chart: { labels: ['甲', '乙'], series: { values: [1], source: '来源' } } })).toEqual([
      { path: 'chart.labels[0]', keys: ['chart', 'labels', 0], text: '甲' },
      { path: 'chart.labels[1]', keys: ['chart', 'labels', 1], text: '乙' },
      { path: 'chart.series.source', keys: ['chart', 'series', 'source'], text: '来源' },
    ])
  })
})

describe('halfWidthPunctuation, mark by mark', () => {
  it('names each half-width mark beside a Chinese character, before or after it', () => {
    for (const mark of [',', ':', ';', '?', '!', '(', ')', '"', '\''])
      expect([halfWidthPunctuation(`中${mark}`, 'test').length, halfWidthPunctuation(`${mark}中`, 'test').length]).toEqual([1, 1])
  })

  it('names a full stop only after a Chinese character', () => {
    expect(halfWidthPunctuation('中文.', 'test')).toMatchObject([{ index: 2 }])
    expect(halfWidthPunctuation('.NET 中文', 'test')).toEqual([])
    expect(halfWidthPunctuation('中文 .', 'test')).toHaveLength(1)
  })

  it('leaves half-width marks between Latin words, at the text\'s ends and beside spaces only', () => {
    expect(halfWidthPunctuation(': a, b; (c)? "d"! \'e\'', 'test')).toEqual([])
    expect(halfWidthPunctuation('中文 a, b', 'test')).toEqual([])
    expect(halfWidthPunctuation(',   ', 'test')).toEqual([])
  })

  it('gives the mark\'s UTF-16 offset and six characters either side, after characters outside the BMP too', () => {
    expect(halfWidthPunctuation('一二三四五六七八:九十一二三四五六七', 'test')).toEqual([{ where: 'test', excerpt: '三四五六七八:九十一二三四', index: 8, kind: 'fullWidth', rule: 'Chinese text takes full-width punctuation' }])
    // 𠀀 is a Han character of two UTF-16 units.
    expect(halfWidthPunctuation('𠀀𠀀,', 'test').map(problem => problem.index)).toEqual([4])
  })
})

describe('numberStyle, rule by rule', () => {
  it('names each fault at its offset with six characters either side', () => {
    expect(numberStyle('一共有这么多人：1,500 人', 'x')).toEqual([{ where: 'x', excerpt: '有这么多人：1,500 人', index: 8, kind: 'thousands', rule: 'numbers are written without a thousands separator (1500, not 1,500)' }])
    expect(numberStyle('增长 7  % 了', 'x').map(problem => [problem.index, problem.excerpt])).toEqual([[3, '增长 7  % 了']])
    expect(numberStyle('下降-18%，或 −2.5%', 'x').map(problem => problem.index)).toEqual([2, 9])
  })

  it('accepts a number with a point, a comma not before three digits, and a minus sign without a percentage', () => {
    expect(numberStyle('1.500，1,50，3−2，2,1000', 'x')).toHaveLength(1)
    expect(numberStyle('1.500，1,50，3−2', 'x')).toEqual([])
  })
})

describe('visibleText, tag by tag', () => {
  it('drops every comment, even across lines, and keeps the text between them', () => {
    expect(visibleText('甲<!-- 一 -->乙<!--\n二\n-->丙')).toBe('甲 乙 丙')
  })

  it('keeps the values of attributes with colons and hyphens, and drops tags without attributes', () => {
    expect(visibleText('<Card :value="3" data-label="标签" />x<br>y</Card>')).toBe(' 3 标签 x  y  ')
  })

  it('leaves a less-than sign that opens no tag', () => {
    expect(visibleText('1 < 3 and 3 > 2')).toBe('1 < 3 and 3 > 2')
  })
})

describe('frontmatterStrings, value by value', () => {
  it('walks lists in lists and objects in lists, and leaves numbers, booleans and nulls out', () => {
    expect(frontmatterStrings({ a: [['x', 1], { b: 'y', c: null, d: true }] })).toEqual([
      { path: 'a[0][0]', keys: ['a', 0, 0], text: 'x' },
      { path: 'a[1].b', keys: ['a', 1, 'b'], text: 'y' },
    ])
    expect(frontmatterStrings('alone')).toEqual([{ path: '', keys: [], text: 'alone' }])
    expect(frontmatterStrings(3)).toEqual([])
  })
})
