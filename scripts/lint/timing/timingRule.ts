import type { DeckLang } from '../../../components/deck/deckWords'
import type { LintSlide } from '../deckFile'
import { readDeckFile } from '../deckFile'
import type { LintProblem } from '../problem'
import { editionLangOf } from '../../edition/index.ts'
import { LINT_WORDS } from '../lintWords'
import { formatClock, planSlides } from '../../../components/pacing/talkPlan'

const notesText = (slide: LintSlide) => slide.notes.map(({ text }) => text).join('\n')

/** The line of a slide's timing cue: the last line of its notes with text, else the slide's first line. */
function cueLine(slide: LintSlide): number {
  return slide.notes.findLast(({ text }) => text.trim() !== '')?.line ?? slide.startLine
}

function plan(slides: readonly LintSlide[], lang: DeckLang = 'zh') {
  return planSlides(slides.map(slide => ({ no: slide.no, title: slide.title, section: String(slide.frontmatter.section ?? ''), note: notesText(slide) })), lang)
}

/** Timing cues that are missing, malformed, or whose running total is off, each at its cue's line, in the edition's words. */
export function timingProblems(slides: readonly LintSlide[], lang: DeckLang = 'zh'): LintProblem[] {
  return plan(slides, lang).problems.map(({ no, message }) => {
    const slide = slides[no - 1]
    const missing = !slide.notes.some(({ text }) => /计时|timing/i.test(text))
    return { slide: no, line: cueLine(slide), column: 1, message: missing ? `${message}${LINT_WORDS[lang].cueWhere}` : message, rule: 'timing' }
  })
}

/** A running total (累计) that `--fix` rewrites: where it stands, what it said and what it says now. */
export interface RunningTotalFix {
  line: number
  column: number
  from: string
  to: string
}

const RUNNING_TOTAL = /（累计 (\d+:[0-5]\d)）|\(running total (\d+:[0-5]\d)\)/

/** Every written running total (累计) that is not the sum of the slides' times so far, with the total it should be. */
export function runningTotalFixes(markdown: string, file: string): RunningTotalFix[] {
  const slides = readDeckFile(markdown, file).slides
  const lines = markdown.split('\n')
  return plan(slides, editionLangOf(file)).planned.flatMap((planned) => {
    const line = cueLine(slides[planned.no - 1])
    const match = RUNNING_TOTAL.exec(lines[line - 1])
    const written = match?.[1] ?? match?.[2]
    const to = formatClock(planned.endSeconds)
    return match && written !== to ? [{ line, column: match.index + 1, from: written!, to }] : []
  })
}

/**
 * The deck with every written running total (累计) set to the sum of the
 * slides' times so far; nothing else changes. `file` names the deck in an
 * error when it cannot be read as one.
 */
export function fixRunningTotals(markdown: string, file: string): string {
  const lines = markdown.split('\n')
  for (const { line, from, to } of runningTotalFixes(markdown, file))
    lines[line - 1] = lines[line - 1].replace(`（累计 ${from}）`, `（累计 ${to}）`).replace(`(running total ${from})`, `(running total ${to})`)
  return lines.join('\n')
}

/** Slidev's `duration:` in seconds: `20min`, `1h30min`, `90m`, `45s`, or a number of minutes; undefined when it cannot be read. */
export function durationSeconds(duration: unknown): number | undefined {
  if (typeof duration === 'number')
    return duration > 0 ? duration * 60 : undefined
  if (typeof duration !== 'string')
    return undefined
  const parts = [...duration.trim().matchAll(/(\d+(?:\.\d+)?)\s*(h|min|m|s)?/g)]
  if (parts.length === 0 || parts.map(part => part[0]).join('').replace(/\s/g, '') !== duration.replace(/\s/g, ''))
    return undefined
  const unit = { h: 3600, min: 60, m: 60, s: 1 } as const
  return parts.reduce((total, part) => total + Number(part[1]) * unit[(part[2] ?? 'min') as keyof typeof unit], 0)
}

/** The talk's timing cues adding up to more than the headmatter's `duration:`, at the last cue's line. */
export function durationProblems(slides: readonly LintSlide[], lang: DeckLang = 'zh'): LintProblem[] {
  const headmatter = slides[0]?.frontmatter ?? {}
  const limit = durationSeconds(headmatter.duration)
  const last = plan(slides, lang).planned.at(-1)
  if (limit === undefined || !last || last.endSeconds <= limit)
    return []
  const slide = slides[last.no - 1]
  return [{
    slide: last.no,
    line: cueLine(slide),
    column: 1,
    message: LINT_WORDS[lang].overDuration(formatClock(last.endSeconds), String(headmatter.duration), formatClock(limit)),
    rule: 'timing',
  }]
}
