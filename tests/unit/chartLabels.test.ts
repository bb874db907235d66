import { describe, expect, it } from 'vitest'
import { CATEGORY_LINE_CHARS, CHART_FONT_SIZE, categoryLineUnits, labelUnits, wrapLabel } from '../../components/charts/chartConfig'

describe('a category label under its bar', () => {
  it('measures a Chinese character as two units and anything else as one', () => {
    expect(labelUnits('OpenAI')).toBe(6)
    expect(labelUnits('微软（七年）')).toBe(12)
  })

  it('fits its lines in the units given: at spaces, before a full-width bracket, inside a long Chinese run', () => {
    expect(wrapLabel('OpenAI (seven years old)', 14)).toEqual(['OpenAI (seven', 'years old)'])
    expect(wrapLabel('微软（数十年持续研发）', 20)).toEqual(['微软', '（数十年持续研发）'])
    const narrow = wrapLabel('微软（数十年持续研发）', 12)
    expect(narrow).toEqual(['微软', '（数十年持', '续研发）'])
    for (const line of narrow)
      expect(labelUnits(line)).toBeLessThanOrEqual(12)
    // Whole when it fits; a Latin word longer than a line keeps its own line.
    expect(wrapLabel('微软（七年）', 12)).toBe('微软（七年）')
    expect(wrapLabel('Internationalisation now', 10)).toEqual(['Internationalisation', 'now'])
  })

  it('takes the bar\'s share of the chart\'s width: fewer units on a phone, the usual line on a slide', () => {
    expect(categoryLineUnits(900, 2)).toBe(CATEGORY_LINE_CHARS)
    const phone = categoryLineUnits(340, 2)
    expect(phone).toBeLessThan(CATEGORY_LINE_CHARS)
    // Each line then sets within its bar's slot.
    expect(phone * CHART_FONT_SIZE * 0.55).toBeLessThanOrEqual(340 / 2)
    expect(categoryLineUnits(100, 8)).toBe(6)
  })
})
