import type { TextPiece } from '../../components/text/wordBreaks.ts'
import { joinSingleCharacterPhrases, textPieces, wordBoundaries } from '../../components/text/wordBreaks.ts'
import { budouxPhraseEnds } from './budouxPhrases.ts'

/**
 * Where a line of the slides' Markdown may break: between phrases, never
 * inside a word, never between a number and its unit. BudouX's Simplified
 * Chinese model marks phrases but sometimes cuts a word (创|新样|板下); the
 * ICU word segmenter keeps words whole but splits off suffixes (科学|家).
 * A break is allowed only where both see a boundary.
 */

const HAN = /\p{Script=Han}/u

/** The offsets (UTF-16, strictly inside `text`) of the phrase breaks; empty for text with no Chinese. */
export function phraseBreaks(text: string): number[] {
  if (!HAN.test(text))
    return []
  const icu = new Set(wordBoundaries(text))
  const phrases = budouxPhraseEnds(text)
  return joinSingleCharacterPhrases(text, phrases.filter(at => at < text.length && icu.has(at) && !/\s/.test(text[at - 1]) && !/\s/.test(text[at])))
}

/** `text` cut at its phrase breaks, each number with its unit one unbroken piece. */
export function phrasePieces(text: string): TextPiece[] {
  return textPieces(text, phraseBreaks(text))
}
