import type { ChartConfiguration, ChartOptions } from 'chart.js'
import type { ChartSpec } from './chartSpec'
import type { FillPattern, Palette } from './palette'
import { FILL_PATTERNS } from './palette'
import type { DeckLang } from '../deck/deckWords'
import { DECK_WORDS, formatDeckNumber, formatDeckValue } from '../deck/deckWords'
import { LANGUAGES } from '../deck/languages'

/** The CSS font family a chart draws its text in, per edition: the edition's own faces. */
export function chartFontFamily(lang: DeckLang): string {
  return [...LANGUAGES[lang].faces.map(face => `"${face}"`), 'sans-serif'].join(', ')
}
export const CHART_FONT_FAMILY = chartFontFamily('zh')

/** Every text a chart draws (ticks, axis titles), in CSS px: it must read from the back of a room. */
export const CHART_FONT_SIZE = 18

/** A category label's longest line under its bar, in half-em units (a Latin letter is one, a Chinese character two): longer labels wrap. */
export const CATEGORY_LINE_CHARS = 20

/** How wide a text sets, in half-em units: a Chinese character or full-width sign two, any other character one. */
export function labelUnits(text: string): number {
  return [...text].reduce((units, char) => units + (/[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u.test(char) ? 2 : 1), 0)
}

/** A token too wide for a line, cut into pieces of even width: a Chinese run between its characters, a Latin word not at all. */
function splitToken(token: string, max: number): string[] {
  if (labelUnits(token) <= max || !/\p{Script=Han}/u.test(token))
    return [token]
  const chars = [...token]
  const pieces = Math.ceil(labelUnits(token) / max)
  const size = Math.ceil(chars.length / pieces)
  return Array.from({ length: Math.ceil(chars.length / size) }, (_, index) => chars.slice(index * size, (index + 1) * size).join(''))
}

/**
 * A label cut into lines at most `max` half-em units wide: at spaces, before
 * a full-width opening bracket (微软 / （数十年持续研发）), and inside a Chinese
 * run too long for a line; a Latin word longer than a line keeps its own.
 */
export function wrapLabel(label: string, max: number): string | string[] {
  const tokens = label.split(/\s+/).filter(Boolean).flatMap(word => word.split(/(?=（)/u)).flatMap(token => splitToken(token, max))
  const lines: string[] = []
  for (const token of tokens) {
    const last = lines.at(-1)
    const joiner = last !== undefined && /\p{Script=Han}|[）（]/u.test(`${last.at(-1)}${token[0]}`) ? '' : ' '
    if (last !== undefined && labelUnits(`${last}${joiner}${token}`) <= max)
      lines[lines.length - 1] = `${last}${joiner}${token}`
    else lines.push(token)
  }
  return lines.length > 1 ? lines : label
}

/** The units a category label's line may take on a chart `width` px wide with `count` categories: its share of the width, never more than CATEGORY_LINE_CHARS. */
export function categoryLineUnits(width: number, count: number, fontSize = CHART_FONT_SIZE): number {
  const slot = width * 0.85 / Math.max(1, count)
  return Math.max(6, Math.min(CATEGORY_LINE_CHARS, Math.floor(slot / (fontSize * 0.55))))
}

export interface DataPoint {
  label: string
  value: number
  /** The value with its unit, as it stands on the slide. */
  text: string
  /** How the number was computed, when the article does not state it. */
  derivedHow?: string
}

export interface SegmentFill {
  color: string
  pattern: FillPattern
}

/** A number as the edition writes it (Chinese: no thousands separators, at most two decimals; English: 862,000, 6.5 million). */
export function formatNumber(value: number, lang: DeckLang = 'zh'): string {
  return formatDeckNumber(value, lang)
}

/** A number as the edition writes it, then its unit: `1500 人`, `7%`, `862,000 people`. */
export function formatValue(value: number, unit: string, lang: DeckLang = 'zh'): string {
  return formatDeckValue(value, unit, lang)
}

export function dataPoints(spec: ChartSpec, lang: DeckLang = 'zh'): DataPoint[] {
  const how = new Map(spec.series.derived?.map(item => [item.label, item.how]))
  return spec.labels.map((label, index) => {
    const value = spec.series.values[index]
    return { label, value, text: formatValue(value, spec.series.unit, lang), derivedHow: how.get(label) }
  })
}

/** The series with its unit, as the value axis and the legend name it: `人员数量（人）`, `Staff (people)`. */
export function seriesLabel(spec: ChartSpec, lang: DeckLang = 'zh'): string {
  return `${spec.series.name}${DECK_WORDS[lang].aside(spec.series.unit)}`
}

/** The canvas's text alternative: caption, every value with its unit, the source. */
export function textAlternative(spec: ChartSpec, lang: DeckLang = 'zh'): string {
  const words = DECK_WORDS[lang]
  const kind = words.chartKinds[spec.kind === 'doughnut' ? 'doughnut' : 'bar']
  const values = dataPoints(spec, lang)
    .map(point => `${point.label} ${point.text}${point.derivedHow ? words.aside(words.derived) : ''}`)
    .join(words.separator)
  return `${kind}${words.colon}${spec.caption}${words.stop}${spec.series.name}${words.colon}${values}${words.stop}${words.source}${words.colon}${spec.series.source}`.trim()
}

/**
 * Fills for each value. A doughnut's segments differ in pattern as well as
 * hue; in a bar chart one series has one colour and a derived bar is hatched.
 */
export function segmentFills(spec: ChartSpec, palette: Palette): SegmentFill[] {
  return dataPoints(spec).map((point, index) => {
    if (spec.kind === 'doughnut')
      return { color: palette.series[index % palette.series.length], pattern: FILL_PATTERNS[index % FILL_PATTERNS.length] }
    return { color: palette.series[0], pattern: point.derivedHow ? 'diagonal' : 'solid' }
  })
}

/**
 * What a drawn chart shows, whoever draws it: Chart.js on the slide and the
 * native PowerPoint chart both start from this one mapping of the spec.
 */
export interface ChartModel {
  kind: ChartSpec['kind']
  labels: string[]
  values: number[]
  /** Series name with its unit; also the value axis title. */
  seriesLabel: string
  points: DataPoint[]
  fills: SegmentFill[]
  /** Bars only: the value axis starts at zero. */
  valueAxisFromZero: boolean
  /** How a spreadsheet writes the values (the native PowerPoint chart): as they stand in Chinese, grouped in English (1,636). */
  numberFormat: string
  description: string
}

export function chartModel(spec: ChartSpec, palette: Palette, lang: DeckLang = 'zh'): ChartModel {
  return {
    kind: spec.kind,
    labels: [...spec.labels],
    values: [...spec.series.values],
    seriesLabel: seriesLabel(spec, lang),
    points: dataPoints(spec, lang),
    fills: segmentFills(spec, palette),
    valueAxisFromZero: spec.kind !== 'doughnut',
    numberFormat: lang === 'zh' ? 'General' : spec.series.values.every(Number.isInteger) ? '#,##0' : '#,##0.0#',
    description: textAlternative(spec, lang),
  }
}

export type BarConfig = ChartConfiguration<'bar', number[], string> & { options: ChartOptions<'bar'> }
export type DoughnutConfig = ChartConfiguration<'doughnut', number[], string> & { options: ChartOptions<'doughnut'> }
type BarScale = NonNullable<ChartOptions<'bar'>['scales']>[string]
export type ChartJsConfig = BarConfig | DoughnutConfig

/** A canvas fill: a colour, or a pattern the canvas made (see patternFill). */
export type CanvasFill = string | CanvasPattern

export interface ConfigContext {
  palette: Palette
  /** Print and export: no animation, so the first frame is the final one. */
  animate: boolean
  /** One fill per value; plain palette colours unless the canvas supplies patterns. */
  fills?: CanvasFill[]
  /** The edition: how numbers and the axis title are written, which faces draw them. */
  lang?: DeckLang
}

/** Maps a validated spec to Chart.js's config. */
export function toChartJsConfig(spec: ChartSpec, { palette, animate, fills, lang = 'zh' }: ConfigContext): ChartJsConfig {
  const model = chartModel(spec, palette, lang)
  const font = { family: chartFontFamily(lang), size: CHART_FONT_SIZE }
  const dataset = {
    label: model.seriesLabel,
    data: model.values,
    backgroundColor: fills ?? model.fills.map(fill => fill.color),
    borderColor: spec.kind === 'doughnut' ? model.fills.map(() => palette.background) : model.fills.map(fill => fill.color),
    borderWidth: 2,
  }
  const plugins = { legend: { display: false }, tooltip: { enabled: false } }
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: animate ? { duration: 500 } : false,
    font,
    color: palette.text,
  } as const
  if (model.kind === 'doughnut') {
    const options: ChartOptions<'doughnut'> = { ...common, plugins, cutout: '55%' }
    return { type: 'doughnut', data: { labels: model.labels, datasets: [dataset] }, options }
  }
  const valueAxis: BarScale = {
    type: 'linear',
    beginAtZero: model.valueAxisFromZero,
    grid: { color: palette.grid },
    border: { color: palette.muted },
    // Chart.js groups thousands on the axis (1,600) in every language; the Chinese edition writes 1600 everywhere.
    ticks: { color: palette.text, font, callback: value => formatNumber(Number(value), lang) },
    title: { display: true, text: model.seriesLabel, color: palette.text, font },
  }
  const categoryAxis: BarScale = {
    type: 'category',
    grid: { display: false },
    border: { color: palette.muted },
    // A long label (English) takes lines under its bar, never a slant.
    ticks: {
      color: palette.text,
      font,
      maxRotation: 0,
      autoSkip: false,
      // Under a bar, a label's lines take the bar's share of the chart's width (a phone's chart is narrow); beside one (hbar), the usual line.
      callback(_value, index) {
        return wrapLabel(model.labels[index] ?? '', model.kind === 'hbar' ? CATEGORY_LINE_CHARS : categoryLineUnits(this.chart.width, model.labels.length))
      },
    },
  }
  const horizontal = model.kind === 'hbar'
  const options: ChartOptions<'bar'> = {
    ...common,
    plugins,
    indexAxis: horizontal ? 'y' : 'x',
    scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
  }
  return {
    type: 'bar',
    data: { labels: model.labels, datasets: [{ ...dataset, maxBarThickness: 96 }] },
    options,
  }
}
