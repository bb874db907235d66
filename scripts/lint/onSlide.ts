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

let cached: { file: string, stamp: string, settled: boolean, markdown: string, problems: Map<number, string[]> } | undefined

/** How long after a file's last change its stamp can be trusted: some file systems keep times to a second or two, and a same-size edit within that window keeps the stamp. */
const SETTLE_MS = 3000

/** Whether a stamp taken at `takenAt` (ms) of a file last changed at `changedAt` can stand for its text: the change is older than any clock's grain. */
export function stampSettled(changedAt: number, takenAt: number): boolean {
  return takenAt - changedAt > SETTLE_MS
}

function problemsBySlide(file: string): Map<number, string[]> {
  // Called once per slide: a file that has not changed since a settled stamp is not read again (a deck of n slides read n times is O(n²)).
  const takenAt = Date.now()
  const { ino, size, mtimeNs, ctimeNs, mtimeMs } = statSync(file, { bigint: true })
  const stamp = `${ino}:${size}:${mtimeNs}:${ctimeNs}`
  if (cached?.file === file && cached.settled && cached.stamp === stamp)
    return cached.problems
  const settled = stampSettled(Number(mtimeMs), takenAt)
  const markdown = readFileSync(file, 'utf8')
  if (cached?.file === file && cached.markdown === markdown) {
    Object.assign(cached, { stamp, settled })
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
  cached = { file, stamp, settled, markdown, problems }
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
