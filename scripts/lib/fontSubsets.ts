import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Noto Sans SC from npm comes as ~100 unicode-range slices per weight. The
 * browser fetches only the slices a page uses, but every slice's @font-face
 * rule ships in the start-up CSS (over 100 KB gzip for two weights). A build
 * keeps only the rules whose slices hold a character the deck can show, and
 * drops the WOFF fallback that every current browser skips.
 */

export type CodeRange = readonly [number, number]

/** `U+4e00-4e0f,U+3001` → `[[0x4e00, 0x4e0f], [0x3001, 0x3001]]` */
export function parseUnicodeRange(value: string): CodeRange[] {
  return value.split(',').map(part => part.trim()).filter(Boolean).map((part) => {
    const match = /^U\+([0-9a-f?]+)(?:-([0-9a-f]+))?$/i.exec(part)
    if (!match)
      throw new Error(`unicode-range 无法解析 / cannot parse: ${part}`)
    if (match[1].includes('?'))
      return [Number.parseInt(match[1].replace(/\?/g, '0'), 16), Number.parseInt(match[1].replace(/\?/g, 'f'), 16)] as const
    const start = Number.parseInt(match[1], 16)
    return [start, match[2] ? Number.parseInt(match[2], 16) : start] as const
  })
}

export function codePointsOf(text: string): Set<number> {
  return new Set([...text].map(char => char.codePointAt(0)!))
}

function intersects(ranges: CodeRange[], codePoints: ReadonlySet<number>): boolean {
  for (const point of codePoints) {
    if (ranges.some(([start, end]) => point >= start && point <= end))
      return true
  }
  return false
}

/** Keeps the @font-face rules the text needs (and any without a unicode-range), WOFF2 only. */
export function pruneFontFaces(css: string, codePoints: ReadonlySet<number>): string {
  return css.replace(/(?:\/\*[^*]*\*\/\s*)?@font-face\s*\{[^}]*\}\s*/g, (rule) => {
    const range = /unicode-range:\s*([^;]+);/.exec(rule)
    if (range && !intersects(parseUnicodeRange(range[1]), codePoints))
      return ''
    return rule.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, '')
  })
}

const TEXT_FILE = /\.(?:md|vue|ts|js|css)$/

function textUnder(path: string): string {
  if (!existsSync(path))
    return ''
  if (!statSync(path).isDirectory())
    return TEXT_FILE.test(path) ? readFileSync(path, 'utf8') : ''
  return readdirSync(path).map(name => textUnder(join(path, name))).join('\n')
}

/** Every character the deck can put on screen: its slides, its components, and the Chinese validation messages. */
export function deckCodePoints(root: string, entry = 'slides.md'): Set<number> {
  const sources = [entry, 'components', 'layouts', 'setup', 'slide-bottom.vue', 'node_modules/zod/v4/locales/zh-CN.js']
  return codePointsOf(sources.map(source => textUnder(join(root, source))).join('\n'))
}
