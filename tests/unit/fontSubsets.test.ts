import { describe, expect, it } from 'vitest'
import { builtDecks, codePointsOf, parseUnicodeRange, planSubsets, subsetRule, unicodeRangeOf } from '../../scripts/lib/fontSubsets'

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

describe('builtDecks', () => {
  it('reads the entries from slidev build\'s arguments, slides.md by default', () => {
    expect(builtDecks(['build', '--out', 'dist'])).toEqual(['slides.md'])
    expect(builtDecks(['build', '/x/.scratch-a.md', '--out', 'o'])).toEqual(['/x/.scratch-a.md'])
  })
})
