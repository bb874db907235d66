import type { DeckLang } from '../deck/languages'

/**
 * The chart and figure specs' messages in each edition's language: a slide of
 * slides.en.md whose chart or cards miss a text says so in English, on the
 * slide and in the lint. The schemas write a key (`empty`, `valuesLabels`…)
 * and the words here say it; zod's own messages come in its locale.
 */
export interface SpecWords {
  empty: string
  oneOf: (options: readonly string[]) => string
  kindOneOf: (options: readonly string[]) => string
  number: string
  finite: string
  oneValue: string
  oneLabel: string
  valuesLabels: (values: number, labels: number) => string
  negative: (measure: string, value: number) => string
  shareUnit: (unit: string) => string
  shareTotal: (total: number) => string
  doughnutChange: string
  derivedLabel: (label: string) => string
  noChart: string
  measures: Record<'count' | 'amount' | 'share' | 'change', string>
  // Figure cards.
  valueType: string
  figuresList: string
  oneFigure: string
  maxFigures: (max: number) => string
  noFigures: string
  // One line for a slide's problems.
  slide: (page: number, title: string | undefined) => string
  chartData: string
  figureData: string
  problems: (where: string, what: string, fields: string) => string
  field: (field: string, message: string) => string
  join: string
}

export const SPEC_WORDS: Record<DeckLang, SpecWords> = {
  zh: {
    empty: '不能为空',
    oneOf: options => `应为 ${options.join(' / ')} 之一`,
    kindOneOf: options => `图表类型应为 ${options.join(' / ')} 之一`,
    number: '应为数字',
    finite: '应为有限数字',
    oneValue: '至少需要一个数值',
    oneLabel: '至少需要一个标签',
    valuesLabels: (values, labels) => `数值有 ${values} 个，标签有 ${labels} 个，两者应一一对应`,
    negative: (measure, value) => `${measure}不能为负数，实际为 ${value}`,
    shareUnit: unit => `占比的单位应为“%”，实际为“${unit}”`,
    shareTotal: total => `各部分占比之和应为 100%，实际为 ${total}%`,
    doughnutChange: '环形图只能画同一整体的组成部分，同比变化请用柱状图',
    derivedLabel: label => `“${label}”不在 labels 中`,
    noChart: '缺少 chart 数据块',
    measures: { count: '数量', amount: '金额', share: '占比', change: '变化率' },
    valueType: '应为数字或文字',
    figuresList: '应为列表，每项写 value、label、source',
    oneFigure: '至少需要一个数字',
    maxFigures: max => `最多 ${max} 个数字，一页放不下更多`,
    noFigures: '缺少 figures 数据块',
    slide: (page, title) => title ? `第 ${page} 页「${title}」` : `第 ${page} 页`,
    chartData: '图表数据',
    figureData: '数字卡片数据',
    problems: (where, what, fields) => `${where}的${what}有误：${fields}`,
    field: (field, message) => `${field}：${message}`,
    join: '；',
  },
  en: {
    empty: 'is empty',
    oneOf: options => `is one of ${options.join(' / ')}`,
    kindOneOf: options => `the chart type is one of ${options.join(' / ')}`,
    number: 'is a number',
    finite: 'is a finite number',
    oneValue: 'needs at least one value',
    oneLabel: 'needs at least one label',
    valuesLabels: (values, labels) => `${values} values for ${labels} labels: one value for each label`,
    negative: (measure, value) => `a ${measure} cannot be negative, and this is ${value}`,
    shareUnit: unit => `a share’s unit is “%”, not “${unit}”`,
    shareTotal: total => `the shares add up to ${total}%, not 100%`,
    doughnutChange: 'a doughnut shows the parts of one whole; draw a change with bars',
    derivedLabel: label => `“${label}” is not one of the labels`,
    noChart: 'the chart: block is missing',
    measures: { count: 'count', amount: 'amount', share: 'share', change: 'rate of change' },
    valueType: 'is a number or a text',
    figuresList: 'is a list, each item with value, label and source',
    oneFigure: 'needs at least one figure',
    maxFigures: max => `holds at most ${max} figures: a slide has no room for more`,
    noFigures: 'the figures: block is missing',
    slide: (page, title) => title ? `Slide ${page} (“${title}”)` : `Slide ${page}`,
    chartData: 'chart data',
    figureData: 'figure data',
    problems: (where, what, fields) => `${where}: the ${what} is wrong: ${fields}`,
    field: (field, message) => `${field} ${message}`,
    join: '; ',
  },
}
