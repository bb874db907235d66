import type { LintSlide } from './deckFile'
import { readDeckFile } from './deckFile'
import type { LintProblem } from './problem'
import { formatClock, planSlides } from '../../components/pacing/talkPlan'

const notesText = (slide: LintSlide) => slide.notes.map(({ text }) => text).join('\n')

/** The line of a slide's timing cue: the last line of its notes with text, else the slide's first line. */
function cueLine(slide: LintSlide): number {
  return slide.notes.findLast(({ text }) => text.trim() !== '')?.line ?? slide.startLine
}

function plan(slides: readonly LintSlide[]) {
  return planSlides(slides.map(slide => ({ no: slide.no, title: slide.title, section: String(slide.frontmatter.section ?? ''), note: notesText(slide) })))
}

/** Timing cues that are missing, malformed, or whose running total is off, each at its cue's line. */
export function timingProblems(slides: readonly LintSlide[]): LintProblem[] {
  return plan(slides).problems.map(({ no, message }) => {
    const slide = slides[no - 1]
    return { slide: no, line: cueLine(slide), column: 1, message: /缺少计时提示/.test(message) ? `${message}（写在备注 <!-- --> 的最后一行）` : message, rule: 'timing' }
  })
}

/**
 * The deck with every written running total (累计) set to the sum of the
 * slides' times so far; nothing else changes. `file` names the deck in an
 * error when it cannot be read as one.
 */
export function fixRunningTotals(markdown: string, file: string): string {
  const slides = readDeckFile(markdown, file).slides
  const lines = markdown.split('\n')
  for (const planned of plan(slides).planned) {
    const index = cueLine(slides[planned.no - 1]) - 1
    lines[index] = lines[index].replace(/（累计 \d+:[0-5]\d）/, `（累计 ${formatClock(planned.endSeconds)}）`)
  }
  return lines.join('\n')
}
