import type { ChartSpec } from './chartSpec'
import type { FillPattern, Palette } from './palette'
import { FILL_PATTERNS } from './palette'

export const CHART_FONT_FAMILY = '"Noto Sans SC", sans-serif'

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

export function formatValue(value: number, unit: string): string {
  const number = value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })
  return unit === '%' ? `${number}%` : `${number} ${unit}`
}

export function dataPoints(spec: ChartSpec): DataPoint[] {
  const how = new Map(spec.series.derived?.map(item => [item.label, item.how]))
  return spec.labels.map((label, index) => {
    const value = spec.series.values[index]
    return { label, value, text: formatValue(value, spec.series.unit), derivedHow: how.get(label) }
  })
}

/** The canvas's text alternative: caption, every value with its unit, the source. */
export function textAlternative(spec: ChartSpec): string {
  const kind = spec.kind === 'doughnut' ? '环形图' : '柱状图'
  const values = dataPoints(spec)
    .map(point => `${point.label} ${point.text}${point.derivedHow ? '(推算)' : ''}`)
    .join(';')
  return `${kind}:${spec.caption}。${spec.series.name}:${values}。来源:${spec.series.source}`
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

export interface ChartJsConfig {
  type: 'bar' | 'doughnut'
  data: {
    labels: string[]
    datasets: Array<{
      label: string
      data: number[]
      borderColor: string[]
      borderWidth: number
      borderDash?: number[]
    }>
  }
  options: Record<string, unknown>
}

export interface ConfigContext {
  palette: Palette
  /** Print and export: no animation, so the first frame is the final one. */
  animate: boolean
}

/** Maps a validated spec to Chart.js's config. Fills are added by the canvas, which can make patterns. */
export function toChartJsConfig(spec: ChartSpec, { palette, animate }: ConfigContext): ChartJsConfig {
  const fills = segmentFills(spec, palette)
  const font = { family: CHART_FONT_FAMILY, size: 14 }
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: animate ? { duration: 500 } : false,
    plugins: { legend: { display: false }, tooltip: { enabled: false } },
    font,
    color: palette.text,
  }
  const dataset = {
    label: `${spec.series.name}(${spec.series.unit})`,
    data: [...spec.series.values],
    borderColor: spec.kind === 'doughnut' ? fills.map(() => palette.background) : fills.map(fill => fill.color),
    borderWidth: 2,
  }
  if (spec.kind === 'doughnut') {
    return {
      type: 'doughnut',
      data: { labels: [...spec.labels], datasets: [dataset] },
      options: { ...common, cutout: '55%' },
    }
  }
  const valueAxis = {
    beginAtZero: true,
    grid: { color: palette.grid },
    border: { color: palette.muted },
    ticks: { color: palette.text, font },
    title: { display: true, text: `${spec.series.name}(${spec.series.unit})`, color: palette.text, font },
  }
  const categoryAxis = {
    grid: { display: false },
    border: { color: palette.muted },
    ticks: { color: palette.text, font },
  }
  const horizontal = spec.kind === 'hbar'
  return {
    type: 'bar',
    data: { labels: [...spec.labels], datasets: [dataset] },
    options: {
      ...common,
      indexAxis: horizontal ? 'y' : 'x',
      maxBarThickness: 96,
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    },
  }
}
