import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import { firstScreenLabels } from '../../components/reading/labels.ts'
import { editionLangOf } from '../edition/index.ts'
import { deckSourceText, textUnder } from './deckSources.ts'

/**
 * Noto Sans SC from npm comes as ~100 unicode-range slices per weight, each
 * holding some hundred characters, and every slice's @font-face rule ships in
 * the start-up CSS. The package also has the whole Simplified Chinese font
 * per weight in one file. A build ships, per weight and per group of
 * characters (the cover's first, then the rest of the deck), one subset of
 * that whole font holding exactly the group's characters, with a
 * unicode-range of those characters: two small files and two rules for the
 * cover. The few characters the whole font lacks (e.g. →) come from subsets
 * of the slices that have them. WOFF2 only; every current browser reads it.
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

/** A font file with the characters it holds: the whole font of a weight. */
export interface WholeFont {
  /** Its file, as a url() beside the weight's CSS would name it. */
  source: string
  codePoints: ReadonlySet<number>
}

/**
 * For each group of characters in turn (the cover's first, then the rest of
 * the deck): the whole font for the characters it holds, then the slices
 * that hold the others, each with the characters it will carry. A rule
 * without a unicode-range or WOFF2 source is left out: the deck's font
 * always has both.
 */
export function planSubsets(css: string, groups: ReadonlyArray<ReadonlySet<number>>, whole?: WholeFont): PlannedSubset[] {
  const rules = [...css.matchAll(FONT_FACE)].map(([rule]) => ({
    rule,
    source: /url\(([^)]+\.woff2)\)/.exec(rule)?.[1],
    ranges: /unicode-range:\s*([^;]+);/.exec(rule)?.[1],
  })).filter(rule => rule.source && rule.ranges)
  return groups.flatMap((group) => {
    const sorted = [...group].sort((a, b) => a - b)
    const fromWhole = whole && rules.length > 0 ? sorted.filter(point => whole.codePoints.has(point)) : []
    const left = sorted.filter(point => !fromWhole.includes(point))
    const wholePlan = fromWhole.length > 0 ? [{ rule: rules[0].rule, source: whole!.source, codePoints: fromWhole }] : []
    return [...wholePlan, ...rules.flatMap(({ rule, source, ranges }) => {
      const parsed = parseUnicodeRange(ranges!)
      const codePoints = left.filter(point => parsed.some(([start, end]) => point >= start && point <= end))
      return codePoints.length > 0 ? [{ rule, source: source!, codePoints }] : []
    })]
  })
}

/** Font work one at a time: two WOFF2 fonts decoded at once (fontverter, harfbuzz; wasm) came back empty. */
let fontWork: Promise<unknown> = Promise.resolve()
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const done = fontWork.then(work)
  fontWork = done.catch(() => {})
  return done
}

/**
 * The characters a font file holds (read with harfbuzz), kept in `cacheDir`
 * by the file's content hash: the whole font takes a second to read.
 */
export async function fontCodePoints(path: string, cacheDir: string): Promise<Set<number>> {
  const font = readFileSync(path)
  const cached = join(cacheDir, `${createHash('sha256').update(font).digest('hex').slice(0, 16)}.codepoints.json`)
  if (existsSync(cached))
    return new Set(JSON.parse(readFileSync(cached, 'utf8')) as number[])
  const codePoints = await oneAtATime(async () => {
    const [{ default: fontverter }, { Blob, Face }] = await Promise.all([import('fontverter'), import('harfbuzzjs')])
    return [...new Face(new Blob(await fontverter.convert(font, 'truetype')), 0).collectUnicodes()]
  })
  if (codePoints.length === 0)
    throw new Error(`字体文件没有可读的字符 / no characters could be read from ${path}`)
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(cached, JSON.stringify(codePoints))
  return new Set(codePoints)
}

/** The slice's rule for a subset file: its own url and exactly its characters. */
export function subsetRule({ rule }: PlannedSubset, url: string, codePoints: number[]): string {
  return rule
    .replace(/src:[^;]+;/, `src: url(${url}) format('woff2');`)
    .replace(/unicode-range:[^;]+;/, `unicode-range: ${unicodeRangeOf(codePoints)};`)
}

/**
 * Rewrites a Noto Sans SC weight's CSS (at `cssPath`) to subsets that hold
 * only the deck's characters, group by group (planSubsets): first the
 * cover's, so that the cover downloads only its own glyphs, then the rest.
 * `wholeFontFile` is the weight's whole font, relative to the CSS. Subset
 * files are made with subset-font (harfbuzz) and kept in `cacheDir` by
 * content hash.
 */
export async function subsetFontFaces(css: string, cssPath: string, groups: ReadonlyArray<ReadonlySet<number>>, cacheDir: string, wholeFontFile?: string): Promise<string> {
  mkdirSync(cacheDir, { recursive: true })
  const whole = wholeFontFile ? { source: wholeFontFile, codePoints: await fontCodePoints(resolve(dirname(cssPath), wholeFontFile), cacheDir) } : undefined
  const rules = await Promise.all(planSubsets(css, groups, whole).map(async (planned) => {
    const font = readFileSync(resolve(dirname(cssPath), planned.source))
    const text = String.fromCodePoint(...planned.codePoints)
    const name = `${createHash('sha256').update(font).update(text).digest('hex').slice(0, 16)}.woff2`
    const file = join(cacheDir, name)
    // harfbuzz loads only when a subset is not in the cache yet: a rebuild of unchanged text makes none.
    if (!existsSync(file))
      writeFileSync(file, await oneAtATime(async () => (await import('subset-font')).default(font, text, { targetFormat: 'woff2' })))
    return subsetRule(planned, relative(dirname(cssPath), file), planned.codePoints)
  }))
  return rules.join('\n')
}

/** Every character the deck can put on screen: its sources and the Chinese validation messages. */
export function deckCodePoints(root: string, entry = 'slides.md'): Set<number> {
  return codePointsOf(`${deckSourceText(root, entry)}\n${textUnder(resolve(root, 'node_modules/zod/v4/locales/zh-CN.js'))}`)
}

/** The characters of the deck's first slide (the cover): its text and its title. */
export function coverCodePoints(root: string, entry = 'slides.md'): Set<number> {
  const path = resolve(root, entry)
  const cover = parseSync(readFileSync(path, 'utf8'), path).slides[0]
  return codePointsOf(`${cover.content}\n${cover.title ?? ''}`)
}

/**
 * The characters of a weight's first screen: the cover's, and in bold the
 * labels of the controls the reading view puts above the cover on a phone
 * (components/reading/labels.ts), so a phone's first screen needs no glyph
 * from the rest of the deck.
 */
export function firstScreenCodePoints(root: string, entry = 'slides.md', weight = '700'): Set<number> {
  const cover = coverCodePoints(root, entry)
  return weight === '700' ? new Set([...cover, ...codePointsOf(firstScreenLabels(editionLangOf(entry)).join(''))]) : cover
}

/** Printable ASCII: Slidev's own controls write their labels (e.g. "Go to next slide", "1 / 43") in it. */
const ASCII = new Set(Array.from({ length: 0x7E - 0x20 + 1 }, (_, i) => 0x20 + i))

/**
 * The groups of characters the font is cut into, in loading order: the
 * cover's (the first slide needs only these and Slidev's labels), the rest of
 * printable ASCII (Slidev's controls, on every slide), then the rest of the
 * deck. Each group becomes one file per weight, fetched when a character of
 * it is first drawn.
 */
export function subsetGroups(deck: ReadonlySet<number>, cover: ReadonlySet<number>): Set<number>[] {
  const coverGroup = new Set([...cover].filter(point => deck.has(point)))
  const asciiGroup = new Set([...ASCII].filter(point => !coverGroup.has(point)))
  const rest = new Set([...deck].filter(point => !coverGroup.has(point) && !asciiGroup.has(point)))
  return [coverGroup, asciiGroup, rest].filter(group => group.size > 0)
}
