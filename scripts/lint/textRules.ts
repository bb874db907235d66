import type { LintSlide } from './deckFile'
import type { LintProblem } from './problem'
import { frontmatterStrings, halfWidthPunctuation, numberStyle, visibleText } from './typesetting'

/** Frontmatter the reader never sees as prose: machine lists and font settings. */
const NOT_PROSE = /^(?:keywords|fonts)\b/

/** Chinese typesetting of every text a reader sees: the body, the notes and the prose in the frontmatter. */
export function typesettingProblems(slide: LintSlide): LintProblem[] {
  const check = (text: string) => [...halfWidthPunctuation(text, ''), ...numberStyle(text, '')]
  const lines = [...slide.body, ...slide.notes].flatMap(({ line, text }) => check(visibleText(text)).map(problem => ({ line, column: problem.index + 1, problem })))
  const fields = frontmatterStrings(slide.frontmatter).filter(({ path }) => !NOT_PROSE.test(path)).flatMap(({ keys, path, text }) =>
    check(text).map(problem => ({ ...slide.fieldPosition(keys), problem: { ...problem, rule: `${path}: ${problem.rule}` } })))
  return [...lines, ...fields].map(({ line, column, problem }) => ({
    slide: slide.no,
    line,
    column,
    message: `${problem.rule}: “${problem.excerpt}”`,
    rule: 'typesetting',
  }))
}

/** The article's text, folded so a quotation set with full-width marks matches it whatever marks the article used. */
export function normaliseForQuotes(text: string): string {
  return text
    .replace(/[，：；？！（）‘’“”]/g, mark => ({ '，': ',', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')', '‘': '"', '’': '"', '“': '"', '”': '"' })[mark]!)
    .replace(/\s+/g, '')
}

export const QUOTE_LINE = /^> “(.+)”$/
export const ATTRIBUTION_LINE = /^> —— \S/

/**
 * Blockquotes are the article's words only: each is `> “…”` lines, every part
 * between ellipses (……) found word for word in the article, then `> —— 姓名`.
 */
export function quotationProblems(slide: LintSlide, article: string): LintProblem[] {
  const problems: LintProblem[] = []
  const at = (line: number, message: string, column = 1) => problems.push({ slide: slide.no, line, column, message, rule: 'quotation' })
  const blocks: Array<typeof slide.body> = []
  slide.body.forEach((line, index) => {
    if (!line.text.startsWith('>'))
      return
    if (index > 0 && slide.body[index - 1].text.startsWith('>'))
      blocks.at(-1)!.push(line)
    else blocks.push([line])
  })
  for (const block of blocks) {
    const content = block.filter(({ text }) => text.trim() !== '>')
    for (const { line, text } of content) {
      const quote = QUOTE_LINE.exec(text)
      if (quote) {
        for (const part of quote[1].split('……').filter(Boolean)) {
          if (!article.includes(normaliseForQuotes(part)))
            at(line, `引语与原文不一致（删去的部分写“……”）：“${part}”`, 3)
        }
      }
      else if (!ATTRIBUTION_LINE.test(text)) {
        at(line, '引用块只放文章原话：写成 > “原文”，最后一行 > —— 姓名，职务')
      }
    }
    if (!content.some(({ text }) => ATTRIBUTION_LINE.test(text)))
      at(block[0].line, '引语缺少出处：在引用块最后加一行 > —— 姓名，职务')
  }
  return problems
}
