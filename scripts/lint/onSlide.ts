import { readFileSync, statSync } from 'node:fs'
import { readArticle } from './textRules'
import { DeckReadError } from './deckFile'
import { lintDeck } from './lintDeck'
import { formatProblem } from './problem'

/**
 * The lint's problems, shown on the slide they belong to: Slidev's Markdown
 * transformer (setup/transformers.ts) appends this box to the slide's source,
 * at every build and on every save in the dev server. Chart and figure data
 * are left out: their components show the same zod problems in place.
 */

let cached: { file: string, stamp: string, markdown: string, problems: Map<number, string[]> } | undefined

/** The file's identity and last change, to the nanosecond: equal stamps, the same text (no read needed). */
function fileStamp(file: string): string {
  const { ino, size, mtimeNs, ctimeNs } = statSync(file, { bigint: true })
  return `${ino}:${size}:${mtimeNs}:${ctimeNs}`
}

function problemsBySlide(file: string): Map<number, string[]> {
  // Called once per slide: an unchanged file is not read again (a deck of n slides read n times is O(n²)).
  const stamp = fileStamp(file)
  if (cached?.file === file && cached.stamp === stamp)
    return cached.problems
  const markdown = readFileSync(file, 'utf8')
  if (cached?.file === file && cached.markdown === markdown) {
    cached.stamp = stamp
    return cached.problems
  }
  const problems = new Map<number, string[]>()
  try {
    for (const problem of lintDeck(markdown, file, readArticle())) {
      if (problem.rule !== 'chart' && problem.rule !== 'figures')
        problems.set(problem.slide, [...problems.get(problem.slide) ?? [], formatProblem(file.split('/').at(-1)!, problem)])
    }
  }
  catch (error) {
    if (!(error instanceof DeckReadError))
      throw error
  }
  cached = { file, stamp, markdown, problems }
  return problems
}

/** Markdown to append to slide `index` (0-based in `file`): an error box listing its problems, or '' when it has none. */
export function problemsBox(file: string, index: number): string {
  const messages = problemsBySlide(file).get(index + 1)
  if (!messages)
    return ''
  // A JS string literal with nothing the template or Markdown parser could read as markup or quotes.
  const literal = JSON.stringify(messages).replace(/[<>&']/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return `\n\n<DeckProblems :messages='${literal}' />\n`
}
