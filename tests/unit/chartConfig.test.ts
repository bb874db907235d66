import { describe, expect, it } from 'vitest'
import { CHART_FONT_FAMILY, CHART_FONT_SIZE, chartModel, dataPoints, formatNumber, formatValue, segmentFills, textAlternative, toChartJsConfig } from '../../components/charts/chartConfig'
import { darkPalette, lightPalette } from '../../components/charts/palette'
import { sampleBar as bar, sampleDoughnut as doughnut } from '../support/sampleCharts'

describe('formatValue', () => {
  it('puts a space before a word unit and none before %', () => {
    expect(formatValue(1500, '人')).toBe('1500 人')
    expect(formatValue(6.62, '万人')).toBe('6.62 万人')
    expect(formatValue(37, '%')).toBe('37%')
  })

  it('writes numbers without thousands separators, at most two decimals', () => {
    expect(formatValue(2629.3, '亿元')).toBe('2629.3 亿元')
    expect(formatValue(1234567, '人')).toBe('1234567 人')
    expect(formatValue(1 / 3, '%')).toBe('0.33%')
  })
})

describe('dataPoints', () => {
  it('pairs each label with its value and marks derived ones', () => {
    expect(dataPoints(bar)).toEqual([
      { label: '2022 年一季度', value: 1636, text: '1636 起', derivedHow: '1026 ÷ (1 − 37.29%)' },
      { label: '2023 年一季度', value: 1026, text: '1026 起', derivedHow: undefined },
    ])
  })
})

describe('textAlternative', () => {
  it('carries the caption, every value with its unit, the derived mark and the source, in full-width punctuation', () => {
    expect(textAlternative(bar)).toBe('柱状图：一季度投资事件数。投资事件数：2022 年一季度 1636 起（推算）；2023 年一季度 1026 起。来源：IT 桔子')
    expect(textAlternative(doughnut)).toBe('环形图：募资额分布。占比：不足 1 亿美元 60%；1 亿至 5 亿美元 37%；5 亿美元及以上 3%。来源：IT 桔子')
  })
})

describe('segmentFills', () => {
  it('hatches a derived bar and keeps one colour for one series', () => {
    expect(segmentFills(bar, lightPalette)).toEqual([
      { color: lightPalette.series[0], pattern: 'diagonal' },
      { color: lightPalette.series[0], pattern: 'solid' },
    ])
  })

  it('tells doughnut segments apart by pattern as well as colour', () => {
    const fills = segmentFills(doughnut, darkPalette)
    expect(new Set(fills.map(f => f.pattern)).size).toBe(3)
    expect(new Set(fills.map(f => f.color)).size).toBe(3)
  })
})

describe('chartModel', () => {
  it('holds what every drawing of the chart shows: labels, values, series with unit, fills, description', () => {
    const model = chartModel(bar, lightPalette)
    expect(model).toMatchObject({ kind: 'bar', labels: bar.labels, values: [1636, 1026], seriesLabel: '投资事件数（起）', valueAxisFromZero: true })
    expect(model.fills).toEqual(segmentFills(bar, lightPalette))
    expect(model.description).toBe(textAlternative(bar))
    expect(chartModel(doughnut, lightPalette).valueAxisFromZero).toBe(false)
    // The native chart's spreadsheet format: the deck's own way in Chinese, grouped thousands in English.
    expect(chartModel(bar, lightPalette).numberFormat).toBe('General')
    expect(chartModel(bar, lightPalette, 'en').numberFormat).toBe('#,##0')
    expect(chartModel({ ...bar, series: { ...bar.series, values: [6.62, 79.6] } }, lightPalette, 'en').numberFormat).toBe('#,##0.0#')
  })
})

describe('toChartJsConfig', () => {
  it('maps a bar spec to a zero-based, labelled value axis', () => {
    const config = toChartJsConfig(bar, { palette: lightPalette, animate: true })
    expect(config.type).toBe('bar')
    expect(config.data.labels).toEqual(bar.labels)
    expect(config.data.datasets).toHaveLength(1)
    expect(config.data.datasets[0].data).toEqual([1636, 1026])
    const y = config.options.scales?.y
    expect(y?.type).toBe('linear')
    expect(y && 'beginAtZero' in y && y.beginAtZero).toBe(true)
    expect(y?.title).toMatchObject({ display: true, text: '投资事件数（起）' })
  })

  it('draws ticks and axis titles at the chart font size', () => {
    const config = toChartJsConfig(bar, { palette: lightPalette, animate: true })
    expect(CHART_FONT_SIZE).toBe(18)
    for (const axis of [config.options.scales?.x, config.options.scales?.y])
      expect(axis?.ticks?.font).toMatchObject({ size: CHART_FONT_SIZE })
    expect(config.options.scales?.y?.title?.font).toMatchObject({ size: CHART_FONT_SIZE })
    for (const spec of [bar, doughnut])
      expect(toChartJsConfig(spec, { palette: lightPalette, animate: true }).options.font).toEqual({ family: CHART_FONT_FAMILY, size: CHART_FONT_SIZE })
  })

  it('labels the value axis the way the deck writes numbers: 1600, not 1,600', () => {
    expect(formatNumber(1600)).toBe('1600')
    const ticks = toChartJsConfig(bar, { palette: lightPalette, animate: true }).options.scales?.y?.ticks
    const label = ticks?.callback as unknown as (value: number | string) => string
    expect([1600, 1400.5, 0].map(value => label(value))).toEqual(['1600', '1400.5', '0'])
  })

  it('fills with the palette colours unless the canvas supplies fills', () => {
    expect(toChartJsConfig(doughnut, { palette: lightPalette, animate: true }).data.datasets[0].backgroundColor).toEqual(lightPalette.series.slice(0, 3))
    expect(toChartJsConfig(bar, { palette: lightPalette, animate: true, fills: ['red', 'blue'] }).data.datasets[0].backgroundColor).toEqual(['red', 'blue'])
  })

  it('puts the value axis on x for a horizontal bar chart', () => {
    const config = toChartJsConfig({ ...bar, kind: 'hbar' }, { palette: lightPalette, animate: true })
    expect(config.options.indexAxis).toBe('y')
    const x = config.options.scales?.x
    expect(x && 'beginAtZero' in x && x.beginAtZero).toBe(true)
  })

  it('turns animation off for print', () => {
    expect(toChartJsConfig(bar, { palette: lightPalette, animate: false }).options.animation).toBe(false)
    expect(toChartJsConfig(doughnut, { palette: lightPalette, animate: false }).options.animation).toBe(false)
  })

  it('draws a doughnut with no axes', () => {
    const config = toChartJsConfig(doughnut, { palette: darkPalette, animate: true })
    expect(config.type).toBe('doughnut')
    expect(config.options.scales).toBeUndefined()
    expect(config.data.datasets[0].data).toEqual([60, 37, 3])
  })

  it('does not share arrays with the spec', () => {
    const config = toChartJsConfig(bar, { palette: lightPalette, animate: true })
    config.data.datasets[0].data.push(1)
    expect(bar.series.values).toEqual([1636, 1026])
  })
})
