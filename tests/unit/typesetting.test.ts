import { describe, expect, it } from 'vitest'
import { frontmatterStrings, halfWidthPunctuation, numberStyle, visibleText } from '../../scripts/lint/typesetting'

describe('halfWidthPunctuation', () => {
  it('flags half-width marks beside Chinese characters', () => {
    const found = halfWidthPunctuation('纳德拉问:为什么(还要)有"研究院"? 好,走.', 'test')
    expect(found).toHaveLength(8)
    expect(found[0]).toEqual({ where: 'test', excerpt: '纳德拉问:为什么(还要', index: 4, rule: 'Chinese text takes full-width punctuation' })
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
