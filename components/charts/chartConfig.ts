import type { ChartConfiguration, ChartOptions } from 'chart.js'
import type { ChartSpec } from './chartSpec'
import type { FillPattern, Palette } from './palette'
import { FILL_PATTERNS } from './palette'
import { DERIVED_TAG } from '../text/derivedTag'

export const CHART_FONT_FAMILY = '"Noto Sans SC", sans-serif'

/** Every text a chart draws (ticks, axis titles), in CSS px: it must read from the back of a room. */
export const CHART_FONT_SIZE = 18

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

/** A number as the deck writes it: no thousands separators, at most two decimals. */
export function formatNumber(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 2, useGrouping: false })
}

/** A number as the deck writes it, then its unit: `1500 人`, `7%`. */
export function formatValue(value: number, unit: string): string {
  const number = formatNumber(value)
  return unit === '%' ? `${number}%` : `${number} ${unit}`
}

export function dataPoints(spec: ChartSpec): DataPoint[] {
  const how = new Map(spec.series.derived?.map(item => [item.label, item.how]))
  return spec.labels.map((label, index) => {
    const value = spec.series.values[index]
    return { label, value, text: formatValue(value, spec.series.unit), derivedHow: how.get(label) }
  })
}

/** The series with its unit, as the value axis and the legend name it: `人员数量（人）`. */
export function seriesLabel(spec: ChartSpec): string {
  return `${spec.series.name}（${spec.series.unit}）`
}

/** The canvas's text alternative: caption, every value with its unit, the source. */
export function textAlternative(spec: ChartSpec): string {
  const kind = spec.kind === 'doughnut' ? '环形图' : '柱状图'
  const values = dataPoints(spec)
    .map(point => `${point.label} ${point.text}${point.derivedHow ? `（${DERIVED_TAG}）` : ''}`)
    .join('；')
  return `${kind}：${spec.caption}。${spec.series.name}：${values}。来源：${spec.series.source}`
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
  description: string
}

export function chartModel(spec: ChartSpec, palette: Palette): ChartModel {
  return {
    kind: spec.kind,
    labels: [...spec.labels],
    values: [...spec.series.values],
    seriesLabel: seriesLabel(spec),
    points: dataPoints(spec),
    fills: segmentFills(spec, palette),
    valueAxisFromZero: spec.kind !== 'doughnut',
    description: textAlternative(spec),
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
}

/** Maps a validated spec to Chart.js's config. */
export function toChartJsConfig(spec: ChartSpec, { palette, animate, fills }: ConfigContext): ChartJsConfig {
  const model = chartModel(spec, palette)
  const font = { family: CHART_FONT_FAMILY, size: CHART_FONT_SIZE }
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
    // Chart.js groups thousands on the axis (1,600); the deck writes 1600 everywhere.
    ticks: { color: palette.text, font, callback: value => formatNumber(Number(value)) },
    title: { display: true, text: model.seriesLabel, color: palette.text, font },
  }
  const categoryAxis: BarScale = {
    type: 'category',
    grid: { display: false },
    border: { color: palette.muted },
    ticks: { color: palette.text, font },
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
