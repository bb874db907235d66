import type { LintSlide } from './deckFile'
import type { LintProblem } from './problem'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { EDITIONS, editionLangOf, SOURCE_LANG, sourceFileOf } from '../edition/index.ts'
import { mergeFrontmatters } from '../edition/index.ts'
import { editionProblems, englishTypesettingProblems, idProblems, nameProblems, pairedSources } from './translation/index'
import { LINT_WORDS } from './lintWords'
import { readDeckFile } from './deckFile'
import { dataProblems, layoutProblems } from './slideRules'
import { DERIVED_TAG } from '../../components/text/derivedTag'
import { deckLabels, inlineQuotationProblems, quotationProblems, typesettingProblems } from './textRules'
import { durationProblems, scriptProblems, speakingProblems, timingProblems } from './timing/index'

/**
 * Every check an author needs on a deck file, each problem at its line:
 * typesetting, quotations against the article, timing cues, chart and figure
 * data, layouts. `npm run lint`, the slides' error boxes and the unit tests
 * all call this. Without the article (undefined), quotations go unchecked.
 * Throws DeckReadError when the file is not a deck.
 */
export function lintDeck(markdown: string, path: string, article: string | undefined, sourceMarkdown?: string): LintProblem[] {
  if (editionLangOf(path) !== SOURCE_LANG)
    return lintTranslation(markdown, path, sourceMarkdown ?? readFileSync(sourceFileOf(path), 'utf8'))
  const deck = readDeckFile(markdown, path)
  const labels = deckLabels(deck.slides, [DERIVED_TAG])
  const words = LINT_WORDS[SOURCE_LANG]
  return [
    ...idProblems(deck, words),
    ...deck.slides.flatMap(slide => [
      ...layoutProblems(slide),
      ...dataProblems(slide),
      ...typesettingProblems(slide, words),
      ...article === undefined ? [] : quotationProblems(slide, article),
      ...article === undefined ? [] : inlineQuotationProblems(slide, article, labels),
    ]),
    ...timingProblems(deck.slides),
    ...durationProblems(deck.slides),
    ...speakingProblems(deck.slides, SOURCE_LANG, words),
    ...scriptProblems(deck.slides, SOURCE_LANG, words),
  ].sort((a, b) => a.line - b.line || a.column - b.column)
}

/**
 * A translation's check: in step with its source (editionRules.ts), English
 * typesetting, timing cues, and the merged slides' layouts and chart and
 * figure data (the source's numbers with the translation's text), each
 * problem at its line in the translation. Its quotations are translations:
 * the lint checks the Chinese ones they translate, in the source.
 */
function lintTranslation(markdown: string, path: string, sourceMarkdown: string): LintProblem[] {
  const deck = readDeckFile(markdown, path)
  const sourcePath = sourceFileOf(path)
  const source = readDeckFile(sourceMarkdown, basename(sourcePath))
  const lang = editionLangOf(path)
  const words = LINT_WORDS[lang]
  const merged = mergeFrontmatters(source.slides.map(slide => slide.frontmatter), deck.slides.map(slide => slide.frontmatter), EDITIONS[lang])
  const paired = pairedSources(deck, source)
  const mergedSlides: LintSlide[] = deck.slides.map((slide, index) => ({
    ...slide,
    layout: typeof merged[index].layout === 'string' ? merged[index].layout as string : undefined,
    frontmatter: merged[index],
  }))
  return [
    ...editionProblems(deck, source, words),
    ...deck.slides.flatMap((slide, index) => [...englishTypesettingProblems(slide), ...nameProblems(slide, paired[index], words)]),
    // A slide that pairs with nothing is named once, by the pairing: its missing layout and data would only repeat it.
    ...mergedSlides.filter((_, index) => paired[index] !== undefined).flatMap(slide => [...layoutProblems(slide, lang), ...dataProblems(slide, lang)]),
    ...timingProblems(mergedSlides, lang),
    ...durationProblems(mergedSlides, lang),
    ...speakingProblems(mergedSlides, lang, words),
    ...scriptProblems(mergedSlides, lang, words),
  ].sort((a, b) => a.line - b.line || a.column - b.column)
}
