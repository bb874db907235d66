import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseSync } from '@slidev/parser'

/** The authoring guide, whose layout section gives one example slide per layout. */
export const AUTHORING_GUIDE_PATH = resolve(import.meta.dirname, '../../docs/authoring.md')

/** The authoring guide's layout examples: every fenced block opened with ```md example, each one whole slide. */
export function layoutExamples(guide = readFileSync(AUTHORING_GUIDE_PATH, 'utf8')): string[] {
  return [...guide.matchAll(/^```md example\n([\s\S]*?)^```$/gm)].map(match => match[1].trim())
}

/** The timing cue that notes end with, for the examples, which leave the notes out. */
export const EXAMPLE_NOTES = '<!--\n计时：约 30 秒\n-->'

/**
 * A deck of exactly the authoring guide's examples, in order, the first carrying the
 * real deck's headmatter (fonts, language, offline settings) beside its own
 * `layout:` and `id:`, so it builds and shows like slides.md; each gets speaker notes
 * with a timing cue, as every slide of a deck must have.
 */
export function deckOfExamples(examples: readonly string[], deckMarkdown: string): string {
  const headmatter = parseSync(deckMarkdown, 'slides.md').slides[0].frontmatterRaw!.replace(/^(?:layout|id): .*\n/gm, '')
  const [first, ...rest] = examples
  const withHeadmatter = first.replace(/^---\n/, `---\n${headmatter.trimEnd()}\n`)
  return slidesWithNotes([withHeadmatter, ...rest])
}

/** Whole slides (each with its frontmatter) as one Markdown text, each given speaker notes with a timing cue. */
export function slidesWithNotes(slides: readonly string[]): string {
  return `${slides.map(slide => `${slide}\n\n${EXAMPLE_NOTES}`).join('\n\n')}\n`
}
