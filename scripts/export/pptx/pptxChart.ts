import type PptxGenJS from 'pptxgenjs'
import type { ChartModel } from '../../../components/charts/chartConfig'
import type { Palette } from '../../../components/charts/palette'
import type { BoxIn, SlideGeometry } from './pptxMapping'
import { CHART_FONT_SIZE } from '../../../components/charts/chartConfig'
import { DECK_FONT } from './pptxFonts'
import { cssColorToHex, patternPreset, pxToPoints } from './pptxMapping'

export interface NativeChart {
  type: 'bar' | 'doughnut'
  data: PptxGenJS.OptsChartData[]
  options: PptxGenJS.IChartOpts
}

const hex = (colour: string) => cssColorToHex(colour).hex

/**
 * The chart model (the same one Chart.js draws from) as a native PowerPoint
 * chart: one series named with its unit, the values in its data sheet, the
 * value axis from zero, one palette colour per point, the text alternative as
 * alt text. Patterns for derived values are added by `patternPoints`.
 */
export function nativeChart(model: ChartModel, palette: Palette, box: BoxIn, geometry: SlideGeometry, font = DECK_FONT): NativeChart {
  const fontSize = pxToPoints(CHART_FONT_SIZE, geometry)
  const colours = model.fills.map(fill => hex(fill.color))
  const data = [{ name: model.seriesLabel, labels: model.labels, values: model.values }]
  const common: PptxGenJS.IChartOpts = {
    ...box,
    altText: model.description,
    // pptxgenjs colours each point only when given more than one colour.
    chartColors: colours.length > 1 ? colours : [...colours, ...colours],
    showLegend: false,
    showTitle: false,
    showValue: true,
    dataLabelFormatCode: model.numberFormat,
    dataLabelFontFace: font,
    dataLabelFontSize: fontSize,
    dataLabelColor: hex(palette.text),
  }
  if (model.kind === 'doughnut') {
    return {
      type: 'doughnut',
      data,
      // As on the slide, the values stand in the list beneath the ring, not on it.
      options: { ...common, holeSize: 55, dataBorder: { pt: 1.5, color: hex(palette.background) }, showValue: false },
    }
  }
  const axisFont = { face: font, size: fontSize, color: hex(palette.text) }
  return {
    type: 'bar',
    data,
    options: {
      ...common,
      barDir: model.kind === 'hbar' ? 'bar' : 'col',
      dataLabelPosition: 'outEnd',
      valAxisMinVal: 0,
      valAxisLabelFormatCode: model.numberFormat,
      valAxisLabelFontFace: axisFont.face,
      valAxisLabelFontSize: axisFont.size,
      valAxisLabelColor: axisFont.color,
      valAxisLineColor: hex(palette.muted),
      showValAxisTitle: true,
      valAxisTitle: model.seriesLabel,
      valAxisTitleFontFace: axisFont.face,
      valAxisTitleFontSize: axisFont.size,
      valAxisTitleColor: axisFont.color,
      valGridLine: { color: hex(palette.grid), size: 1, style: 'solid' },
      catAxisLabelRotate: 0,
      catAxisLabelFontFace: axisFont.face,
      catAxisLabelFontSize: axisFont.size,
      catAxisLabelColor: axisFont.color,
      catAxisLineColor: hex(palette.muted),
      catGridLine: { style: 'none' },
    },
  }
}

/**
 * Gives each point drawn with a pattern on the slide (a derived bar, a
 * doughnut segment) the matching DrawingML pattern fill in the chart part:
 * pptxgenjs writes solid fills only.
 */
export function patternPoints(chartXml: string, model: ChartModel, background: string): string {
  return chartXml.replace(/<c:dPt>([\s\S]*?)<\/c:dPt>/g, (point, body: string) => {
    const index = Number(/<c:idx val="(\d+)"\/>/.exec(body)?.[1])
    const fill = model.fills[index]
    const preset = fill && patternPreset(fill.pattern)
    if (!preset)
      return point
    const pattern = `<a:pattFill prst="${preset}"><a:fgClr><a:srgbClr val="${hex(fill.color)}"/></a:fgClr><a:bgClr><a:srgbClr val="${hex(background)}"/></a:bgClr></a:pattFill>`
    return point.replace(/<a:solidFill>[\s\S]*?<\/a:solidFill>/, pattern)
  })
}
