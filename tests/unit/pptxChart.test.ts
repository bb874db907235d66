import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHART_FONT_SIZE, chartModel } from '../../components/charts/chartConfig'
import { darkPalette, lightPalette } from '../../components/charts/palette'
import { readDeckInfo } from '../../scripts/project/deckInfo'
import { nativeChart, patternPoints } from '../../scripts/export/pptx/pptxChart'
import { DECK_FONT } from '../../scripts/export/pptx/pptxFonts'
import { readChartSpecs, singleParagraphProps } from '../../scripts/export/pptx/pptxExport'
import { pxToPoints, slideGeometry } from '../../scripts/export/pptx/pptxMapping'
import { sampleBar as bar, sampleDoughnut as doughnut } from '../support/sampleCharts'

const geometry = slideGeometry({ width: 980, height: 551 })
const box = { x: 1, y: 1, w: 5, h: 3 }

describe('nativeChart', () => {
  it('maps a bar chart model to an editable series with its unit, a zero-based axis and the palette per point', () => {
    const model = chartModel(bar, lightPalette)
    const chart = nativeChart(model, lightPalette, box, geometry)
    expect(chart.type).toBe('bar')
    expect(chart.data).toEqual([{ name: '投资事件数（起）', labels: bar.labels, values: [1636, 1026] }])
    expect(chart.options).toMatchObject({
      ...box,
      barDir: 'col',
      valAxisMinVal: 0,
      showValAxisTitle: true,
      valAxisTitle: '投资事件数（起）',
      altText: model.description,
      chartColors: ['0B6283', '0B6283'],
      valAxisLabelFormatCode: 'General',
      catAxisLabelFontFace: DECK_FONT,
      catAxisLabelFontSize: pxToPoints(CHART_FONT_SIZE, geometry),
      valAxisTitleFontSize: pxToPoints(CHART_FONT_SIZE, geometry),
    })
  })

  it('lays a horizontal bar chart on its side', () => {
    expect(nativeChart(chartModel({ ...bar, kind: 'hbar' }, lightPalette), lightPalette, box, geometry).options.barDir).toBe('bar')
  })

  it('maps a doughnut with one palette colour per segment and no axes', () => {
    const chart = nativeChart(chartModel(doughnut, darkPalette), darkPalette, box, geometry)
    expect(chart.type).toBe('doughnut')
    expect(chart.options.chartColors).toEqual(['5EC2E6', 'F0A54E', 'B3A3F5'])
    expect(chart.options.valAxisMinVal).toBeUndefined()
  })
})

describe('patternPoints', () => {
  const point = (index: number, colour: string) => `<c:dPt><c:idx val="${index}"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:dPt>`

  it('hatches the derived bar and leaves the stated one solid', () => {
    const xml = `<c:ser>${point(0, '0B6283')}${point(1, '0B6283')}</c:ser>`
    const patched = patternPoints(xml, chartModel(bar, lightPalette), lightPalette.background)
    expect(patched).toContain('<c:dPt><c:idx val="0"/><c:spPr><a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="0B6283"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill></c:spPr></c:dPt>')
    expect(patched).toContain(point(1, '0B6283'))
  })
})

describe('singleParagraphProps', () => {
  it('keeps only the first paragraph properties of each paragraph', () => {
    const xml = '<a:p><a:pPr marL="10"><a:buChar char="•"/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p><a:p><a:r><a:t>c</a:t></a:r><a:pPr/></a:p>'
    expect(singleParagraphProps(xml)).toBe('<a:p><a:pPr marL="10"><a:buChar char="•"/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p><a:p><a:r><a:t>c</a:t></a:r></a:p>')
  })
})

describe('readChartSpecs', () => {
  it('reads every chart of slides.md, validated', () => {
    const specs = readChartSpecs(readDeckInfo())
    expect(specs.size).toBeGreaterThan(0)
    for (const list of specs.values())
      expect(list).toHaveLength(1)
  })

  it('stops on an invalid chart, naming the slide and the field', () => {
    const folder = mkdtempSync(join(tmpdir(), 'pptx-specs-'))
    try {
      const path = join(folder, 'slides.md')
      writeFileSync(path, '---\ntitle: 封面\n---\n\n# 封面\n\n---\ntitle: 坏图表\nchart:\n  kind: bar\n  caption: 测试\n  labels: [甲, 乙]\n  series:\n    name: 数量\n    measure: count\n    unit: 人\n    source: 测试\n    values: [1]\n---\n\n# 坏图表\n')
      expect(() => readChartSpecs(readDeckInfo(path), path)).toThrow(/第 2 页「坏图表」.*chart\.series\.values/)
    }
    finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
