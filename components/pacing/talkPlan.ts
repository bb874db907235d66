import type { DeckLang } from '../deck/deckWords.ts'

/**
 * The talk's time plan, read from the timing cue that ends every slide's
 * speaker notes: `计时：约 45 秒` — this slide takes about 45 s. The running
 * total is derived from those; a cue may also write it, `计时：约 45 秒（累计 4:15）`
 * (the talk should be at 4:15 when this slide ends), and then it must be right
 * (`npm run lint -- --fix` rewrites it). The English edition writes
 * `Timing: about 45 seconds (running total 4:15)`.
 */

/** What the plan needs to know of a slide, as slides.md gives it. */
export interface SlideNotes {
  no: number
  title: string
  /** The slide's `section:` frontmatter; '' when it has none (the cover). */
  section: string
  note: string
}

export interface PlannedSlide {
  no: number
  title: string
  section: string
  plannedSeconds: number
  /** Where the talk should be when this slide starts and ends (the previous cue's and this cue's 累计). */
  startSeconds: number
  endSeconds: number
}

export interface TalkPlan {
  slides: PlannedSlide[]
  totalSeconds: number
}

export type TalkPlanResult =
  | { ok: true, plan: TalkPlan }
  | { ok: false, problems: string[] }

export const CUE_FORMAT = '计时：约 N 秒（累计 M:SS）'
/** The English edition's cue: `Timing: about 45 seconds (running total 4:15)`. */
export const ENGLISH_CUE_FORMAT = 'Timing: about N seconds (running total M:SS)'

const CUE = /^计时：约 (\d+) 秒(?:（累计 (\d+):([0-5]\d)）)?$/
const ENGLISH_CUE = /^Timing: about (\d+) seconds?(?: \(running total (\d+):([0-5]\d)\))?$/

/** `90` → `1:30`. Whole seconds; minutes are not wrapped into hours. */
export function formatClock(seconds: number): string {
  const whole = Math.floor(Math.abs(seconds))
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

/** The plan's problems in each edition's words: a translation's cues are named in its language. */
interface CueWords {
  slide: (slide: SlideNotes) => string
  zero: (cue: string) => string
  malformed: (cue: string, format: string) => string
  missing: string
  wrongTotal: (slide: SlideNotes, end: string, previous: string, seconds: number, written: string) => string
  noSlides: string
}

const CUE_WORDS: Record<DeckLang, CueWords> = {
  zh: {
    slide: slide => `${slide.title ? `第 ${slide.no} 页「${slide.title}」` : `第 ${slide.no} 页`}的`,
    zero: cue => `计时提示有误：本页时长应大于 0 秒，写的是「${cue}」`,
    malformed: (cue, format) => `计时提示格式有误：「${cue}」，应为「${format}」`,
    missing: `备注缺少计时提示：备注最后一行应为「${CUE_FORMAT}」`,
    wrongTotal: (slide, end, previous, seconds, written) => `${CUE_WORDS.zh.slide(slide)}计时提示有误：累计应为 ${end}（上一页累计 ${previous} 加本页 ${seconds} 秒），写的是 ${written}`,
    noSlides: '演示稿没有幻灯片，无法读取计时计划',
  },
  en: {
    slide: slide => `Slide ${slide.no}${slide.title ? ` (“${slide.title}”)` : ''}: `,
    zero: cue => `the timing cue gives the slide no time: “${cue}” (a slide takes more than 0 seconds)`,
    malformed: (cue, format) => `the timing cue “${cue}” is not in the form “${format}”`,
    missing: `the notes have no timing cue: their last line is “${ENGLISH_CUE_FORMAT}”`,
    wrongTotal: (slide, end, previous, seconds, written) => `${CUE_WORDS.en.slide(slide)}the running total should be ${end} (${previous} before this slide, plus ${seconds} seconds), not ${written}`,
    noSlides: 'the deck has no slides, so it has no timing plan',
  },
}

/** The timing cue on the last line of a slide's notes, or why there is none. */
export function parseTimingCue(note: string, lang: DeckLang = 'zh'): { ok: true, seconds: number, cumulativeSeconds?: number } | { ok: false, problem: string } {
  const words = CUE_WORDS[lang]
  // Splitting gives at least one line, if only ''.
  const lastLine = note.trim().split('\n').at(-1)!.trim()
  const match = CUE.exec(lastLine) ?? ENGLISH_CUE.exec(lastLine)
  if (match) {
    const seconds = Number(match[1])
    if (seconds === 0)
      return { ok: false, problem: words.zero(lastLine) }
    return match[2] === undefined
      ? { ok: true, seconds }
      : { ok: true, seconds, cumulativeSeconds: Number(match[2]) * 60 + Number(match[3]) }
  }
  if (lastLine.includes('计时'))
    return { ok: false, problem: words.malformed(lastLine, CUE_FORMAT) }
  if (/^timing\b/i.test(lastLine))
    return { ok: false, problem: words.malformed(lastLine, ENGLISH_CUE_FORMAT) }
  return { ok: false, problem: words.missing }
}

/** A problem with one slide's timing cue. */
export interface CueProblem {
  no: number
  message: string
}

/**
 * Each slide's place in the talk, from the seconds of every cue, and each cue
 * that is missing, malformed, or writes a running total (累计) other than the
 * previous slides' seconds plus its own. Every problem names its slide.
 */
export function planSlides(slides: readonly SlideNotes[], lang: DeckLang = 'zh'): { planned: PlannedSlide[], problems: CueProblem[] } {
  const words = CUE_WORDS[lang]
  const problems: CueProblem[] = []
  const planned: PlannedSlide[] = []
  let elapsed = 0
  // After a slide whose time is unknown, the next written running total is taken as it stands.
  let unknown = false
  for (const slide of slides) {
    const cue = parseTimingCue(slide.note, lang)
    if (!cue.ok) {
      problems.push({ no: slide.no, message: `${words.slide(slide)}${cue.problem}` })
      unknown = true
      continue
    }
    if (unknown && cue.cumulativeSeconds !== undefined)
      elapsed = Math.max(0, cue.cumulativeSeconds - cue.seconds)
    unknown = false
    const end = elapsed + cue.seconds
    if (cue.cumulativeSeconds !== undefined && cue.cumulativeSeconds !== end)
      problems.push({ no: slide.no, message: words.wrongTotal(slide, formatClock(end), formatClock(elapsed), cue.seconds, formatClock(cue.cumulativeSeconds)) })
    planned.push({ no: slide.no, title: slide.title, section: slide.section, plannedSeconds: cue.seconds, startSeconds: elapsed, endSeconds: end })
    elapsed = end
  }
  return { planned, problems }
}

/** The plan of the whole talk, or every problem with its cues. */
export function buildTalkPlan(slides: readonly SlideNotes[], lang: DeckLang = 'zh'): TalkPlanResult {
  const { planned, problems } = planSlides(slides, lang)
  const messages = problems.map(problem => problem.message)
  if (slides.length === 0)
    messages.push(CUE_WORDS[lang].noSlides)
  if (messages.length > 0)
    return { ok: false, problems: messages }
  return { ok: true, plan: { slides: planned, totalSeconds: planned.at(-1)!.endSeconds } }
}
