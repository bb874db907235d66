import { describe, expect, it } from 'vitest'
import { formatDeckNumber, formatDeckValue } from '../../components/deck/deckWords'
import { wrapLabel } from '../../components/charts/chartConfig'
import { editionFileOf, editionLangOf, EDITIONS, mergeFrontmatters, mergeSlideFrontmatter, scaledValue, sourceFileOf, translatedFigureValue, unitMagnitude } from '../../scripts/edition/index'

describe('edition files', () => {
  it('names a translation by its language and finds its source beside it', () => {
    expect(editionLangOf('/deck/slides.md')).toBe('zh')
    expect(editionLangOf('/deck/slides.en.md')).toBe('en')
    expect(editionLangOf('/deck/slides.xx.md')).toBe('zh')
    expect(sourceFileOf('/deck/talk.en.md')).toBe('/deck/talk.md')
    expect(sourceFileOf('/deck/talk.md')).toBe('/deck/talk.md')
    expect(editionFileOf('/deck/talk.md', 'en')).toBe('/deck/talk.en.md')
  })
})

describe('numbers in English', () => {
  it('scales 万 and 亿 to plain numbers without floating-point dust', () => {
    expect(unitMagnitude('万人')).toBe(1e4)
    expect(unitMagnitude('亿美元')).toBe(1e8)
    expect(unitMagnitude('人')).toBe(1)
    expect(scaledValue(6.62, '万人')).toBe(66200)
    expect(scaledValue(86.2, '万人')).toBe(862000)
    expect(scaledValue(2629.3, '亿元')).toBe(262930000000)
    expect(scaledValue('7%', '%')).toBe('7%')
  })

  it('writes thousands grouped and millions and billions in words', () => {
    expect(formatDeckNumber(862000, 'en')).toBe('862,000')
    expect(formatDeckNumber(6.5e6, 'en')).toBe('6.5 million')
    expect(formatDeckNumber(6e10, 'en')).toBe('60 billion')
    expect(formatDeckNumber(1500, 'zh')).toBe('1500')
    expect(formatDeckValue(7, '%', 'en')).toBe('7%')
    expect(formatDeckValue(66200, 'people', 'en')).toBe('66,200 people')
  })

  it('writes a figure card\'s value as English does: numbers scaled, a rank as an ordinal, other text as it is', () => {
    expect(translatedFigureValue(600, '亿美元', 'en')).toBe('60 billion')
    expect(translatedFigureValue('第 11 位', undefined, 'en')).toBe('11th')
    expect(translatedFigureValue('第 2 位', undefined, 'en')).toBe('2nd')
    expect(translatedFigureValue('第 12 位', undefined, 'en')).toBe('12th')
    expect(translatedFigureValue('6.53%', undefined, 'en')).toBe('6.53%')
  })
})

describe('merging a translated slide with its source', () => {
  const source = {
    layout: 'chart',
    title: '施一公的一组数据',
    section: '二 · 人才',
    chart: { kind: 'doughnut', caption: '构成', labels: ['博士', '其他'], series: { name: '毕业研究生', measure: 'count', unit: '万人', values: [6.62, 79.6], source: '施一公', derived: [{ label: '其他', how: '86.2 万 − 6.62 万' }] } },
  }
  const translation = {
    title: 'Shi Yigong’s figures',
    section: '2 · Talent',
    chart: { caption: 'By degree', labels: ['Doctorates', 'Others'], series: { name: 'Graduates', unit: 'people', source: 'Shi Yigong', derived: [{ how: '862,000 − 66,200' }] } },
  }

  it('takes the layout, kind, measure and values from the source and the text from the translation', () => {
    expect(mergeSlideFrontmatter(source, translation, 'en')).toEqual({
      layout: 'chart',
      title: 'Shi Yigong’s figures',
      section: '2 · Talent',
      chart: { kind: 'doughnut', caption: 'By degree', labels: ['Doctorates', 'Others'], series: { name: 'Graduates', measure: 'count', unit: 'people', values: [66200, 796000], source: 'Shi Yigong', derived: [{ label: 'Others', how: '862,000 − 66,200' }] } },
    })
  })

  it('a number lives in the source only: changing it there changes the translation', () => {
    const changed = { ...source, chart: { ...source.chart, series: { ...source.chart.series, values: [7, 79.6] } } }
    expect((mergeSlideFrontmatter(changed, translation, 'en').chart as any).series.values).toEqual([70000, 796000])
  })

  it('leaves a missing text missing, never the source\'s', () => {
    const merged = mergeSlideFrontmatter(source, { title: 'T' }, 'en') as any
    expect(merged.section).toBeUndefined()
    expect(merged.chart.caption).toBeUndefined()
    expect(merged.chart.series.name).toBeUndefined()
    expect(merged.chart.series.values).toEqual([66200, 796000])
  })

  it('ignores what a translation may not set (layout, values)', () => {
    const merged = mergeSlideFrontmatter(source, { ...translation, layout: 'quote', chart: { ...translation.chart, kind: 'bar', series: { ...translation.chart.series, values: [1, 2] } } }, 'en') as any
    expect(merged.layout).toBe('chart')
    expect(merged.chart.kind).toBe('doughnut')
    expect(merged.chart.series.values).toEqual([66200, 796000])
  })

  it('sets a figure card\'s magnitude word with its unit', () => {
    const merged = mergeSlideFrontmatter({ layout: 'figures', figures: [{ value: 2629.3, unit: '亿元', label: '研发经费', source: '展示厅' }, { value: '6.53%', label: '比重', source: '展示厅' }] }, { figures: [{ unit: 'yuan', label: 'R&D', source: 'Hall' }, { label: 'Share', source: 'Hall' }] }, 'en') as any
    expect(merged.figures).toEqual([{ value: '262.93', unit: 'billion yuan', label: 'R&D', source: 'Hall' }, { value: '6.53%', label: 'Share', source: 'Hall' }])
  })

  it('gives the headmatter the edition\'s language and faces', () => {
    const [head] = mergeFrontmatters([{ theme: 'default', title: '标题', lang: 'zh-CN', htmlAttrs: { lang: 'zh-CN', dir: 'ltr' }, fonts: { sans: 'Noto Sans SC', provider: 'none' }, layout: 'cover', duration: '20min' }], [{ title: 'Title', info: 'About' }], EDITIONS.en)
    expect(head).toMatchObject({ theme: 'default', title: 'Title', info: 'About', lang: 'en', htmlAttrs: { lang: 'en', dir: 'ltr' }, fonts: { sans: 'Noto Sans,Noto Sans SC', provider: 'none' }, layout: 'cover', duration: '20min' })
  })
})

describe('chart labels', () => {
  it('wrap at spaces into short lines; text without spaces stays whole', () => {
    expect(wrapLabel('Microsoft (decades of continuous R&D)', 20)).toEqual(['Microsoft (decades', 'of continuous R&D)'])
    expect(wrapLabel('Q1 2023', 20)).toBe('Q1 2023')
    expect(wrapLabel('微软（数十年）', 20)).toBe('微软（数十年）')
  })
})
