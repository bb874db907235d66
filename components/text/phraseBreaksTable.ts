import { joinSingleCharacterPhrases, wordBoundaries } from './wordBreaks.ts'

/** Where each frontmatter text may break a line, by text: UTF-16 offsets, as scripts/syntax/phrases.ts cuts them. */
export type PhraseBreaks = Readonly<Record<string, readonly number[]>>

/**
 * The breaks of `text`: from the build's table (`virtual:phrase-breaks`),
 * else (a text the deck's frontmatter does not hold) from the word segmenter
 * alone.
 */
export function breaksOf(table: PhraseBreaks, text: string): readonly number[] {
  return table[text] ?? joinSingleCharacterPhrases(text, wordBoundaries(text))
}
