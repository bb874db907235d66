import { describe, expect, it } from 'vitest'
import { DECK_FONT, EAST_ASIAN_FONT, themeWithEastAsianFont } from '../../scripts/export/pptx/pptxFonts'

describe('themeWithEastAsianFont', () => {
  it('gives the heading and body fonts an East Asian face and a Simplified Chinese one', () => {
    const fonts = (latin: string, hans: string) => `<a:latin typeface="${latin}"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" typeface="Yu Gothic"/><a:font script="Hans" typeface="${hans}"/>`
    const theme = `<a:fontScheme name="Office"><a:majorFont>${fonts(DECK_FONT, '等线 Light')}</a:majorFont><a:minorFont>${fonts(DECK_FONT, '等线')}</a:minorFont></a:fontScheme>`
    const named = themeWithEastAsianFont(theme)
    expect(named.match(new RegExp(`<a:ea typeface="${EAST_ASIAN_FONT}"/>`, 'g'))).toHaveLength(2)
    expect(named.match(new RegExp(`<a:font script="Hans" typeface="${EAST_ASIAN_FONT}"/>`, 'g'))).toHaveLength(2)
    expect(named.match(/<a:latin typeface="Noto Sans SC"\/>/g)).toHaveLength(2)
    expect(named).toContain('<a:font script="Jpan" typeface="Yu Gothic"/>')
  })
})
