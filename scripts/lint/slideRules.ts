import type { DeckLang } from '../../components/deck/deckWords'
import type { LintSlide } from './deckFile'
import type { LintProblem } from './problem'
import { LINT_WORDS } from './lintWords'
import { describeProblems, validateChartSpec } from '../../components/charts/chartSpec'
import { validateFigures } from '../../components/figures/figureSpec'
import { LAYOUT_CONTRACTS, LAYOUT_NAMES, layoutOf } from './layouts'
import { slideStructure } from './slideStructure'

/** `chart.series.values[2]` → `['chart', 'series', 'values', 2]` */
export function fieldKeys(field: string): Array<string | number> {
  return [...field.matchAll(/[^.[\]]+/g)].map(([key]) => /^\d+$/.test(key) ? Number(key) : key)
}

/**
 * A data problem of a translated slide, in English. Its numbers come from the
 * source (whose own lint names their faults), so what the translation can get
 * wrong is a text: a field missing or empty, or a list of the wrong length.
 */
function translatedDataMessage(slide: LintSlide, field: string, message: string, lang: DeckLang): string {
  const where = LINT_WORDS[lang].slide(slide)
  return /(?:caption|labels|name|unit|source|how|label)(?:\[\d+\])?$/.test(field)
    ? `${where}: ${field} needs its text in this edition (it is missing or empty)`
    : `${where}: ${field} ${message}; its value comes from the source deck, where npm run lint names it too`
}

/** The `chart:` and `figures:` blocks, checked by the same zod schemas the slides use, each problem at its field's line; a translation's in its own words. */
export function dataProblems(slide: LintSlide, lang: DeckLang = 'zh'): LintProblem[] {
  const layout = layoutOf(slide)
  const blocks = [
    { rule: 'chart', present: slide.frontmatter.chart !== undefined || layout === 'chart', validate: () => validateChartSpec(slide.frontmatter.chart, lang), what: 'chart' as const },
    { rule: 'figures', present: slide.frontmatter.figures !== undefined || layout === 'figures', validate: () => validateFigures(slide.frontmatter.figures, lang), what: 'figures' as const },
  ]
  return blocks.filter(block => block.present).flatMap(({ rule, validate, what }) => {
    const result = validate()
    return result.ok
      ? []
      : result.problems.map(problem => ({
          slide: slide.no,
          ...slide.fieldPosition(fieldKeys(problem.field)),
          message: lang === 'zh' ? describeProblems({ page: slide.no, title: slide.title }, [problem], what, lang) : translatedDataMessage(slide, problem.field, problem.message, lang),
          rule,
        }))
  })
}

const LAYOUT_WORDS = {
  zh: {
    unknown: (where: string, layout: string) => `${where}：未知的版式「${layout}」，可用的版式：${LAYOUT_NAMES.join('、')}`,
    missing: (where: string, layout: string, message: string) => `${where}的版式 ${layout}：${message}`,
    secondList: (where: string) => `${where}：一页只放一个列表，这是第二个`,
    html: (where: string) => `${where}：用 Markdown 写，不用 HTML 标签；版式（layout:）负责样式`,
  },
  en: {
    unknown: (where: string, layout: string) => `${where}: there is no layout “${layout}”; the layouts are ${LAYOUT_NAMES.join(', ')}`,
    missing: (where: string, layout: string, message: string) => `${where}, layout ${layout}: ${message}`,
    secondList: (where: string) => `${where}: a slide holds one list, and this is a second`,
    html: (where: string) => `${where}: write Markdown, not HTML tags; the layout (layout:) does the styling`,
  },
} satisfies Record<DeckLang, unknown>

/** A layout that exists and gets what it needs; Markdown, not HTML, in the body. */
export function layoutProblems(slide: LintSlide, lang: DeckLang = 'zh'): LintProblem[] {
  const layout = layoutOf(slide)
  const layoutLine = slide.layout ? slide.fieldPosition(['layout']) : { line: slide.startLine, column: 1 }
  const where = LINT_WORDS[lang].slide(slide)
  const words = LAYOUT_WORDS[lang]
  const problem = (rule: string, at: { line: number, column: number }, message: string): LintProblem => ({ slide: slide.no, ...at, message, rule })
  const contract = LAYOUT_CONTRACTS[layout]
  if (!contract)
    return [problem('layout', layoutLine, words.unknown(where, layout))]
  const structure = slideStructure(slide.body)
  const missing = contract(structure, lang)
  return [
    ...missing ? [problem('layout', missing.line ? { line: missing.line, column: 1 } : layoutLine, words.missing(where, layout, missing.message))] : [],
    ...structure.extraLists.map(line => problem('layout', { line, column: 1 }, words.secondList(where))),
    ...structure.htmlLines.map(line => problem('markdown', { line, column: 1 }, words.html(where))),
  ]
}
