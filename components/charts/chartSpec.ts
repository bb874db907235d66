import { z } from 'zod'
import zhCN from 'zod/v4/locales/zh-CN.js'

/**
 * The data block a presenter writes in a slide's frontmatter under `chart:`.
 * One chart draws exactly one series, so two different measures can never
 * share an axis.
 */

export const CHART_KINDS = ['bar', 'hbar', 'doughnut'] as const
export const MEASURES = ['count', 'amount', 'share', 'change'] as const

/** How far the shares of one whole may stray from 100 (rounding in the source). */
export const SHARE_TOLERANCE = 0.5

const text = z.string().trim().min(1, { error: '不能为空' })

const derivedValue = z.object({
  label: text,
  how: text,
})

const series = z.object({
  name: text,
  measure: z.enum(MEASURES, { error: `应为 ${MEASURES.join(' / ')} 之一` }),
  unit: text,
  source: text,
  values: z.array(z.number({ error: '应为数字' }).refine(Number.isFinite, { error: '应为有限数字' })).min(1, { error: '至少需要一个数值' }),
  derived: z.array(derivedValue).optional(),
})

export const chartSpecSchema = z.object({
  kind: z.enum(CHART_KINDS, { error: `图表类型应为 ${CHART_KINDS.join(' / ')} 之一` }),
  caption: text,
  labels: z.array(text).min(1, { error: '至少需要一个标签' }),
  series,
}).superRefine((spec, ctx) => {
  const { labels, series: s } = spec
  if (labels.length !== s.values.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['series', 'values'],
      message: `数值有 ${s.values.length} 个，标签有 ${labels.length} 个，两者应一一对应`,
    })
  }
  if (s.measure === 'count' || s.measure === 'amount' || s.measure === 'share') {
    s.values.forEach((value, index) => {
      if (value < 0)
        ctx.addIssue({ code: 'custom', path: ['series', 'values', index], message: `${measureName(s.measure)}不能为负数，实际为 ${value}` })
    })
  }
  if (s.measure === 'share') {
    if (s.unit !== '%')
      ctx.addIssue({ code: 'custom', path: ['series', 'unit'], message: `占比的单位应为“%”，实际为“${s.unit}”` })
    const total = s.values.reduce((sum, value) => sum + value, 0)
    if (Math.abs(total - 100) > SHARE_TOLERANCE)
      ctx.addIssue({ code: 'custom', path: ['series', 'values'], message: `各部分占比之和应为 100%，实际为 ${round(total)}%` })
  }
  if (spec.kind === 'doughnut' && s.measure === 'change')
    ctx.addIssue({ code: 'custom', path: ['kind'], message: '环形图只能画同一整体的组成部分，同比变化请用柱状图' })
  s.derived?.forEach((item, index) => {
    if (!labels.includes(item.label))
      ctx.addIssue({ code: 'custom', path: ['series', 'derived', index, 'label'], message: `“${item.label}”不在 labels 中` })
  })
})

export type ChartSpec = z.infer<typeof chartSpecSchema>
export type Measure = (typeof MEASURES)[number]

export interface ChartSpecProblem {
  /** Where in the frontmatter, e.g. `chart.series.values[1]`. */
  field: string
  message: string
}

export type ChartSpecResult =
  | { ok: true, spec: ChartSpec }
  | { ok: false, problems: ChartSpecProblem[] }

const chineseErrors = zhCN().localeError

export function validateChartSpec(input: unknown): ChartSpecResult {
  if (input === undefined || input === null)
    return { ok: false, problems: [{ field: 'chart', message: '缺少 chart 数据块' }] }
  const result = chartSpecSchema.safeParse(input, { error: chineseErrors })
  if (result.success)
    return { ok: true, spec: result.data }
  return {
    ok: false,
    problems: result.error.issues.map(issue => ({ field: fieldPath(issue.path), message: issue.message })),
  }
}

/** `['series', 'values', 1]` → `chart.series.values[1]`; `root` names the frontmatter block. */
export function fieldPath(path: readonly PropertyKey[], root = 'chart'): string {
  return path.reduce<string>(
    (acc, key) => typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`,
    root,
  )
}

/** One line naming the slide and every field at fault; `what` names the block (图表数据, 数字卡片数据). */
export function describeProblems(slide: { page: number, title?: string }, problems: ChartSpecProblem[], what = '图表数据'): string {
  const where = slide.title ? `第 ${slide.page} 页「${slide.title}」` : `第 ${slide.page} 页`
  return `${where}的${what}有误：${problems.map(p => `${p.field}：${p.message}`).join('；')}`
}

export function measureName(measure: Measure): string {
  return { count: '数量', amount: '金额', share: '占比', change: '变化率' }[measure]
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
