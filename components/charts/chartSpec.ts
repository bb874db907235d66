import type { DeckLang } from '../deck/languages'
import type { SpecWords } from './specWords'
import { z } from 'zod'
import zhCN from 'zod/v4/locales/zh-CN.js'
import { SPEC_WORDS } from './specWords'

/**
 * The data block a presenter writes in a slide's frontmatter under `chart:`.
 * One chart draws exactly one series, so two different measures can never
 * share an axis.
 */

export const CHART_KINDS = ['bar', 'hbar', 'doughnut'] as const
export const MEASURES = ['count', 'amount', 'share', 'change'] as const

/** How far the shares of one whole may stray from 100 (rounding in the source). */
export const SHARE_TOLERANCE = 0.5

// The schemas write a key of SpecWords, with its arguments in `params.args`; specMessage() says it in the edition's words.
const text = z.string().trim().min(1, { error: 'empty' })

const derivedValue = z.object({
  label: text,
  how: text,
})

const series = z.object({
  name: text,
  measure: z.enum(MEASURES, { error: 'measureOneOf' }),
  unit: text,
  source: text,
  values: z.array(z.number({ error: 'number' }).refine(Number.isFinite, { error: 'finite' })).min(1, { error: 'oneValue' }),
  derived: z.array(derivedValue).optional(),
})

export const chartSpecSchema = z.object({
  kind: z.enum(CHART_KINDS, { error: 'kindOneOf' }),
  caption: text,
  labels: z.array(text).min(1, { error: 'oneLabel' }),
  series,
}).superRefine((spec, ctx) => {
  const { labels, series: s } = spec
  if (labels.length !== s.values.length) {
    ctx.addIssue({ code: 'custom', path: ['series', 'values'], message: 'valuesLabels', params: { args: [s.values.length, labels.length] } })
  }
  if (s.measure === 'count' || s.measure === 'amount' || s.measure === 'share') {
    s.values.forEach((value, index) => {
      if (value < 0)
        ctx.addIssue({ code: 'custom', path: ['series', 'values', index], message: 'negative', params: { args: [s.measure, value] } })
    })
  }
  if (s.measure === 'share') {
    if (s.unit !== '%')
      ctx.addIssue({ code: 'custom', path: ['series', 'unit'], message: 'shareUnit', params: { args: [s.unit] } })
    const total = s.values.reduce((sum, value) => sum + value, 0)
    if (Math.abs(total - 100) > SHARE_TOLERANCE)
      ctx.addIssue({ code: 'custom', path: ['series', 'values'], message: 'shareTotal', params: { args: [round(total)] } })
  }
  if (spec.kind === 'doughnut' && s.measure === 'change')
    ctx.addIssue({ code: 'custom', path: ['kind'], message: 'doughnutChange' })
  s.derived?.forEach((item, index) => {
    if (!labels.includes(item.label))
      ctx.addIssue({ code: 'custom', path: ['series', 'derived', index, 'label'], message: 'derivedLabel', params: { args: [item.label] } })
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
/** zod's own messages (a wrong type, an unknown key) in the edition's language: its zh-CN locale, or its built-in English. */
export const ZOD_ERRORS: Record<DeckLang, Parameters<typeof chartSpecSchema.safeParse>[1]> = { zh: { error: chineseErrors }, en: undefined }

type Issue = z.core.$ZodIssue & { params?: { args?: unknown[] } }

/** An issue's message in the edition's words: a SpecWords key said with its arguments, or zod's own message as its locale wrote it. */
export function specMessage(issue: Issue, lang: DeckLang): string {
  const words = SPEC_WORDS[lang]
  const args = issue.params?.args ?? []
  switch (issue.message) {
    case 'measureOneOf': return words.oneOf(MEASURES)
    case 'kindOneOf': return words.kindOneOf(CHART_KINDS)
    case 'negative': return words.negative(words.measures[args[0] as Measure], Number(args[1]))
    case 'valuesLabels': return words.valuesLabels(Number(args[0]), Number(args[1]))
    case 'shareUnit': return words.shareUnit(String(args[0]))
    case 'shareTotal': return words.shareTotal(Number(args[0]))
    case 'derivedLabel': return words.derivedLabel(String(args[0]))
    case 'maxFigures': return words.maxFigures(Number('maximum' in issue ? issue.maximum : Number.NaN))
  }
  const plain = words[issue.message as keyof SpecWords]
  return typeof plain === 'string' ? plain : issue.message
}

export function validateChartSpec(input: unknown, lang: DeckLang = 'zh'): ChartSpecResult {
  if (input === undefined || input === null)
    return { ok: false, problems: [{ field: 'chart', message: SPEC_WORDS[lang].noChart }] }
  const result = chartSpecSchema.safeParse(input, ZOD_ERRORS[lang])
  if (result.success)
    return { ok: true, spec: result.data }
  return {
    ok: false,
    problems: result.error.issues.map(issue => ({ field: fieldPath(issue.path), message: specMessage(issue as Issue, lang) })),
  }
}

/** `['series', 'values', 1]` → `chart.series.values[1]`; `root` names the frontmatter block. */
export function fieldPath(path: readonly PropertyKey[], root = 'chart'): string {
  return path.reduce<string>(
    (acc, key) => typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`,
    root,
  )
}

/** One line naming the slide and every field at fault, in the edition's words; `block` names the block (chart or figure data). */
export function describeProblems(slide: { page: number, title?: string }, problems: ChartSpecProblem[], block: 'chart' | 'figures' = 'chart', lang: DeckLang = 'zh'): string {
  const words = SPEC_WORDS[lang]
  return words.problems(words.slide(slide.page, slide.title), block === 'chart' ? words.chartData : words.figureData, problems.map(p => words.field(p.field, p.message)).join(words.join))
}

export function measureName(measure: Measure, lang: DeckLang = 'zh'): string {
  return SPEC_WORDS[lang].measures[measure]
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
