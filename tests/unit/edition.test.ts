import { describe, expect, it } from 'vitest'
import { formatDeckNumber, formatDeckValue } from '../../components/deck/deckWords'
import { wrapLabel } from '../../components/charts/chartConfig'
import { editionFileOf, editionLangOf, EDITIONS, mergeFrontmatters, mergeHeadmatter, mergeSlideFrontmatter, scaledValue, sourceFileOf, TRANSLATED_CHART_KEYS, TRANSLATED_DERIVED_KEYS, TRANSLATED_FIGURE_KEYS, TRANSLATED_HEADMATTER_KEYS, TRANSLATED_SERIES_KEYS, TRANSLATED_SLIDE_KEYS, translatedFigureValue, unitMagnitude } from '../../scripts/edition/index'

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

  it('writes thousands grouped and millions, billions and trillions in words', () => {
    expect(formatDeckNumber(862000, 'en')).toBe('862,000')
    expect(formatDeckNumber(999_999_999_999, 'en')).toBe('1,000 billion')
    expect(formatDeckNumber(1e12, 'en')).toBe('1 trillion')
    expect(formatDeckNumber(-1.5e12, 'en')).toBe('-1.5 trillion')
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

describe('a rank on a figure card, in English', () => {
  it('takes st, nd and rd after 1, 2 and 3, th after 11, 12 and 13 and every other number', () => {
    const ordinal = (n: number) => translatedFigureValue(`第 ${n} 位`, undefined, 'en')
    expect([1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 23, 101, 111, 112, 113].map(ordinal))
      .toEqual(['1st', '2nd', '3rd', '4th', '10th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th', '113th'])
  })

  it('reads a rank written with spaces around it, and leaves it as it is in Chinese', () => {
    expect(translatedFigureValue(' 第 3 位 ', undefined, 'en')).toBe('3rd')
    expect(translatedFigureValue('第 11 位', undefined, 'zh')).toBe('第 11 位')
    expect(translatedFigureValue('第11位', undefined, 'en')).toBe('11th')
    expect(translatedFigureValue('第 11 位以后', undefined, 'en')).toBe('第 11 位以后')
    expect(translatedFigureValue('排名第 11 位', undefined, 'en')).toBe('排名第 11 位')
    expect(translatedFigureValue('第 十一 位', undefined, 'en')).toBe('第 十一 位')
  })

  it('leaves a value that is neither a number nor text as it is', () => {
    expect(translatedFigureValue(undefined, '万人', 'en')).toBeUndefined()
    expect(translatedFigureValue(null, undefined, 'en')).toBeNull()
    expect(translatedFigureValue(2.5, '万人', 'zh')).toBe('25000')
  })
})

describe('merging a translated slide: what is missing stays missing', () => {
  it('leaves out the pairing id, and a section the source slide has none of', () => {
    expect(mergeSlideFrontmatter({ id: 'talent', layout: 'default', title: '人才' }, { id: 'talent', title: 'Talent', section: 'Two' }, 'en'))
      .toStrictEqual({ layout: 'default', title: 'Talent' })
  })

  it('gives a slide without a chart or cards none, whatever the translation writes', () => {
    expect(mergeSlideFrontmatter({ layout: 'default' }, { title: 'T', chart: { caption: 'C' }, figures: [{ label: 'L' }] }, 'en'))
      .toStrictEqual({ layout: 'default', title: 'T' })
  })

  it('passes a chart or cards that are not an object or a list through for the schema to name', () => {
    expect(mergeSlideFrontmatter({ chart: 'bar', figures: 'none' }, { title: 'T' }, 'en')).toStrictEqual({ chart: 'bar', figures: 'none', title: 'T' })
    expect(mergeSlideFrontmatter({ chart: ['bar'], figures: { value: 1 } }, { title: 'T' }, 'en')).toStrictEqual({ chart: ['bar'], figures: { value: 1 }, title: 'T' })
    expect(mergeSlideFrontmatter({ chart: null }, { title: 'T' }, 'en')).toStrictEqual({ chart: null, title: 'T' })
  })

  it('reads a chart whose translation is missing, or not an object, as one with no text', () => {
    const source = { chart: { kind: 'bar', caption: '规模', labels: ['甲'], series: { name: '规模', unit: '人', values: [3], derived: [{ label: '甲', how: '推算' }] } } }
    const bare = { chart: { kind: 'bar', series: { values: [3], derived: [{}] } } }
    expect(mergeSlideFrontmatter(source, {}, 'en')).toStrictEqual(bare)
    expect(mergeSlideFrontmatter(source, { chart: 'Size', labels: ['A'] }, 'en')).toStrictEqual(bare)
    expect(mergeSlideFrontmatter(source, { chart: { caption: 'Size', labels: 'A', series: ['Size'] } }, 'en')).toStrictEqual({ chart: { kind: 'bar', caption: 'Size', series: { values: [3], derived: [{}] } } })
  })

  it('names a derived value by the translated label at its source label\'s place, and reads its how by position', () => {
    const source = { chart: { kind: 'bar', labels: ['甲', '乙', '丙'], series: { unit: '人', values: [1, 2, 3], derived: [{ label: '丙', how: 'x' }, { label: '甲', how: 'y' }] } } }
    const merged = mergeSlideFrontmatter(source, { chart: { labels: ['A', 'B', 'C'], series: { derived: [{ how: 'third' }, { how: 'first' }] } } }, 'en') as any
    expect(merged.chart.series.derived).toStrictEqual([{ label: 'C', how: 'third' }, { label: 'A', how: 'first' }])
  })

  it('keeps a chart without series, values or derived values without them', () => {
    expect(mergeSlideFrontmatter({ chart: { kind: 'bar', labels: ['甲'] } }, { chart: { caption: 'C', labels: ['A'] } }, 'en'))
      .toStrictEqual({ chart: { kind: 'bar', caption: 'C', labels: ['A'] } })
    expect(mergeSlideFrontmatter({ chart: { kind: 'bar', series: { unit: '万人' } } }, { chart: { series: { name: 'N', unit: 'people', source: 'S' } } }, 'en'))
      .toStrictEqual({ chart: { kind: 'bar', series: { name: 'N', unit: 'people', source: 'S' } } })
    expect(mergeSlideFrontmatter({ chart: { kind: 'bar', series: 'bad', labels: '甲' } }, { chart: { labels: ['A'] } }, 'en'))
      .toStrictEqual({ chart: { kind: 'bar', series: 'bad', labels: ['A'] } })
    expect(mergeSlideFrontmatter({ chart: { kind: 'bar', series: { unit: '万人', values: 'many' } } }, {}, 'en'))
      .toStrictEqual({ chart: { kind: 'bar', series: { values: 'many' } } })
  })
})

describe('merging a translated slide\'s figure cards', () => {
  it('gives a card a unit only when both the source and the translation write one, with no magnitude word when there is none', () => {
    const merged = mergeSlideFrontmatter(
      { figures: [{ value: 5, unit: '人', label: '甲' }, { value: 5, label: '乙' }, { value: 5, unit: '万人', label: '丙' }] },
      { figures: [{ unit: 'people', label: 'A' }, { unit: 'people', label: 'B' }, { label: 'C' }] },
      'en',
    )
    expect(merged.figures).toStrictEqual([{ value: '5', unit: 'people', label: 'A' }, { value: '5', label: 'B' }, { value: '50,000', label: 'C' }])
  })

  it('keeps a text value whole, spaces and all, and takes how it was derived only for a derived card', () => {
    const merged = mergeSlideFrontmatter(
      { figures: [{ value: '第 11 位', label: '排名', derived: { how: '推算' } }, { value: 'Quafu 2', label: '平台' }] },
      { figures: [{ label: 'Rank', derived: { how: 'estimated' } }, { label: 'Platform', derived: { how: 'stray' } }] },
      'zh',
    )
    expect(merged.figures).toStrictEqual([{ value: '第 11 位', label: 'Rank', derived: { how: 'estimated' } }, { value: 'Quafu 2', label: 'Platform' }])
  })

  it('passes a card that is not an object through, and reads a translation that is not a list as one with no text', () => {
    expect(mergeSlideFrontmatter({ figures: ['card', { value: 1, unit: '人', label: '甲', source: '乙' }] }, { figures: { label: 'A' } }, 'en').figures)
      .toStrictEqual(['card', { value: '1' }])
  })
})

describe('merging a whole translated deck', () => {
  const source = [
    { title: '标题', layout: 'cover', fonts: { provider: 'none' } },
    { id: 'first', layout: 'chart', title: '一' },
    { id: 'second', layout: 'figures', title: '二' },
  ]

  it('merges each slide with the source slide of its id; a slide that pairs with none keeps only its text', () => {
    const merged = mergeFrontmatters(source, [{ title: 'Title' }, { id: 'second', title: 'Two' }, { id: 'elsewhere', title: 'Lost' }, { title: 'No id' }], EDITIONS.en)
    expect(merged.slice(1)).toStrictEqual([{ layout: 'figures', title: 'Two' }, { title: 'Lost' }, { title: 'No id' }])
    expect(merged[0]).toMatchObject({ layout: 'cover', title: 'Title' })
  })

  it('gives the headmatter the edition\'s faces for every style and its language, and the translation\'s titles only', () => {
    const [head] = mergeFrontmatters(source, [{ title: 'Title', author: 'A', keywords: 'k', info: 'i', titleTemplate: '%s', layout: 'quote' }], EDITIONS.en)
    const faces = EDITIONS.en.fonts.join(',')
    expect(head).toStrictEqual({ title: 'Title', author: 'A', keywords: 'k', info: 'i', titleTemplate: '%s', layout: 'cover', lang: EDITIONS.en.htmlLang, htmlAttrs: { lang: EDITIONS.en.htmlLang }, fonts: { provider: 'none', sans: faces, serif: faces, local: faces } })
  })

  it('merges a headmatter even when the source deck is empty', () => {
    const [head] = mergeFrontmatters([], [{ title: 'Title' }], EDITIONS.en)
    expect(head).toMatchObject({ title: 'Title', lang: EDITIONS.en.htmlLang })
  })
})

describe('the keys a translation may write (the lint allows these and no others)', () => {
  const source = {
    layout: 'chart',
    class: 'wide',
    title: '标题',
    section: '一',
    chart: { kind: 'bar', caption: '说明', labels: ['甲', '乙'], series: { name: '名', measure: 'count', unit: '人', values: [1, 2], source: '来源', derived: [{ label: '乙', how: '推算' }] } },
    figures: [{ value: 3, unit: '人', label: '标签', source: '来源', derived: { how: '推算' } }],
  }
  /** The keys, of those tried, whose value in the translation changes the merged slide. */
  const keysRead = (merge: (translation: Record<string, unknown>) => unknown, base: Record<string, unknown>, tried: Record<string, unknown>, at: (translation: Record<string, unknown>) => Record<string, unknown>) => {
    const without = JSON.stringify(merge(structuredClone(base)))
    return Object.entries(tried).filter(([key, value]) => {
      const translation = structuredClone(base)
      at(translation)[key] = value
      return JSON.stringify(merge(translation)) !== without
    }).map(([key]) => key).sort()
  }
  const slide = (translation: Record<string, unknown>) => mergeSlideFrontmatter(source, translation, 'en')

  it('on a slide: the ones whose text the merge takes', () => {
    const tried = { layout: 'quote', class: 'narrow', id: 'other', title: 'T', section: 'S', chart: { caption: 'C' }, figures: [{ label: 'L' }] }
    expect(keysRead(slide, {}, tried, t => t)).toEqual([...TRANSLATED_SLIDE_KEYS].sort())
  })

  it('in a chart, its series and its derived values', () => {
    const chart = { kind: 'line', caption: 'C', labels: ['A', 'B'], series: { name: 'N' } }
    expect(keysRead(slide, { chart: {} }, chart, t => t.chart as Record<string, unknown>)).toEqual([...TRANSLATED_CHART_KEYS].sort())
    const series = { name: 'N', measure: 'share', unit: 'people', values: [5, 6], source: 'S', derived: [{ how: 'H' }] }
    expect(keysRead(slide, { chart: { series: {} } }, series, t => (t.chart as any).series)).toEqual([...TRANSLATED_SERIES_KEYS].sort())
    expect(keysRead(slide, { chart: { series: { derived: [{}] } } }, { label: 'L', how: 'H' }, t => (t.chart as any).series.derived[0])).toEqual([...TRANSLATED_DERIVED_KEYS].sort())
  })

  it('on a figure card', () => {
    const figure = { value: 9, unit: 'people', label: 'L', source: 'S', derived: { how: 'H' } }
    expect(keysRead(slide, { figures: [{}] }, figure, t => (t.figures as any)[0])).toEqual([...TRANSLATED_FIGURE_KEYS].sort())
  })

  it('in the headmatter, besides a slide\'s', () => {
    const head = (translation: Record<string, unknown>) => mergeHeadmatter({ theme: 'default', layout: 'cover', fonts: { provider: 'none' } }, translation, EDITIONS.en)
    const tried = { theme: 'seriph', layout: 'quote', fonts: { sans: 'X' }, lang: 'fr', htmlAttrs: { dir: 'rtl' }, title: 'T', titleTemplate: '%s', author: 'A', keywords: 'K', info: 'I' }
    expect(keysRead(head, {}, tried, t => t)).toEqual([...TRANSLATED_HEADMATTER_KEYS].sort())
  })
})
