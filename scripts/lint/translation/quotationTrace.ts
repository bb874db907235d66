import type { LintSlide } from '../deckFile'
import type { LintWords } from '../lintWords'
import type { LintProblem } from '../problem'
import { frontmatterStrings } from '../typesetting'

/**
 * Quotation marks in a translation only around a translation of words the
 * source quotes: an English “…” stands for a Chinese “…”, 「…」 or 《…》 in the
 * same part of the paired slide (its body and frontmatter, or its notes),
 * whose words the source's lint checks against the article. A translated
 * part with more quotations than its source part has put quotation marks
 * round a paraphrase. Blockquotes are counted apart (editionRules.ts).
 */

const ENGLISH_QUOTE = /“[^”]*”/g
const CHINESE_QUOTE = /“[^”]*”|「[^」]*」|《[^》]*》/g

const count = (texts: readonly string[], pattern: RegExp) => texts.reduce((total, text) => total + (text.match(pattern)?.length ?? 0), 0)
const prose = (lines: LintSlide['body']) => lines.filter(({ text }) => !text.trimStart().startsWith('>'))

function parts(slide: LintSlide) {
  return {
    body: [...prose(slide.body).map(({ text }) => text), ...frontmatterStrings(slide.frontmatter).filter(({ path }) => !/^keywords\b/.test(path)).map(({ text }) => text)],
    notes: prose(slide.notes).map(({ text }) => text),
  }
}

/** Each part of a translated slide that quotes more than the same part of its source slide, at the part's first quotation. */
export function quotationTraceProblems(slide: LintSlide, source: LintSlide, words: LintWords): LintProblem[] {
  const mine = parts(slide)
  const theirs = parts(source)
  return (['body', 'notes'] as const).flatMap((part) => {
    const english = count(mine[part], ENGLISH_QUOTE)
    const chinese = count(theirs[part], CHINESE_QUOTE)
    if (english <= chinese)
      return []
    const lines = part === 'body' ? prose(slide.body) : prose(slide.notes)
    // The first quoted line of the part; none in the body when the quotations are all in the frontmatter (a quoted note is always on a line).
    const line = lines.find(({ text }) => /“[^”]*”/.test(text))?.line ?? slide.startLine
    return [{ slide: slide.no, line, column: 1, rule: 'quotation', message: words.untracedQuotes(slide, part, english, chinese) }]
  })
}
