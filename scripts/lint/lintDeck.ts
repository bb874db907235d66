import type { LintProblem } from './problem'
import { readDeckFile } from './deckFile'
import { dataProblems, layoutProblems } from './slideRules'
import { quotationProblems, typesettingProblems } from './textRules'
import { timingProblems } from './timingRule'

/**
 * Every check an author needs on a deck file, each problem at its line:
 * typesetting, quotations against the article, timing cues, chart and figure
 * data, layouts. `npm run lint`, the slides' error boxes and the unit tests
 * all call this. Without the article (undefined), quotations go unchecked.
 * Throws DeckReadError when the file is not a deck.
 */
export function lintDeck(markdown: string, path: string, article: string | undefined): LintProblem[] {
  const deck = readDeckFile(markdown, path)
  return [
    ...deck.slides.flatMap(slide => [
      ...layoutProblems(slide),
      ...dataProblems(slide),
      ...typesettingProblems(slide),
      ...article === undefined ? [] : quotationProblems(slide, article),
    ]),
    ...timingProblems(deck.slides),
  ].sort((a, b) => a.line - b.line || a.column - b.column)
}
