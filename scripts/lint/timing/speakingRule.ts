import type { DeckLang } from '../../../components/deck/deckWords'
import type { LintSlide } from '../deckFile'
import type { LintWords } from '../lintWords'
import type { LintProblem } from '../problem'
import { ASIDE_SECONDS, notesOverrun, SPEAKING_RATES, splitNotes, spokenSeconds, spokenUnits } from '../../../components/pacing/speakingRate'
import { formatClock, parseTimingCue } from '../../../components/pacing/talkPlan'
import { durationSeconds } from './timingRule'

/**
 * Notes that can be said in their time: each slide's spoken notes against
 * its timing cue, at the edition's speaking rate (components/pacing/
 * speakingRate.ts), and the whole script against the talk's `duration:`.
 */

const seconds = (value: number, lang: DeckLang) => lang === 'zh' ? `${value} 秒` : `${value} seconds`

function spokenLines(slide: LintSlide) {
  const { spoken, aside } = splitNotes(slide.notes.map(({ text }) => text))
  return { spoken: spoken.join('\n'), aside: aside.join('\n') }
}

/** Each slide whose notes overrun its cue by more than a quarter, and each aside longer than 30 seconds of speech, at the notes' first line. */
export function speakingProblems(slides: readonly LintSlide[], lang: DeckLang, words: LintWords): LintProblem[] {
  const rate = SPEAKING_RATES[lang]
  const asideLimit = Math.round(rate.perMinute * ASIDE_SECONDS / 60)
  return slides.flatMap((slide) => {
    const { spoken, aside } = spokenLines(slide)
    const cue = parseTimingCue(slide.notes.map(({ text }) => text).join('\n'), lang)
    const at = { slide: slide.no, line: slide.notes.find(({ text }) => text.trim() !== '')?.line ?? slide.startLine, column: 1, rule: 'speaking' }
    const estimate = spokenSeconds(spoken, lang)
    const asideUnits = spokenUnits(aside, lang)
    return [
      ...cue.ok && notesOverrun(estimate, cue.seconds) ? [{ ...at, message: words.notesOverrun(slide, seconds(estimate, lang), seconds(cue.seconds, lang), rate.label) }] : [],
      ...asideUnits > asideLimit ? [{ ...at, message: words.asideTooLong(slide, `${asideUnits} ${rate.unit}`, `${asideLimit} ${rate.unit}`) }] : [],
    ]
  })
}

/** The whole script taking longer to say than the headmatter's `duration:`, at the last slide's cue. */
export function scriptProblems(slides: readonly LintSlide[], lang: DeckLang, words: LintWords): LintProblem[] {
  const limit = durationSeconds(slides[0]?.frontmatter.duration)
  const last = slides.at(-1)
  if (limit === undefined || !last)
    return []
  const estimate = spokenSeconds(slides.map(slide => spokenLines(slide).spoken).join('\n'), lang)
  if (estimate <= limit)
    return []
  const cueLine = last.notes.findLast(({ text }) => text.trim() !== '')?.line ?? last.startLine
  return [{ slide: last.no, line: cueLine, column: 1, rule: 'speaking', message: words.talkOverrun(formatClock(estimate), formatClock(limit), SPEAKING_RATES[lang].label) }]
}
