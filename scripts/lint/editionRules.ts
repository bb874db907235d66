import type { DeckFile, LintSlide } from './deckFile'
import type { LintProblem } from './problem'
import { formatClock, planSlides } from '../../components/pacing/talkPlan'
import { TRANSLATED_CHART_KEYS, TRANSLATED_DERIVED_KEYS, TRANSLATED_FIGURE_KEYS, TRANSLATED_HEADMATTER_KEYS, TRANSLATED_SERIES_KEYS, TRANSLATED_SLIDE_KEYS } from '../edition/index.ts'
import { slideStructure } from './slideStructure'
import { blockquotes } from './textRules'
import { frontmatterStrings, visibleText } from './typesetting'

/**
 * A translation (slides.en.md) kept in step with its source (slides.md):
 * the same slides, text fields only in the frontmatter (layouts and numbers
 * live in the source), the same number of labels, derived values, figure
 * cards and quotations, each quotation marked as a translation, and timing
 * cues that add up to the source's total.
 */

/** What an English blockquote's attribution ends with: the quotation is a translation of the Chinese one on the same slide of slides.md. */
export const TRANSLATION_MARK = '(our translation)'

type Fields = Record<string, unknown>
const fieldsOf = (value: unknown): Fields => (typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Fields : {})
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const where = (slide: LintSlide) => `第 ${slide.no} 页${slide.title ? `「${slide.title}」` : ''}`

/** Each frontmatter key the translation may not write, as a path of keys. */
function untranslatableKeys(slide: LintSlide): Array<Array<string | number>> {
  const fm = slide.frontmatter
  const allowed = (slide.no === 1 ? [...TRANSLATED_HEADMATTER_KEYS, ...TRANSLATED_SLIDE_KEYS] : TRANSLATED_SLIDE_KEYS) as readonly string[]
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

function countProblems(slide: LintSlide, source: LintSlide): Array<{ keys: Array<string | number>, message: string }> {
  const counts: Array<{ keys: Array<string | number>, what: string, mine: unknown, theirs: unknown }> = [
    { keys: ['chart', 'labels'], what: 'chart.labels', mine: fieldsOf(slide.frontmatter.chart).labels, theirs: fieldsOf(source.frontmatter.chart).labels },
    { keys: ['chart', 'series', 'derived'], what: 'chart.series.derived', mine: fieldsOf(fieldsOf(slide.frontmatter.chart).series).derived, theirs: fieldsOf(fieldsOf(source.frontmatter.chart).series).derived },
    { keys: ['figures'], what: 'figures', mine: slide.frontmatter.figures, theirs: source.frontmatter.figures },
  ]
  return counts.filter(({ mine, theirs }) => (Array.isArray(theirs) || Array.isArray(mine)) && listOf(mine).length !== listOf(theirs).length)
    .map(({ keys, what, mine, theirs }) => ({ keys, message: `${where(slide)}的 ${what} 有 ${listOf(mine).length} 项，原稿有 ${listOf(theirs).length} 项：译本逐项对应原稿` }))
}

/** The problems of a translation against its source, each at its line in the translation. */
export function editionProblems(translation: DeckFile, source: DeckFile): LintProblem[] {
  const problems: LintProblem[] = []
  const at = (slide: LintSlide, position: { line: number, column: number }, message: string, rule = 'edition') => problems.push({ slide: slide.no, ...position, message, rule })
  const last = translation.slides.at(-1)
  if (last && translation.slides.length < source.slides.length) {
    const missing = source.slides.slice(translation.slides.length)
    at(last, { line: last.startLine, column: 1 }, `译本比原稿少了 ${missing.length} 页：原稿 ${source.path} 的第 ${missing.map(slide => slide.no).join('、')} 页（${missing.map(slide => slide.title).join('、')}）在译本里没有`)
  }
  for (const slide of translation.slides) {
    const original = source.slides[slide.no - 1]
    if (!original) {
      at(slide, { line: slide.startLine, column: 1 }, `${where(slide)}在原稿 ${source.path} 里没有：译本与原稿逐页对应`)
      continue
    }
    for (const keys of untranslatableKeys(slide))
      at(slide, slide.fieldPosition(keys), `${where(slide)}的 ${keys.join('.')} 写在原稿 ${source.path} 里：译本只写文字（${slide.no === 1 ? 'title、titleTemplate、author、keywords、info，' : ''}title、section、图表与数字卡片的文字）`)
    for (const { keys, message } of countProblems(slide, original))
      at(slide, slide.fieldPosition(keys), message)
    listOf(original.frontmatter.figures).forEach((figure, index) => {
      if (fieldsOf(figure).unit !== undefined && fieldsOf(listOf(slide.frontmatter.figures)[index]).unit === undefined)
        at(slide, slide.fieldPosition(['figures', index]), `${where(slide)}的 figures[${index}] 缺少 unit：原稿的数字有单位（${String(fieldsOf(figure).unit)}），译本写出它的译名`, 'figures')
    })
    const mine = blockquotes(slide)
    const theirs = blockquotes(original)
    if (mine.length !== theirs.length)
      at(slide, { line: mine[0]?.[0].line ?? slide.body[0]?.line ?? slide.startLine, column: 1 }, `${where(slide)}有 ${mine.length} 段引语，原稿有 ${theirs.length} 段：每段引语都译自原稿同一页的引语`, 'quotation')
    for (const block of mine) {
      const attribution = block.findLast(({ text }) => /^>\s*—/.test(text))
      if (!attribution || !attribution.text.trimEnd().endsWith(TRANSLATION_MARK))
        at(slide, { line: (attribution ?? block[0]).line, column: 1 }, `${where(slide)}的引语是译文：出处一行以“${TRANSLATION_MARK}”结尾，如 > — Name, title ${TRANSLATION_MARK}`, 'quotation')
    }
  }
  const total = (deck: DeckFile) => planSlides(deck.slides.map(slide => ({ no: slide.no, title: slide.title, section: '', note: slide.notes.map(({ text }) => text).join('\n') }))).planned.at(-1)?.endSeconds
  const mineTotal = total(translation)
  const theirTotal = total(source)
  if (last && mineTotal !== undefined && theirTotal !== undefined && mineTotal !== theirTotal) {
    const cue = last.notes.findLast(({ text }) => text.trim() !== '')
    at(last, { line: cue?.line ?? last.startLine, column: 1 }, `译本各页计时合计 ${formatClock(mineTotal)}，原稿合计 ${formatClock(theirTotal)}：两版讲的时间应一样长`, 'timing')
  }
  return problems
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
export function structureProblems(slide: LintSlide, source: LintSlide): LintProblem[] {
  const mine = slideStructure(slide.body).list
  const theirs = slideStructure(source.body).list
  if (!theirs || !mine || (mine.items.length === theirs.items.length && mine.ordered === theirs.ordered))
    return []
  return [{ slide: slide.no, line: mine.line, column: 1, message: `${where(slide)}的列表有 ${mine.items.length} 项，原稿有 ${theirs.items.length} 项${mine.ordered !== theirs.ordered ? '，且编号方式不同' : ''}：译本逐项对应原稿`, rule: 'edition' }]
}
