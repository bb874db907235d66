import type { LintProblem } from './problem'
import { readDeckFile } from './deckFile'
import { dataProblems, layoutProblems } from './slideRules'
import { DERIVED_TAG } from '../../components/text/derivedTag'
import { deckLabels, inlineQuotationProblems, quotationProblems, typesettingProblems } from './textRules'
import { durationProblems, timingProblems } from './timingRule'

/**
 * Every check an author needs on a deck file, each problem at its line:
 * typesetting, quotations against the article, timing cues, chart and figure
 * data, layouts. `npm run lint`, the slides' error boxes and the unit tests
 * all call this. Without the article (undefined), quotations go unchecked.
 * Throws DeckReadError when the file is not a deck.
 */
export function lintDeck(markdown: string, path: string, article: string | undefined): LintProblem[] {
  const deck = readDeckFile(markdown, path)
  const labels = deckLabels(deck.slides, [DERIVED_TAG])
  return [
    ...deck.slides.flatMap(slide => [
      ...layoutProblems(slide),
      ...dataProblems(slide),
      ...typesettingProblems(slide),
      ...article === undefined ? [] : quotationProblems(slide, article),
      ...article === undefined ? [] : inlineQuotationProblems(slide, article, labels),
    ]),
    ...timingProblems(deck.slides),
    ...durationProblems(deck.slides),
  ].sort((a, b) => a.line - b.line || a.column - b.column)
}
