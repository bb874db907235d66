import { loadDefaultSimplifiedChineseParser } from 'budoux'

/**
 * Where a line of Chinese may break: between phrases, never inside a word,
 * never between a number and its unit. BudouX's Simplified Chinese model
 * marks phrases but sometimes cuts a word (创|新样|板下); the ICU word
 * segmenter (Intl.Segmenter) keeps words whole but splits off suffixes
 * (科学|家). A break is allowed only where both see a boundary.
 */

const budoux = loadDefaultSimplifiedChineseParser()
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' })
const HAN = /\p{Script=Han}/u

function boundaries(parts: Iterable<string>): Set<number> {
  const offsets = new Set<number>()
  let offset = 0
  for (const part of parts) {
    offset += part.length
    offsets.add(offset)
  }
  return offsets
}

/** The offsets (UTF-16, strictly inside `text`) where a line may break; empty for text with no Chinese. */
export function phraseBreaks(text: string): number[] {
  if (!HAN.test(text))
    return []
  const icu = boundaries([...words.segment(text)].map(({ segment }) => segment))
  return [...boundaries(budoux.parse(text))]
    .filter(offset => offset > 0 && offset < text.length && icu.has(offset))
    .filter(offset => !/\s/.test(text[offset - 1]) && !/\s/.test(text[offset]))
}

/** A number and the space after it, where a unit or measure word follows (not the 4 of GPT-4). */
const NUMBER_BEFORE_UNIT = /(?<![\w.-])\d[\d.]*%? (?=\p{Script=Han})/gu

/** Each number with its unit, the word after it (86.2 万人, 13 亿, 2023 年), as offsets into `text`. */
export function numbersWithUnits(text: string): Array<{ start: number, end: number }> {
  return [...text.matchAll(NUMBER_BEFORE_UNIT)].map((match) => {
    const unitStart = match.index + match[0].length
    const unit = [...words.segment(text.slice(unitStart))][0]?.segment ?? ''
    return { start: match.index, end: unitStart + unit.length }
  })
}

/** Whether a break at `offset` (a line starting at `text[offset]`) would split a number from its unit. */
export function splitsNumberFromUnit(text: string, offset: number): boolean {
  return numbersWithUnits(text).some(({ start, end }) => offset > start && offset < end)
}

/** Whether a line of `text` may start at `offset`: after a space, or at a phrase break, and never inside a number and its unit. */
export function mayBreakAt(text: string, offset: number): boolean {
  if (splitsNumberFromUnit(text, offset))
    return false
  return /\s/.test(text[offset - 1] ?? ' ') || /\s/.test(text[offset] ?? ' ') || phraseBreaks(text).includes(offset)
}

export type PhrasePiece =
  | { kind: 'text', text: string }
  | { kind: 'break' }
  | { kind: 'unbroken', text: string }

/** `text` cut at its phrase breaks, with each number and its unit kept as one unbroken piece. */
export function phrasePieces(text: string): PhrasePiece[] {
  const units = numbersWithUnits(text)
  const inUnit = (offset: number) => units.some(({ start, end }) => offset > start && offset < end)
  const cuts = [...new Set([...phraseBreaks(text).filter(offset => !inUnit(offset)), ...units.flatMap(({ start, end }) => [start, end])])]
    .filter(offset => offset > 0 && offset < text.length)
    .sort((a, b) => a - b)
  const pieces: PhrasePiece[] = []
  let from = 0
  for (const to of [...cuts, text.length]) {
    const part = text.slice(from, to)
    if (part) {
      if (pieces.length > 0 && phraseBreaks(text).includes(from))
        pieces.push({ kind: 'break' })
      pieces.push(units.some(({ start, end }) => start === from && end === to) ? { kind: 'unbroken', text: part } : { kind: 'text', text: part })
    }
    from = to
  }
  return pieces
}
