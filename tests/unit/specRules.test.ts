import { describe, expect, it } from 'vitest'
import { CHART_KINDS, describeProblems, MEASURES, measureName, validateChartSpec } from '../../components/charts/chartSpec'
import { SPEC_WORDS } from '../../components/charts/specWords'
import { MAX_FIGURES, validateFigures } from '../../components/figures/figureSpec'

/**
 * Each rule of the chart and figure blocks, one bad input each, with the
 * field and the words it is named in: a rule that went quiet, or said
 * another rule's words, fails here.
 */
const zh = SPEC_WORDS.zh

function chart(overrides: Record<string, unknown> = {}, series: Record<string, unknown> = {}) {
  return { kind: 'bar', caption: '人员规模', labels: ['OpenAI', '微软研究院'], ...overrides, series: { name: '人员数量', measure: 'count', unit: '人', source: '钛媒体', values: [250, 1500], ...series } }
}

type Result = { ok: true } | { ok: false, problems: Array<{ field: string, message: string }> }
const problemsOf = (result: Result) => result.ok ? [] : result.problems
const chartProblems = (input: unknown, lang: 'zh' | 'en' = 'zh') => problemsOf(validateChartSpec(input, lang))
const figureProblems = (input: unknown, lang: 'zh' | 'en' = 'zh') => problemsOf(validateFigures(input, lang))

it('names a missing block, whether undefined or null', () => {
  for (const missing of [undefined, null]) {
    expect(chartProblems(missing)).toEqual([{ field: 'chart', message: zh.noChart }])
    expect(figureProblems(missing)).toEqual([{ field: 'figures', message: zh.noFigures }])
  }
})

describe('the chart block\'s rules, each in its words', () => {
  it('names each malformed field', () => {
    const cases: Array<[unknown, string, string]> = [
      [chart({ kind: 'pie' }), 'chart.kind', zh.kindOneOf(CHART_KINDS)],
      [chart({}, { measure: 'ratio' }), 'chart.series.measure', zh.oneOf(MEASURES)],
      [chart({}, { values: ['250', 1500] }), 'chart.series.values[0]', zh.number],
      // zod 4's number() refuses Infinity and NaN itself, before the schema's own finite check (never reached).
      [chart({}, { values: [250, Number.POSITIVE_INFINITY] }), 'chart.series.values[1]', zh.number],
      [chart({}, { values: [Number.NaN, 1] }), 'chart.series.values[0]', zh.number],
      [chart({ labels: [] }, { values: [] }), 'chart.series.values', zh.oneValue],
      [chart({ labels: [] }, { values: [] }), 'chart.labels', zh.oneLabel],
      [chart({ caption: '   ' }), 'chart.caption', zh.empty],
      [chart({}, { values: [250] }), 'chart.series.values', zh.valuesLabels(1, 2)],
      [chart({}, { measure: 'amount', unit: '亿元', values: [250, -1] }), 'chart.series.values[1]', zh.negative('金额', -1)],
      [chart({}, { measure: 'count', values: [-3, 1] }), 'chart.series.values[0]', zh.negative('数量', -3)],
      [chart({ kind: 'doughnut' }, { measure: 'share', unit: '%', values: [-10, 110] }), 'chart.series.values[0]', zh.negative('占比', -10)],
      [chart({}, { measure: 'share', unit: '人', values: [40, 60] }), 'chart.series.unit', zh.shareUnit('人')],
      [chart({}, { measure: 'share', unit: '%', values: [40.123, 50] }), 'chart.series.values', zh.shareTotal(90.12)],
      [chart({ kind: 'doughnut' }, { measure: 'change', unit: '%', values: [10, 20] }), 'chart.kind', zh.doughnutChange],
      [chart({}, { derived: [{ label: '谷歌', how: '推算' }] }), 'chart.series.derived[0].label', zh.derivedLabel('谷歌')],
    ]
    for (const [input, field, message] of cases)
      expect(chartProblems(input), `${field}: ${message}`).toContainEqual({ field, message })
  })

  it('takes zero, and a change below zero, as values: only counts, amounts and shares cannot be negative', () => {
    expect(validateChartSpec(chart({}, { values: [0, 1500] })).ok).toBe(true)
    expect(validateChartSpec(chart({}, { measure: 'change', unit: '%', values: [-37.3, 12] })).ok).toBe(true)
    expect(validateChartSpec(chart({ kind: 'hbar' }, { measure: 'change', unit: '%', values: [-37.3, 12] })).ok).toBe(true)
  })

  it('says zod\'s own messages in the edition\'s language', () => {
    const [zhProblem] = chartProblems(chart({ caption: 5 }))
    expect(zhProblem.field).toBe('chart.caption')
    expect(zhProblem.message).toMatch(/\p{Script=Han}/u)
    const [enProblem] = chartProblems(chart({ caption: 5 }), 'en')
    expect(enProblem.message).not.toMatch(/\p{Script=Han}/u)
    expect(enProblem.message).toMatch(/string/i)
    expect(chartProblems(chart({}, { values: [250] }), 'en')).toEqual([{ field: 'chart.series.values', message: SPEC_WORDS.en.valuesLabels(1, 2) }])
  })

  it('names the slide and every field at fault on one line', () => {
    const problems = [{ field: 'chart.caption', message: '不能为空' }, { field: 'chart.kind', message: '图表类型有误' }]
    expect(describeProblems({ page: 4, title: '人员' }, problems)).toBe('第 4 页「人员」的图表数据有误：chart.caption：不能为空；chart.kind：图表类型有误')
    expect(describeProblems({ page: 4 }, problems.slice(0, 1), 'figures')).toBe('第 4 页的数字卡片数据有误：chart.caption：不能为空')
  })

  it('names each measure', () => {
    expect(MEASURES.map(measure => measureName(measure))).toEqual(['数量', '金额', '占比', '变化率'])
    expect(measureName('share', 'en')).toBe(SPEC_WORDS.en.measures.share)
  })
})

describe('the figures block\'s rules, each in its words', () => {
  it('names each malformed field', () => {
    const card = { value: 600, label: '市场规模', source: '钛媒体' }
    const cases: Array<[unknown, string, string]> = [
      ['600 亿', 'figures', zh.figuresList],
      [[], 'figures', zh.oneFigure],
      [Array.from({ length: MAX_FIGURES + 1 }, () => card), 'figures', zh.maxFigures(MAX_FIGURES)],
      [[{ ...card, value: { amount: 600 } }], 'figures[0].value', zh.valueType],
      [[{ ...card, label: '   ' }], 'figures[0].label', zh.empty],
      [[{ ...card, unit: '' }], 'figures[0].unit', zh.empty],
    ]
    for (const [input, field, message] of cases)
      expect(figureProblems(input), `${field}: ${message}`).toContainEqual({ field, message })
  })

  it('reads a text value trimmed and a number as text, and says zod\'s own messages in the edition\'s language', () => {
    expect(validateFigures([{ value: ' 第 11 位 ', label: ' 排名 ', source: '施一公' }])).toEqual({ ok: true, figures: [{ value: '第 11 位', label: '排名', source: '施一公' }] })
    const [zhProblem] = figureProblems([{ value: 1, label: 5, source: '乙' }])
    expect(zhProblem).toMatchObject({ field: 'figures[0].label', message: expect.stringMatching(/\p{Script=Han}/u) })
    const [enProblem] = figureProblems([{ value: 1, label: 5, source: '乙' }], 'en')
    expect(enProblem.message).not.toMatch(/\p{Script=Han}/u)
  })
})
