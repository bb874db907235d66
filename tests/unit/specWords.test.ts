import { describe, expect, it } from 'vitest'
import { describeProblems, validateChartSpec } from '../../components/charts/chartSpec'
import { SPEC_WORDS } from '../../components/charts/specWords'
import { MAX_FIGURES, validateFigures } from '../../components/figures/figureSpec'

const spec = (changes: Record<string, unknown> = {}, series: Record<string, unknown> = {}) => ({
  kind: 'doughnut',
  caption: 'Graduates',
  labels: ['PhD', 'Other'],
  series: { name: 'Share', measure: 'share', unit: '%', source: 'TMTPost', values: [7, 93], ...series },
  ...changes,
})
const messages = (result: ReturnType<typeof validateChartSpec> | ReturnType<typeof validateFigures>) => result.ok ? [] : result.problems.map(problem => `${problem.field} ${problem.message}`)
const HAN = /\p{Script=Han}/u

describe('chart and figure problems in the edition\'s language', () => {
  it('tells an English slide every chart problem in English, naming the field', () => {
    expect(messages(validateChartSpec(spec({ caption: ' ', labels: ['PhD'] }, { measure: 'change', unit: 'people', values: [-7, 93] }), 'en'))).toEqual([
      'chart.caption is empty',
      'chart.series.values 2 values for 1 labels: one value for each label',
      'chart.kind a doughnut shows the parts of one whole; draw a change with bars',
    ])
    expect(messages(validateChartSpec(spec({}, { values: [7, 83] }), 'en'))).toEqual(['chart.series.values the shares add up to 90%, not 100%'])
    expect(messages(validateChartSpec(spec({}, { unit: 'people', values: [-7, 107] }), 'en'))).toEqual(['chart.series.values[0] a share cannot be negative, and this is -7', 'chart.series.unit a share’s unit is “%”, not “people”'])
    expect(messages(validateChartSpec(spec({ kind: 'pie' }, { name: undefined }), 'en'))).toEqual(['chart.kind the chart type is one of bar / hbar / doughnut', 'chart.series.name Invalid input: expected string, received undefined'])
    expect(messages(validateChartSpec(undefined, 'en'))).toEqual(['chart the chart: block is missing'])
  })

  it('and the same problems to a Chinese slide in Chinese', () => {
    expect(messages(validateChartSpec(spec({ caption: ' ' }, { values: [7, 83] }), 'zh'))).toEqual(['chart.caption 不能为空', 'chart.series.values 各部分占比之和应为 100%，实际为 90%'])
    expect(messages(validateChartSpec(spec({ kind: 'pie' }), 'zh'))).toEqual(['chart.kind 图表类型应为 bar / hbar / doughnut 之一'])
  })

  it('tells figure cards\' problems in either language', () => {
    const many = Array.from({ length: MAX_FIGURES + 1 }, () => ({ value: 1, label: 'A', source: 'B' }))
    expect(messages(validateFigures(many, 'en'))).toEqual([`figures holds at most ${MAX_FIGURES} figures: a slide has no room for more`])
    expect(messages(validateFigures([{ value: 1, label: '', source: 'B' }], 'en'))).toEqual(['figures[0].label is empty'])
    expect(messages(validateFigures(many, 'zh'))).toEqual([`figures 最多 ${MAX_FIGURES} 个数字，一页放不下更多`])
  })

  it('names the slide in its edition\'s words', () => {
    expect(describeProblems({ page: 7, title: 'Graduates' }, [{ field: 'chart.caption', message: 'is empty' }], 'chart', 'en')).toBe('Slide 7 (“Graduates”): the chart data is wrong: chart.caption is empty')
    expect(describeProblems({ page: 7 }, [{ field: 'figures[0].label', message: '不能为空' }], 'figures', 'zh')).toBe('第 7 页的数字卡片数据有误：figures[0].label：不能为空')
  })

  it('has no Chinese in any English word', () => {
    // Every word; a function said with lists, which stand in for any argument (a list joins, a text or number prints).
    const english: string[] = Object.values(SPEC_WORDS.en).flatMap(word => typeof word === 'function' ? [(word as (...args: unknown[]) => string)(['a'], ['b'], ['c'])] : typeof word === 'string' ? [word] : Object.values(word))
    expect(english.length).toBeGreaterThan(20)
    expect(english.filter(text => HAN.test(text))).toEqual([])
  })
})
