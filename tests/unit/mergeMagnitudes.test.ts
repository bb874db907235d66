import { describe, expect, it } from 'vitest'
import { mergeSlideFrontmatter, scaledValue, translatedFigureValue, unitMagnitude } from '../../scripts/edition/index'

describe('a Chinese unit\'s magnitude word, read whole', () => {
  it('reads 万亿 as 10^12, not as the 万 it starts with', () => {
    expect(unitMagnitude('万亿元')).toBe(1e12)
    expect(unitMagnitude('万亿')).toBe(1e12)
    expect(scaledValue(1.5, '万亿元')).toBe(1_500_000_000_000)
    expect(translatedFigureValue(1.5, '万亿元', 'en')).toBe('1.5 trillion')
  })

  it('reads 亿 and 万 each as its own, and only at the unit\'s start', () => {
    expect(unitMagnitude('亿元')).toBe(1e8)
    expect(unitMagnitude('万人')).toBe(1e4)
    expect(unitMagnitude(' 万人')).toBe(1e4)
    expect(unitMagnitude('人')).toBe(1)
    expect(unitMagnitude('人/万')).toBe(1)
    expect(unitMagnitude(undefined)).toBe(1)
    expect(unitMagnitude(10_000)).toBe(1)
  })

  it('scales a figure card and a chart in 万亿 to the edition\'s plain numbers', () => {
    const merged = mergeSlideFrontmatter(
      { figures: [{ value: 2.5, unit: '万亿元', label: '规模', source: '文章' }], chart: { kind: 'bar', caption: '规模', labels: ['甲', '乙'], series: { name: '规模', measure: 'amount', unit: '万亿元', values: [1.2, 0.35], source: '文章' } } },
      { figures: [{ unit: 'yuan', label: 'Size', source: 'Article' }], chart: { caption: 'Size', labels: ['A', 'B'], series: { name: 'Size', unit: 'yuan', source: 'Article' } } },
      'en',
    ) as { figures: Array<{ value: string, unit: string }>, chart: { series: { values: number[] } } }
    expect(merged.figures[0]).toMatchObject({ value: '2.5', unit: 'trillion yuan' })
    expect(merged.chart.series.values).toEqual([1_200_000_000_000, 350_000_000_000])
  })
})
