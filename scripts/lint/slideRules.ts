import type { LintSlide } from './deckFile'
import type { LintProblem } from './problem'
import { describeProblems, validateChartSpec } from '../../components/charts/chartSpec'
import { validateFigures } from '../../components/figures/figureSpec'
import { LAYOUT_CONTRACTS, LAYOUT_NAMES, layoutOf } from './layouts'
import { slideStructure } from './slideStructure'

/** `chart.series.values[2]` → `['chart', 'series', 'values', 2]` */
export function fieldKeys(field: string): Array<string | number> {
  return [...field.matchAll(/[^.[\]]+/g)].map(([key]) => /^\d+$/.test(key) ? Number(key) : key)
}

/** The `chart:` and `figures:` blocks, checked by the same zod schemas the slides use, each problem at its field's line. */
export function dataProblems(slide: LintSlide): LintProblem[] {
  const layout = layoutOf(slide)
  const blocks = [
    { rule: 'chart', present: slide.frontmatter.chart !== undefined || layout === 'chart', validate: () => validateChartSpec(slide.frontmatter.chart), what: '图表数据' },
    { rule: 'figures', present: slide.frontmatter.figures !== undefined || layout === 'figures', validate: () => validateFigures(slide.frontmatter.figures), what: '数字卡片数据' },
  ]
  return blocks.filter(block => block.present).flatMap(({ rule, validate, what }) => {
    const result = validate()
    return result.ok
      ? []
      : result.problems.map(problem => ({
          slide: slide.no,
          ...slide.fieldPosition(fieldKeys(problem.field)),
          message: describeProblems({ page: slide.no, title: slide.title }, [problem], what),
          rule,
        }))
  })
}

/** A layout that exists and gets what it needs; Markdown, not HTML, in the body. */
export function layoutProblems(slide: LintSlide): LintProblem[] {
  const layout = layoutOf(slide)
  const layoutLine = slide.layout ? slide.fieldPosition(['layout']) : { line: slide.startLine, column: 1 }
  const where = `第 ${slide.no} 页${slide.title ? `「${slide.title}」` : ''}`
  const problem = (rule: string, at: { line: number, column: number }, message: string): LintProblem => ({ slide: slide.no, ...at, message, rule })
  const contract = LAYOUT_CONTRACTS[layout]
  if (!contract)
    return [problem('layout', layoutLine, `${where}：未知的版式「${layout}」，可用的版式：${LAYOUT_NAMES.join('、')}`)]
  const structure = slideStructure(slide.body)
  const missing = contract(structure)
  return [
    ...missing ? [problem('layout', missing.line ? { line: missing.line, column: 1 } : layoutLine, `${where}的版式 ${layout}：${missing.message}`)] : [],
    ...structure.extraLists.map(line => problem('layout', { line, column: 1 }, `${where}：一页只放一个列表，这是第二个`)),
    ...structure.htmlLines.map(line => problem('markdown', { line, column: 1 }, `${where}：用 Markdown 写，不用 HTML 标签；版式（layout:）负责样式`)),
  ]
}
