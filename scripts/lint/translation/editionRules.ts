import type { DeckFile, LintSlide } from '../deckFile'
import type { LintWords } from '../lintWords'
import type { LintProblem } from '../problem'
import { basename } from 'node:path'
import { formatClock, planSlides } from '../../../components/pacing/talkPlan'
import { TRANSLATED_CHART_KEYS, TRANSLATED_DERIVED_KEYS, TRANSLATED_FIGURE_KEYS, TRANSLATED_HEADMATTER_KEYS, TRANSLATED_SERIES_KEYS, TRANSLATED_SLIDE_KEYS } from '../../edition/index.ts'
import { pairSlides, SLIDE_ID, slideIdOf } from '../../edition/index.ts'
import { quotationTraceProblems } from './quotationTrace'
import { slideStructure } from '../slideStructure'
import { blockquotes } from '../textRules'
import { frontmatterStrings, visibleText } from '../typesetting'

/**
 * A translation (slides.en.md) kept in step with its source (slides.md):
 * the same slides, paired by id (a slide added or removed is named once, the
 * slides after it still pair), text fields only in the frontmatter (layouts and numbers
 * live in the source), the same number of labels, derived values, figure
 * cards and quotations, each quotation marked as a translation, and timing
 * cues that add up to the source's total.
 */

/** What an English blockquote's attribution ends with: the quotation is a translation of the Chinese one on the same slide of slides.md. */
export const TRANSLATION_MARK = '(our translation)'

type Fields = Record<string, unknown>
const fieldsOf = (value: unknown): Fields => (typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Fields : {})
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/** Each frontmatter key the translation may not write, as a path of keys. */
function untranslatableKeys(slide: LintSlide): Array<Array<string | number>> {
  const fm = slide.frontmatter
  const allowed = ['id', ...slide.no === 1 ? TRANSLATED_HEADMATTER_KEYS : [], ...TRANSLATED_SLIDE_KEYS] as readonly string[]
  const extra = (fields: Fields, keys: readonly string[], path: Array<string | number>) => Object.keys(fields).filter(key => !keys.includes(key)).map(key => [...path, key])
  const chart = fieldsOf(fm.chart)
  const series = fieldsOf(chart.series)
  return [
    ...extra(fm, allowed, []),
    ...extra(chart, TRANSLATED_CHART_KEYS, ['chart']),
    ...extra(series, TRANSLATED_SERIES_KEYS, ['chart', 'series']),
    ...listOf(series.derived).flatMap((item, index) => extra(fieldsOf(item), TRANSLATED_DERIVED_KEYS, ['chart', 'series', 'derived', index])),
    ...listOf(fm.figures).flatMap((item, index) => extra(fieldsOf(item), TRANSLATED_FIGURE_KEYS, ['figures', index])),
  ]
}

function countProblems(slide: LintSlide, source: LintSlide, words: LintWords): Array<{ keys: Array<string | number>, message: string }> {
  const counts: Array<{ keys: Array<string | number>, what: string, mine: unknown, theirs: unknown }> = [
    { keys: ['chart', 'labels'], what: 'chart.labels', mine: fieldsOf(slide.frontmatter.chart).labels, theirs: fieldsOf(source.frontmatter.chart).labels },
    { keys: ['chart', 'series', 'derived'], what: 'chart.series.derived', mine: fieldsOf(fieldsOf(slide.frontmatter.chart).series).derived, theirs: fieldsOf(fieldsOf(source.frontmatter.chart).series).derived },
    { keys: ['figures'], what: 'figures', mine: slide.frontmatter.figures, theirs: source.frontmatter.figures },
  ]
  return counts.filter(({ mine, theirs }) => listOf(mine).length !== listOf(theirs).length)
    .map(({ keys, what, mine, theirs }) => ({ keys, message: words.countDiffers(slide, what, listOf(mine).length, listOf(theirs).length) }))
}

/** The slide of `source` each slide of `translation` translates (by id), or undefined. */
export function pairedSources(translation: DeckFile, source: DeckFile): Array<LintSlide | undefined> {
  const { sourceOf } = pairSlides(source.slides.map(slide => slideIdOf(slide.frontmatter)), translation.slides.map(slide => slideIdOf(slide.frontmatter)))
  return sourceOf.map(index => index === undefined ? undefined : source.slides[index])
}

/** The line a slide ends on: the line before the next slide's `---`, or the file's last line. */
const endLine = (deck: DeckFile, index: number) => (deck.slides[index + 1]?.startLine ?? Number.MAX_SAFE_INTEGER) - 1

/** Slides that pair with nothing, each named once at its line; a source slide with no translation, at the line where it belongs. */
function pairingProblems(translation: DeckFile, source: DeckFile, words: LintWords): LintProblem[] {
  const sourceIds = source.slides.map(slide => slideIdOf(slide.frontmatter))
  const ids = translation.slides.map(slide => slideIdOf(slide.frontmatter))
  const pairing = pairSlides(sourceIds, ids)
  const sourceName = basename(source.path)
  const problem = (slide: LintSlide, message: string, line = slide.startLine): LintProblem => ({ slide: slide.no, line, column: 1, message, rule: 'edition' })
  // Only a slide with an id is named at its id.
  const idLine = (slide: LintSlide) => slide.fieldPosition(['id']).line
  const lastLine = Math.max(1, ...translation.slides.flatMap(slide => [slide.startLine, ...slide.body.map(({ line }) => line), ...slide.notes.map(({ line }) => line)]))
  const cover = translation.slides[0]
  return [
    ...ids[0] !== undefined && sourceIds[0] !== undefined && ids[0] !== sourceIds[0] ? [problem(cover, words.firstNotCover(cover, sourceName), idLine(cover))] : [],
    ...pairing.withoutId.map((index) => {
      const slide = translation.slides[index]
      // The id it most likely means: the source slide after the one the previous translated slide pairs with, if that one is still untranslated
      // (there is a previous pair: the cover always pairs, and this slide comes after it).
      const previous = pairing.sourceOf.slice(0, index).findLast(other => other !== undefined)!
      const guess = pairing.untranslated.find(({ source }) => source === previous + 1)
      return problem(slide, words.noId(slide, guess === undefined ? undefined : sourceIds[guess.source]))
    }),
    ...pairing.unknown.map(index => problem(translation.slides[index], words.unknownId(translation.slides[index], ids[index]!, sourceName), idLine(translation.slides[index]))),
    ...pairing.repeated.map(index => problem(translation.slides[index], words.repeatedId(translation.slides[index], ids[index]!, ids.indexOf(ids[index]) + 1), idLine(translation.slides[index]))),
    ...pairing.outOfOrder.map((index) => {
      const sourceIndex = pairing.sourceOf[index]!
      return problem(translation.slides[index], words.outOfOrder(translation.slides[index], sourceName, sourceIndex > 1 ? sourceIds[sourceIndex - 1] : undefined), idLine(translation.slides[index]))
    }),
    // A source slide without an id is named by the source's own id check. The cover always pairs, so each untranslated slide comes after a translated one.
    ...pairing.untranslated.filter(({ source: index }) => sourceIds[index] !== undefined).map(({ source: index, after }) => {
      const missing = source.slides[index]
      const line = Math.min(endLine(translation, after), lastLine)
      return { slide: translation.slides[after].no, line, column: 1, rule: 'edition', message: words.untranslated({ ...missing, id: sourceIds[index]! }, sourceName, index > 1 ? sourceIds[index - 1] : undefined) }
    }),
  ]
}

/** The problems of a translation against its source, each at its line in the translation. */
export function editionProblems(translation: DeckFile, source: DeckFile, words: LintWords): LintProblem[] {
  const problems: LintProblem[] = pairingProblems(translation, source, words)
  const at = (slide: LintSlide, position: { line: number, column: number }, message: string, rule = 'edition') => problems.push({ slide: slide.no, ...position, message, rule })
  const sourceName = basename(source.path)
  const paired = pairedSources(translation, source)
  translation.slides.forEach((slide, index) => {
    const original = paired[index]
    if (!original)
      return
    for (const keys of untranslatableKeys(slide))
      at(slide, slide.fieldPosition(keys), words.sourceField(slide, keys.join('.'), slide.no === 1, sourceName))
    for (const { keys, message } of countProblems(slide, original, words))
      at(slide, slide.fieldPosition(keys), message)
    listOf(original.frontmatter.figures).forEach((figure, figureIndex) => {
      if (fieldsOf(figure).unit !== undefined && fieldsOf(listOf(slide.frontmatter.figures)[figureIndex]).unit === undefined)
        at(slide, slide.fieldPosition(['figures', figureIndex]), words.figureUnit(slide, figureIndex, String(fieldsOf(figure).unit)), 'figures')
    })
    const mine = blockquotes(slide)
    const theirs = blockquotes(original)
    if (mine.length !== theirs.length)
      at(slide, { line: mine[0]?.[0].line ?? slide.body[0]?.line ?? slide.startLine, column: 1 }, words.quotationCount(slide, mine.length, theirs.length), 'quotation')
    for (const block of mine) {
      const attribution = block.findLast(({ text }) => /^>\s*—/.test(text))
      if (!attribution || !attribution.text.trimEnd().endsWith(TRANSLATION_MARK))
        at(slide, { line: (attribution ?? block[0]).line, column: 1 }, words.quotationMark(slide, TRANSLATION_MARK), 'quotation')
    }
    problems.push(...structureProblems(slide, original, words), ...quotationTraceProblems(slide, original, words))
  })
  const total = (deck: DeckFile) => planSlides(deck.slides.map(slide => ({ no: slide.no, title: slide.title, section: '', note: slide.notes.map(({ text }) => text).join('\n') }))).planned.at(-1)?.endSeconds
  const mineTotal = total(translation)
  const theirTotal = total(source)
  const last = translation.slides.at(-1)
  if (last && mineTotal !== undefined && theirTotal !== undefined && mineTotal !== theirTotal) {
    const cue = last.notes.findLast(({ text }) => text.trim() !== '')
    at(last, { line: cue?.line ?? last.startLine, column: 1 }, words.totalDiffers(formatClock(mineTotal), formatClock(theirTotal)), 'timing')
  }
  return problems
}

/** A source deck's ids: each well formed and its own; once one slide has an id, every slide has one (the editions pair by them). */
export function idProblems(deck: DeckFile, words: LintWords): LintProblem[] {
  const ids = deck.slides.map(slide => slideIdOf(slide.frontmatter))
  if (ids.every(id => id === undefined))
    return []
  return deck.slides.flatMap((slide, index): LintProblem[] => {
    const id = ids[index]
    const problem = (message: string): LintProblem => ({ slide: slide.no, ...id === undefined ? { line: slide.startLine, column: 1 } : slide.fieldPosition(['id']), message, rule: 'edition' })
    if (id === undefined)
      return [problem(words.noId(slide, undefined))]
    if (!SLIDE_ID.test(id))
      return [problem(words.badId(slide, id))]
    const first = ids.indexOf(id)
    return first < index ? [problem(words.repeatedId(slide, id, first + 1))] : []
  })
}

/** CJK characters and full-width forms: none belongs in English text. */
const NOT_ENGLISH = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u
const ENGLISH_RULES: Array<{ pattern: RegExp, rule: string }> = [
  { pattern: new RegExp(NOT_ENGLISH.source, 'gu'), rule: 'English text has no Chinese characters or full-width punctuation' },
  { pattern: /["']/g, rule: 'English text takes curly quotes and apostrophes (“ ” ‘ ’)' },
  { pattern: /\d-\d/g, rule: 'a range takes an en dash (25–30), not a hyphen' },
  { pattern: /(?<![-—])--(?!-)/g, rule: 'a dash is written — or –, not --' },
]

/** English typesetting problems in a text: CJK or full-width characters, straight quotes, a hyphen in a range. */
export function englishProblemsIn(text: string): Array<{ index: number, rule: string, excerpt: string }> {
  return ENGLISH_RULES.flatMap(({ pattern, rule }) => [...text.matchAll(pattern)].map(match => ({
    index: match.index,
    rule,
    excerpt: text.slice(Math.max(0, match.index - 8), match.index + match[0].length + 8),
  })))
}

/** English typesetting of every text a reader sees: the body, the notes and the frontmatter's prose. */
export function englishTypesettingProblems(slide: LintSlide): LintProblem[] {
  const lines = [...slide.body, ...slide.notes].flatMap(({ line, text }) =>
    englishProblemsIn(visibleText(text)).map(problem => ({ line, column: problem.index + 1, problem })))
  const fields = frontmatterStrings(slide.frontmatter).filter(({ path }) => !/^keywords\b/.test(path)).flatMap(({ keys, path, text }) =>
    englishProblemsIn(text).map(problem => ({ ...slide.fieldPosition(keys), problem: { ...problem, rule: `${path}: ${problem.rule}` } })))
  return [...lines, ...fields].map(({ line, column, problem }) => ({ slide: slide.no, line, column, message: `${problem.rule}: “${problem.excerpt}”`, rule: 'typesetting' }))
}

/** The body's structure differs from the source's where a layout reads it: the list's length, its kind. */
export function structureProblems(slide: LintSlide, source: LintSlide, words: LintWords): LintProblem[] {
  const mine = slideStructure(slide.body).list
  const theirs = slideStructure(source.body).list
  if (!theirs || !mine || (mine.items.length === theirs.items.length && mine.ordered === theirs.ordered))
    return []
  return [{ slide: slide.no, line: mine.line, column: 1, message: words.listDiffers(slide, mine.items.length, theirs.items.length, mine.ordered !== theirs.ordered), rule: 'edition' }]
}
