import { describe, expect, it, onTestFinished } from 'vitest'
import { resolve } from 'node:path'
import { codePointsOf, fontCodePoints, parseUnicodeRange, planSubsets, subsetGroups, subsetRule, unicodeRangeOf } from '../../scripts/build/fontSubsets'

const css = `/* noto-sans-sc-[4]-400-normal */
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/a-4.woff2) format('woff2'), url(./files/a-4.woff) format('woff');
  unicode-range: U+4e00-4e0f,U+3001;
}

/* noto-sans-sc-[5]-400-normal */
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/a-5.woff2) format('woff2'), url(./files/a-5.woff) format('woff');
  unicode-range: U+9000-90ff;
}
`

describe('parseUnicodeRange', () => {
  it('reads single points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+4e00-4e0f, U+3001,U+26??')).toEqual([[0x4E00, 0x4E0F], [0x3001, 0x3001], [0x2600, 0x26FF]])
  })

  it('names what it cannot read', () => {
    expect(() => parseUnicodeRange('4e00')).toThrow('4e00')
  })
})

describe('unicodeRangeOf', () => {
  it('joins neighbouring characters into ranges', () => {
    expect(unicodeRangeOf([0x4E02, 0x4E00, 0x4E01, 0x4E05, 0x4E01])).toBe('U+4e00-4e02,U+4e05')
    expect(parseUnicodeRange(unicodeRangeOf(codePointsOf('中关村论坛')))).toHaveLength(5)
  })
})

describe('planSubsets', () => {
  it('takes each group in turn, with the slices that hold its characters', () => {
    const plan = planSubsets(css, [codePointsOf('一'), codePointsOf('丁、逃')])
    expect(plan.map(p => [p.source, p.codePoints])).toEqual([
      ['./files/a-4.woff2', [0x4E00]],
      ['./files/a-4.woff2', [0x3001, 0x4E01]],
      ['./files/a-5.woff2', [0x9003]],
    ])
  })

  it('needs no slice when no character is in one', () => {
    expect(planSubsets(css, [codePointsOf('abc')])).toEqual([])
  })

  it('takes from the whole font what it holds, one file per group, and from the slices only what it lacks', () => {
    const whole = { source: './files/whole.woff2', codePoints: codePointsOf('一丁逃') }
    const plan = planSubsets(css, [codePointsOf('一、'), codePointsOf('丁逃')], whole)
    expect(plan.map(p => [p.source, p.codePoints])).toEqual([
      ['./files/whole.woff2', [0x4E00]],
      ['./files/a-4.woff2', [0x3001]],
      ['./files/whole.woff2', [0x4E01, 0x9003]],
    ])
    // The whole font's rule is the weight's own rule, pointed at the whole font's subset by subsetRule.
    expect(plan[0].rule).toContain('font-family: \'Noto Sans SC\'')
  })
})

describe('subsetGroups', () => {
  const ascii = (group: Set<number>) => [...group].filter(point => point < 0x80)
  it('cuts the deck into the cover\'s characters, the rest of printable ASCII, and the rest', () => {
    const [cover, latin, rest] = subsetGroups(codePointsOf('中关村 AI 论坛 → 2023'), codePointsOf('中关村 AI'))
    expect(cover).toEqual(codePointsOf('中关村 AI'))
    expect(latin.has('A'.codePointAt(0)!)).toBe(false)
    expect(latin.has('z'.codePointAt(0)!)).toBe(true)
    expect(ascii(latin)).toHaveLength(0x7F - 0x20 - 3)
    expect(rest).toEqual(codePointsOf('论坛→'))
  })

  it('leaves out of the cover the characters the deck never shows', () => {
    expect(subsetGroups(codePointsOf('中'), codePointsOf('中※'))[0]).toEqual(codePointsOf('中'))
  })
})

describe('fontCodePoints', () => {
  it('reads the characters of the weight\'s whole font, also for two fonts at once', async () => {
    const files = resolve(import.meta.dirname, '../../node_modules/@fontsource/noto-sans-sc/files')
    const { mkdtempSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const cache = mkdtempSync(resolve(tmpdir(), 'deck-font-subsets-test-'))
    onTestFinished(() => rmSync(cache, { recursive: true, force: true }))
    const [regular, bold] = await Promise.all(['400', '700'].map(weight => fontCodePoints(resolve(files, `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`), cache)))
    for (const font of [regular, bold]) {
      expect([...codePointsOf('中关村论坛，。“”（）OpenAI 2023')].every(point => font.has(point))).toBe(true)
      expect(font.has('→'.codePointAt(0)!)).toBe(false)
    }
  }, 30_000)
})

describe('subsetRule', () => {
  it('points the slice\'s rule at the subset, WOFF2 only, with exactly its characters', () => {
    const [planned] = planSubsets(css, [codePointsOf('一丁')])
    const rule = subsetRule(planned, '../cache/x.woff2', planned.codePoints)
    expect(rule).toContain('src: url(../cache/x.woff2) format(\'woff2\');')
    expect(rule).toContain('unicode-range: U+4e00-4e01;')
    expect(rule).toContain('font-family: \'Noto Sans SC\'')
    expect(rule).not.toContain('.woff)')
  })
})
