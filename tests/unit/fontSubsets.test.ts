import { describe, expect, it } from 'vitest'
import { codePointsOf, parseUnicodeRange, pruneFontFaces } from '../../scripts/lib/fontSubsets'

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

describe('pruneFontFaces', () => {
  it('keeps the slices that hold the text\'s characters, WOFF2 only', () => {
    const pruned = pruneFontFaces(css, codePointsOf('一'))
    expect(pruned).toContain('a-4.woff2')
    expect(pruned).not.toContain('a-4.woff\'')
    expect(pruned).not.toContain('a-4.woff)')
    expect(pruned).not.toContain('a-5')
  })

  it('drops every slice when no character needs one', () => {
    expect(pruneFontFaces(css, codePointsOf('abc'))).not.toContain('@font-face')
  })

  it('keeps a rule with no unicode-range', () => {
    const rule = '@font-face { font-family: X; src: url(x.woff2) format(\'woff2\'); }'
    expect(pruneFontFaces(rule, codePointsOf(''))).toContain('x.woff2')
  })
})
