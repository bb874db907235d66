import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { parseSync } from '@slidev/parser'

/**
 * Noto Sans SC from npm comes as ~100 unicode-range slices per weight, each
 * holding some hundred characters, and every slice's @font-face rule ships in
 * the start-up CSS. A build instead ships, per slice the deck uses, a subset
 * holding only the deck's characters (WOFF2 only; every current browser reads
 * it), with a unicode-range of exactly those characters, the cover's apart.
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

/** `[0x4e00, 0x4e01, 0x4e02, 0x4e05]` → `U+4e00-4e02,U+4e05` */
export function unicodeRangeOf(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length;) {
    let end = i
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1)
      end++
    const hex = (point: number) => point.toString(16)
    parts.push(end > i ? `U+${hex(sorted[i])}-${hex(sorted[end])}` : `U+${hex(sorted[i])}`)
    i = end + 1
  }
  return parts.join(',')
}

export interface PlannedSubset {
  /** The @font-face rule of the npm slice, as written. */
  rule: string
  /** Its WOFF2 file, as the rule's url() names it. */
  source: string
  /** The characters of this group that the slice holds. */
  codePoints: number[]
}

const FONT_FACE = /(?:\/\*[^*]*\*\/\s*)?@font-face\s*\{[^}]*\}\s*/g

/**
 * For each group of characters in turn (the cover's first, then the rest of
 * the deck), the slices that hold some of them and which. A rule without a
 * unicode-range or WOFF2 source is left out: the deck's font always has both.
 */
export function planSubsets(css: string, groups: ReadonlyArray<ReadonlySet<number>>): PlannedSubset[] {
  const rules = [...css.matchAll(FONT_FACE)].map(([rule]) => ({
    rule,
    source: /url\(([^)]+\.woff2)\)/.exec(rule)?.[1],
    ranges: /unicode-range:\s*([^;]+);/.exec(rule)?.[1],
  })).filter(rule => rule.source && rule.ranges)
  return groups.flatMap(group => rules.flatMap(({ rule, source, ranges }) => {
    const parsed = parseUnicodeRange(ranges!)
    const codePoints = [...group].filter(point => parsed.some(([start, end]) => point >= start && point <= end)).sort((a, b) => a - b)
    return codePoints.length > 0 ? [{ rule, source: source!, codePoints }] : []
  }))
}

/** The slice's rule for a subset file: its own url and exactly its characters. */
export function subsetRule({ rule }: PlannedSubset, url: string, codePoints: number[]): string {
  return rule
    .replace(/src:[^;]+;/, `src: url(${url}) format('woff2');`)
    .replace(/unicode-range:[^;]+;/, `unicode-range: ${unicodeRangeOf(codePoints)};`)
}

/**
 * Rewrites a Noto Sans SC weight's CSS (at `cssPath`) to subsets of its
 * slices that hold only the deck's characters: first the cover's, so that the
 * cover downloads only its own glyphs, then the rest. Subset files are made
 * with subset-font (harfbuzz) and kept in `cacheDir` by content hash.
 */
export async function subsetFontFaces(css: string, cssPath: string, groups: ReadonlyArray<ReadonlySet<number>>, cacheDir: string): Promise<string> {
  const { default: subsetFont } = await import('subset-font')
  mkdirSync(cacheDir, { recursive: true })
  const rules = await Promise.all(planSubsets(css, groups).map(async (planned) => {
    const font = readFileSync(resolve(dirname(cssPath), planned.source))
    const text = String.fromCodePoint(...planned.codePoints)
    const name = `${createHash('sha256').update(font).update(text).digest('hex').slice(0, 16)}.woff2`
    const file = join(cacheDir, name)
    if (!existsSync(file))
      writeFileSync(file, await subsetFont(font, text, { targetFormat: 'woff2' }))
    return subsetRule(planned, relative(dirname(cssPath), file), planned.codePoints)
  }))
  return rules.join('\n')
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
  return codePointsOf(sources.map(source => textUnder(resolve(root, source))).join('\n'))
}

/** The characters of the deck's first slide (the cover): its text and its title. */
export function coverCodePoints(root: string, entry = 'slides.md'): Set<number> {
  const path = resolve(root, entry)
  const cover = parseSync(readFileSync(path, 'utf8'), path).slides[0]
  return codePointsOf(`${cover.content}\n${cover.title ?? ''}`)
}

/** The decks `slidev build [entry..]` builds, from its arguments: slides.md unless named. */
export function builtDecks(args: readonly string[]): string[] {
  const named = args.filter(arg => arg.endsWith('.md'))
  return named.length > 0 ? named : ['slides.md']
}
