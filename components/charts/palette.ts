/**
 * The deck's palette: the one source of its colours. Charts read it here
 * (a canvas cannot use CSS); the slides read the same values as CSS custom
 * properties (`--deck-*`), which styles/index.ts generates from it with
 * paletteStylesheet(). Every text colour meets WCAG AA (4.5:1) on its
 * background and on the surface of cards.
 */
export interface Palette {
  background: string
  /** Cards, quotes and section dividers. */
  surface: string
  text: string
  muted: string
  /** Chart grid lines, card and footer rules. */
  grid: string
  /** Titles, links, the first series. */
  primary: string
  /** Quote rules, figure-card rules, the second series. */
  accent: string
  errorBackground: string
  errorText: string
  /** Fills told apart by pattern as well as hue. */
  series: readonly string[]
}

const lightPrimary = '#0b6283'
const lightAccent = '#b4540a'
export const lightPalette: Palette = {
  background: '#ffffff',
  surface: '#f1f5f9',
  text: '#1b2430',
  muted: '#4a5565',
  grid: '#d5dbe3',
  primary: lightPrimary,
  accent: lightAccent,
  errorBackground: '#fff1f0',
  errorText: '#8f1d14',
  series: [lightPrimary, lightAccent, '#5b4a9e', '#2f6f3e'],
}

const darkPrimary = '#5ec2e6'
const darkAccent = '#f0a54e'
export const darkPalette: Palette = {
  background: '#121212',
  surface: '#1e252e',
  text: '#e8ecf1',
  muted: '#b3bcc8',
  grid: '#3a4250',
  primary: darkPrimary,
  accent: darkAccent,
  errorBackground: '#3b1512',
  errorText: '#ffc9c2',
  series: [darkPrimary, darkAccent, '#b3a3f5', '#7fd18f'],
}

/** The CSS custom properties the slides use, from a palette: `--deck-primary` and so on. */
export function paletteCustomProperties(palette: Palette): Record<string, string> {
  return {
    '--deck-bg': palette.background,
    '--deck-surface': palette.surface,
    '--deck-text': palette.text,
    '--deck-muted': palette.muted,
    '--deck-border': palette.grid,
    '--deck-primary': palette.primary,
    '--deck-accent': palette.accent,
    '--deck-error-bg': palette.errorBackground,
    '--deck-error-text': palette.errorText,
  }
}

/** The stylesheet that gives the slides the light palette, and the dark one under `html.dark`. */
export function paletteStylesheet(light = lightPalette, dark = darkPalette): string {
  const block = (selector: string, palette: Palette) => {
    const lines = Object.entries(paletteCustomProperties(palette)).map(([name, value]) => `  ${name}: ${value};`)
    return `${selector} {\n${lines.join('\n')}\n}`
  }
  return `${block(':root', light)}\n${block('html.dark', dark)}\n`
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
