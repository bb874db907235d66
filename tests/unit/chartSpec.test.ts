import { describe, expect, it } from 'vitest'
import { describeProblems, fieldPath, validateChartSpec } from '../../components/charts/chartSpec'

function validSpec() {
  return {
    kind: 'bar',
    caption: '人员规模',
    labels: ['OpenAI', '微软研究院'],
    series: { name: '人员数量', measure: 'count', unit: '人', source: '纳德拉,据钛媒体', values: [250, 1500] },
  }
}

function problemsOf(input: unknown) {
  const result = validateChartSpec(input)
  if (result.ok)
    throw new Error('expected the spec to be rejected')
  return result.problems
}

describe('validateChartSpec', () => {
  it('accepts a well-formed block', () => {
    const result = validateChartSpec(validSpec())
    expect(result.ok).toBe(true)
  })

  it('rejects a missing chart block', () => {
    expect(problemsOf(undefined)).toEqual([{ field: 'chart', message: '缺少 chart 数据块' }])
  })

  it('rejects missing values', () => {
    const spec = validSpec() as any
    delete spec.series.values
    expect(problemsOf(spec).map(p => p.field)).toContain('chart.series.values')
  })

  it('rejects labels and values of different lengths', () => {
    const spec = validSpec()
    spec.series.values = [250, 1500, 3]
    const [problem] = problemsOf(spec)
    expect(problem.field).toBe('chart.series.values')
    expect(problem.message).toContain('数值有 3 个，标签有 2 个')
  })

  it('rejects a value that is not a number, naming its index', () => {
    const spec = validSpec() as any
    spec.series.values = [250, '1500']
    const [problem] = problemsOf(spec)
    expect(problem.field).toBe('chart.series.values[1]')
    expect(problem.message).toBe('应为数字')
  })

  it('rejects a negative count', () => {
    const spec = validSpec()
    spec.series.values = [-250, 1500]
    const [problem] = problemsOf(spec)
    expect(problem.field).toBe('chart.series.values[0]')
    expect(problem.message).toContain('不能为负数')
  })

  it('rejects shares that do not add up to 100', () => {
    const spec = { ...validSpec(), kind: 'doughnut', labels: ['a', 'b', 'c'], series: { ...validSpec().series, measure: 'share', unit: '%', values: [60, 37, 13] } }
    const [problem] = problemsOf(spec)
    expect(problem.field).toBe('chart.series.values')
    expect(problem.message).toContain('实际为 110%')
  })

  it('rejects shares that fall short of 100 as well as those over it, and takes rounding within half a point either way', () => {
    const shares = (values: number[]) => ({ ...validSpec(), kind: 'doughnut', labels: values.map((_, index) => `第 ${index + 1} 项`), series: { ...validSpec().series, measure: 'share', unit: '%', values } })
    const [short] = problemsOf(shares([50, 30, 10]))
    expect(short).toEqual({ field: 'chart.series.values', message: expect.stringContaining('实际为 90%') })
    for (const within of [[33.3, 33.3, 33.3], [50, 49.5], [50, 50.5]])
      expect(validateChartSpec(shares(within)).ok, within.join(' + ')).toBe(true)
    expect(problemsOf(shares([50, 49.4]))).toMatchObject([{ message: expect.stringContaining('实际为 99.4%') }])
    expect(problemsOf(shares([50, 50.6]))).toMatchObject([{ message: expect.stringContaining('实际为 100.6%') }])
  })

  it('rejects a share in a unit other than %', () => {
    const spec = { ...validSpec(), series: { ...validSpec().series, measure: 'share', unit: '人', values: [40, 60] } }
    expect(problemsOf(spec).map(p => p.field)).toEqual(['chart.series.unit'])
  })

  it('rejects an unknown chart kind', () => {
    const spec = { ...validSpec(), kind: 'pie3d' }
    const [problem] = problemsOf(spec)
    expect(problem.field).toBe('chart.kind')
    expect(problem.message).toContain('bar / hbar / doughnut')
  })

  it('rejects a missing unit', () => {
    const spec = validSpec() as any
    delete spec.series.unit
    expect(problemsOf(spec).map(p => p.field)).toEqual(['chart.series.unit'])
  })

  it('rejects an empty unit', () => {
    const spec = validSpec()
    spec.series.unit = '  '
    expect(problemsOf(spec)).toEqual([{ field: 'chart.series.unit', message: '不能为空' }])
  })

  it('rejects a missing source', () => {
    const spec = validSpec() as any
    delete spec.series.source
    expect(problemsOf(spec).map(p => p.field)).toEqual(['chart.series.source'])
  })

  it('rejects a derived note for a label the chart does not have', () => {
    const spec = { ...validSpec(), series: { ...validSpec().series, derived: [{ label: '谷歌', how: '推算' }] } }
    expect(problemsOf(spec).map(p => p.field)).toEqual(['chart.series.derived[0].label'])
  })

  it('rejects a doughnut of year-on-year changes', () => {
    const spec = { ...validSpec(), kind: 'doughnut', series: { ...validSpec().series, measure: 'change', unit: '%', values: [-37.29, -18.29] } }
    expect(problemsOf(spec).map(p => p.field)).toEqual(['chart.kind'])
  })
})

describe('error text', () => {
  it('writes paths as the frontmatter reads', () => {
    expect(fieldPath(['series', 'values', 2])).toBe('chart.series.values[2]')
  })

  it('names the slide and the field', () => {
    const text = describeProblems({ page: 7, title: '留学与回国' }, [{ field: 'chart.series.unit', message: '不能为空' }])
    expect(text).toBe('第 7 页「留学与回国」的图表数据有误：chart.series.unit：不能为空')
  })
})
