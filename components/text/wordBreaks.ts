/**
 * Where a line of Chinese may break without cutting a word or splitting a
 * number from its unit, by the ICU word segmenter (Intl.Segmenter) that
 * Node and the browser share. The slides' Markdown is cut more finely at
 * build time (scripts/syntax/phrases.ts adds BudouX); texts that components
 * render from frontmatter (figure labels, chart captions and legends) are cut
 * here, in the page.
 */

const words = new Intl.Segmenter('zh-CN', { granularity: 'word' })
const HAN = /\p{Script=Han}/u

/** The offsets (UTF-16) where ICU sees a word boundary strictly inside `text`. */
export function wordBoundaries(text: string): number[] {
  const offsets: number[] = []
  for (const { index } of words.segment(text)) {
    if (index > 0)
      offsets.push(index)
  }
  return offsets
}

/** A lone numeral or ordinal prefix opens the word after it (一|季度, 一|批, 第|三): it joins that word, not the one before. */
const OPENS_NEXT_WORD = /^[一二两三四五六七八九十百千第每]$/u

/**
 * `breaks` without those that would leave a phrase of a single Chinese
 * character (研究|院, 工程|师, 为何|能): such a character stays with the phrase
 * before it (or, at the start, after it), as a reader groups it; a lone
 * numeral or 第 stays with the phrase after it (2022 年一季度, not 年一|季度).
 */
export function joinSingleCharacterPhrases(text: string, breaks: readonly number[]): number[] {
  const han = (from: number, to: number) => [...text.slice(from, to)].filter(char => HAN.test(char)).length
  const kept = [...breaks].sort((a, b) => a - b)
  // One break goes at a time, then the breaks are read again from the first: a joined phrase may take a neighbour's break too.
  for (let i = 0; i < kept.length; i++) {
    const after = kept[i + 1] ?? text.length
    if (i + 1 < kept.length && OPENS_NEXT_WORD.test(text.slice(kept[i], after).trim())) {
      kept.splice(i + 1, 1)
      i = -1
    }
    // The phrase before a break was read as the phrase after the one before it; only the first has none before it.
    else if (han(kept[i], after) === 1 || han(0, kept[0]) === 1) {
      kept.splice(i, 1)
      i = -1
    }
  }
  return kept
}

/** A number, or a range of two (25—30), and the space after it, where a unit or measure word follows (not the 4 of GPT-4). */
const NUMBER_BEFORE_UNIT = /(?<![\w.-])\d[\d.]*%?(?:[-–—]\d[\d.]*%?)? (?=\p{Script=Han})/gu

/** Each number or range with its unit, the word after it (86.2 万人, 13 亿, 2023 年, 25—30 日), as offsets into `text`. */
export function numbersWithUnits(text: string): Array<{ start: number, end: number }> {
  return [...text.matchAll(NUMBER_BEFORE_UNIT)].map((match) => {
    const unitStart = match.index + match[0].length
    // The pattern ends where a Chinese character follows: there is always a first word.
    const unit = words.segment(text.slice(unitStart)).containing(0)!.segment
    return { start: match.index, end: unitStart + unit.length }
  })
}

/** Whether a line starting at `text[offset]` would split a number from its unit. */
export function splitsNumberFromUnit(text: string, offset: number): boolean {
  return numbersWithUnits(text).some(({ start, end }) => offset > start && offset < end)
}

/** Whether a line of `text` may start at `offset`: at a space or an ICU word boundary, never inside a number and its unit. */
export function mayBreakAt(text: string, offset: number): boolean {
  if (splitsNumberFromUnit(text, offset))
    return false
  return /\s/.test(text[offset - 1] ?? ' ') || /\s/.test(text[offset] ?? ' ') || wordBoundaries(text).includes(offset)
}

/**
 * Words of the deck that the segmenters cut but a reader never would: names
 * and terms that are in no dictionary (钛|媒体, 根|技术, 云|计算). A line never
 * breaks inside one.
 */
export const UNBROKEN_WORDS = ['钛媒体', '中关村', '云计算', '量子计算', '根技术', '冷板凳', '一季度'] as const

/** Particles that close the phrase before them: a line never starts with one (…核心|的 AI 新时代). */
const CLOSES_PHRASE = new Set([...'的了着过们地得吗呢吧'])

/** Prepositions and conjunctions that open the phrase after them: a line never ends with one (…看，从|战略角度, 而|愚者筑墙). */
const OPENS_PHRASE = new Set([...'从在对把被向往与和及或以而但并且让给跟由'])

/** Chinese characters and full-width punctuation: a line may break beside them (between Latin letters only at a space). */
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’·—…]/u

/** The offsets of the characters that are words by themselves (从 in 从战略, not in 自从; 地 in 慢慢地, not in 地区). */
function loneCharacters(text: string): Set<number> {
  return new Set([...words.segment(text)].filter(({ segment }) => segment.length === 1).map(({ index }) => index))
}

/**
 * The breaks of `breaks` that a line may take: beside a Chinese character or
 * mark (never inside a Latin word such as R&D), not next to a space (a space
 * is a break of its own), never inside a number and its unit or inside one of
 * the UNBROKEN_WORDS, never before a particle that closes a phrase (的, 了…)
 * nor after a lone preposition or conjunction that opens one (从, 而…).
 */
export function usableBreaks(text: string, breaks: readonly number[]): number[] {
  const units = numbersWithUnits(text)
  const words = UNBROKEN_WORDS.flatMap(word => [...text.matchAll(new RegExp(word, 'g'))].map(match => ({ start: match.index, end: match.index + word.length })))
  const inside = (offset: number, spans: ReadonlyArray<{ start: number, end: number }>) => spans.some(({ start, end }) => offset > start && offset < end)
  const lone = loneCharacters(text)
  return breaks.filter((offset) => {
    // '' past either end of the text.
    const before = text.charAt(offset - 1)
    const after = text.charAt(offset)
    return !inside(offset, units) && !inside(offset, words)
      && !/\s/.test(before) && !/\s/.test(after)
      && (CJK.test(before) || CJK.test(after))
      && !(CLOSES_PHRASE.has(after) && lone.has(offset)) && !(OPENS_PHRASE.has(before) && lone.has(offset - 1))
  })
}

export type TextPiece =
  | { kind: 'text', text: string }
  | { kind: 'break' }
  | { kind: 'unbroken', text: string }

/** Shorter texts (问题一, 2025 年) fit on any line: they are left whole. */
export const SHORTEST_CUT_TEXT = 6

/**
 * `text` cut at `breaks` (a line may break there, and, under keep-all,
 * nowhere else but at spaces), each number with its unit one unbroken piece.
 * Text with no Chinese, or shorter than SHORTEST_CUT_TEXT, comes back whole.
 */
export function textPieces(text: string, breaks: readonly number[] = joinSingleCharacterPhrases(text, wordBoundaries(text))): TextPiece[] {
  if (!HAN.test(text) || text.trim().length < SHORTEST_CUT_TEXT)
    return [{ kind: 'text', text }]
  const units = numbersWithUnits(text)
  const breakAt = new Set(usableBreaks(text, breaks))
  const cuts = [...new Set([...breakAt, ...units.flatMap(({ start, end }) => [start, end])])]
    .filter(offset => offset > 0 && offset < text.length)
    .sort((a, b) => a - b)
  const pieces: TextPiece[] = []
  let from = 0
  for (const to of [...cuts, text.length]) {
    if (pieces.length > 0 && breakAt.has(from))
      pieces.push({ kind: 'break' })
    const part = text.slice(from, to)
    // No cut falls inside a number and its unit: a piece that starts where one starts is the whole of it.
    pieces.push(units.some(({ start }) => start === from) ? { kind: 'unbroken', text: part } : { kind: 'text', text: part })
    from = to
  }
  return pieces
}
