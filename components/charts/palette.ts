/**
 * The deck's palette. styles/index.css declares the same colours as CSS
 * variables; charts read them from here because a canvas cannot use CSS.
 * Every text colour meets WCAG AA (4.5:1) on its background.
 */
export interface Palette {
  background: string
  text: string
  muted: string
  grid: string
  /** Fills told apart by pattern as well as hue. */
  series: readonly string[]
}

export const lightPalette: Palette = {
  background: '#ffffff',
  text: '#1b2430',
  muted: '#4a5565',
  grid: '#d5dbe3',
  series: ['#0b6283', '#b4540a', '#5b4a9e', '#2f6f3e'],
}

export const darkPalette: Palette = {
  background: '#121212',
  text: '#e8ecf1',
  muted: '#b3bcc8',
  grid: '#3a4250',
  series: ['#5ec2e6', '#f0a54e', '#b3a3f5', '#7fd18f'],
}

export function paletteFor(isDark: boolean): Palette {
  return isDark ? darkPalette : lightPalette
}

export type FillPattern = 'solid' | 'diagonal' | 'dots' | 'cross'
export const FILL_PATTERNS: readonly FillPattern[] = ['solid', 'diagonal', 'dots', 'cross']

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match)
    throw new Error(`not a #rrggbb colour: ${hex}`)
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = Number.parseInt(part, 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}
