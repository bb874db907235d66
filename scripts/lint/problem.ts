/** One thing wrong in a deck file, at its line: what `npm run lint` prints and a slide's error box shows. */
export interface LintProblem {
  /** The slide it belongs to, 1-based. */
  slide: number
  /** 1-based line and column in the deck file. */
  line: number
  column: number
  message: string
  /** Which check found it: typesetting, quotation, timing, chart, figures, layout, markdown. */
  rule: string
}

/** `slides.md:12:5 message (rule)`: the format of eslint and markdownlint, which editors and terminals turn into a link. */
export function formatProblem(file: string, problem: LintProblem): string {
  return `${file}:${problem.line}:${problem.column} ${problem.message} (${problem.rule})`
}
