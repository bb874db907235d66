import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { LintSlide } from './deckFile'
import type { LintWords } from './lintWords'
import type { LintProblem } from './problem'
import { frontmatterStrings, halfWidthPunctuation, numberStyle, visibleText } from './typesetting'

/** Frontmatter the reader never sees as prose: machine lists and font settings. */
const NOT_PROSE = /^(?:keywords|fonts)\b/

/** Chinese typesetting of every text a reader sees: the body, the notes and the prose in the frontmatter. */
export function typesettingProblems(slide: LintSlide, words: LintWords): LintProblem[] {
  const check = (text: string) => [...halfWidthPunctuation(text, ''), ...numberStyle(text, '')]
  const lines = [...slide.body, ...slide.notes].flatMap(({ line, text }) => check(visibleText(text)).map(problem => ({ line, column: problem.index + 1, problem, field: undefined })))
  const fields = frontmatterStrings(slide.frontmatter).filter(({ path }) => !NOT_PROSE.test(path)).flatMap(({ keys, path, text }) =>
    check(text).map(problem => ({ ...slide.fieldPosition(keys), problem, field: path })))
  return [...lines, ...fields].map(({ line, column, problem, field }) => ({
    slide: slide.no,
    line,
    column,
    message: words.typesetting(problem.kind, problem.excerpt, field),
    rule: 'typesetting',
  }))
}

const LATIN = String.raw`[A-Za-z0-9%\p{Script=Latin}]`
/** A space where Chinese meets Latin letters or digits: the deck's own spacing (“AI 新时代”), which the article may not have. */
const SPACE_BETWEEN_SCRIPTS = new RegExp(String.raw`(?<=\p{Script=Han})\s+(?=${LATIN})|(?<=${LATIN})\s+(?=\p{Script=Han})`, 'gu')

/**
 * A text folded for the quotation check, so a quotation set with full-width
 * marks and the deck's spacing between Chinese and Latin matches the article
 * whatever marks it used. Any other space counts: “开放合作 共享未来” is not
 * the article's “开放合作共享未来”, nor “产业 + 智能” its “产业+智能”.
 */
export function normaliseForQuotes(text: string): string {
  return text
    .replace(/[，：；？！（）‘’“”]/g, mark => ({ '，': ',', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')', '‘': '"', '’': '"', '“': '"', '”': '"' })[mark]!)
    .replace(SPACE_BETWEEN_SCRIPTS, '')
    .replace(/\s+/g, ' ')
}

/** The parts of quoted words (cut at the ellipses ……) that are neither in the article nor among `labels`, all folded alike. */
function unquotedParts(words: string, article: string, labels: ReadonlySet<string> = new Set()): string[] {
  return words.split('……').filter(Boolean).filter(part => !article.includes(normaliseForQuotes(part)) && !labels.has(normaliseForQuotes(part)))
}

export const QUOTE_LINE = /^> “(.+)”$/
export const ATTRIBUTION_LINE = /^> —— \S/

/** A slide body's blockquotes, each as its run of `>` lines. */
export function blockquotes(slide: LintSlide): Array<typeof slide.body> {
  const blocks: Array<typeof slide.body> = []
  slide.body.forEach((line, index) => {
    if (!line.text.startsWith('>'))
      return
    if (index > 0 && slide.body[index - 1].text.startsWith('>'))
      blocks.at(-1)!.push(line)
    else blocks.push([line])
  })
  return blocks
}

/**
 * Blockquotes are the article's words only: each is `> “…”` lines, every part
 * between ellipses (……) found word for word in the article, then `> —— 姓名`.
 */
export function quotationProblems(slide: LintSlide, article: string): LintProblem[] {
  const problems: LintProblem[] = []
  const at = (line: number, message: string, column = 1) => problems.push({ slide: slide.no, line, column, message, rule: 'quotation' })
  const blocks = blockquotes(slide)
  for (const block of blocks) {
    const content = block.filter(({ text }) => text.trim() !== '>')
    for (const { line, text } of content) {
      const quote = QUOTE_LINE.exec(text)
      if (quote) {
        for (const part of unquotedParts(quote[1], article))
          at(line, `引语与原文不一致（删去的部分写“……”）：“${part}”`, 3)
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

/** Words in “ ” inside a line of prose, each with its offset. */
function inlineQuotations(text: string): Array<{ words: string, index: number }> {
  return [...text.matchAll(/“([^“”]+)”/g)].map(match => ({ words: match[1], index: match.index }))
}

/**
 * Every text of the deck that is its own label, not the article's words: the
 * frontmatter's strings (chart labels, figure labels, sources) and the marks
 * the components draw (推算). Notes may quote these in “ ” too.
 */
export function deckLabels(slides: readonly LintSlide[], componentLabels: readonly string[]): Set<string> {
  return new Set([...componentLabels, ...slides.flatMap(slide => frontmatterStrings(slide.frontmatter).map(({ text }) => text))].map(normaliseForQuotes))
}

/**
 * Words in “ ” are the article's words: in a slide's body, its notes and its
 * frontmatter, every part between ellipses (……) is found word for word in
 * the article, or is one of the deck's own labels. Blockquote lines are
 * checked by quotationProblems.
 */
export function inlineQuotationProblems(slide: LintSlide, article: string, labels: ReadonlySet<string>): LintProblem[] {
  const quoted = (text: string) => inlineQuotations(text).flatMap(({ words, index }) => unquotedParts(words, article, labels).map(part => ({ part, index })))
  const message = (part: string) => `“ ”里只放原文的话（或本稿自己的标签）；原文里没有：“${part}”。转述请去掉引号`
  const lines = [...slide.body.filter(({ text }) => !text.startsWith('>')), ...slide.notes].flatMap(({ line, text }) =>
    quoted(text).map(({ part, index }) => ({ line, column: index + 1, part })))
  const fields = frontmatterStrings(slide.frontmatter).filter(({ path }) => !NOT_PROSE.test(path)).flatMap(({ keys, text }) =>
    quoted(text).map(({ part }) => ({ ...slide.fieldPosition(keys), part })))
  return [...lines, ...fields].map(({ line, column, part }) => ({ slide: slide.no, line, column, message: message(part), rule: 'quotation' }))
}

/** The article the deck summarises, beside the project (the first three lines and the last few are the web page's chrome). */
export const ARTICLE_PATH = resolve(import.meta.dirname, '../../../shared/source/article.zh.txt')

/** The article, folded for the quotation check; undefined when it is not beside the project. */
export function readArticle(path = ARTICLE_PATH): string | undefined {
  return existsSync(path) ? normaliseForQuotes(readFileSync(path, 'utf8')) : undefined
}

export const NO_ARTICLE = `找不到原文 ${ARTICLE_PATH}，引语没有逐字核对`
