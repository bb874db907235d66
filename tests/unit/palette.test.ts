import { describe, expect, it } from 'vitest'
import { contrastRatio, darkPalette, lightPalette, paletteCustomProperties, paletteFor, paletteStylesheet } from '../../components/charts/palette'

describe('contrastRatio', () => {
  it('matches WCAG\'s extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#777777')).toBe(1)
  })

  it('rejects what is not #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow('not a #rrggbb colour: red')
  })
})

describe.each([['light', lightPalette], ['dark', darkPalette]] as const)('the %s palette', (_name, palette) => {
  it('keeps chart text at AA contrast (4.5:1) on the slide background', () => {
    expect(contrastRatio(palette.text, palette.background)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(palette.muted, palette.background)).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps every series colour at 3:1 against the background, as WCAG asks of graphics', () => {
    for (const colour of palette.series)
      expect(contrastRatio(colour, palette.background), colour).toBeGreaterThanOrEqual(3)
  })
})

describe('paletteFor', () => {
  it('picks the palette of the colour scheme', () => {
    expect(paletteFor(true)).toBe(darkPalette)
    expect(paletteFor(false)).toBe(lightPalette)
  })
})

describe.each([['light', lightPalette], ['dark', darkPalette]] as const)('the %s palette on slides', (_name, palette) => {
  it('keeps titles, body and muted text at AA on the background and on cards', () => {
    for (const ground of [palette.background, palette.surface]) {
      for (const colour of [palette.text, palette.muted, palette.primary])
        expect(contrastRatio(colour, ground), `${colour} on ${ground}`).toBeGreaterThanOrEqual(4.5)
    }
    expect(contrastRatio(palette.errorText, palette.errorBackground)).toBeGreaterThanOrEqual(4.5)
  })

  it('is the first two chart series as primary and accent', () => {
    expect(palette.series.slice(0, 2)).toEqual([palette.primary, palette.accent])
  })
})

describe('paletteStylesheet', () => {
  it('declares every custom property of the light palette on :root and of the dark one on html.dark', () => {
    const css = paletteStylesheet()
    const [light, dark] = css.split('html.dark')
    for (const [name, value] of Object.entries(paletteCustomProperties(lightPalette)))
      expect(light).toContain(`${name}: ${value};`)
    for (const [name, value] of Object.entries(paletteCustomProperties(darkPalette)))
      expect(dark).toContain(`${name}: ${value};`)
    expect(light.startsWith(':root {')).toBe(true)
  })
})
