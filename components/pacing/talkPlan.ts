/**
 * The talk's time plan, read from the timing cue that ends every slide's
 * speaker notes: `计时：约 45 秒（累计 4:15）` — this slide takes about 45 s, and
 * the talk should be at 4:15 when it ends.
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

const CUE = /^计时：约 (\d+) 秒（累计 (\d+):([0-5]\d)）$/

/** `90` → `1:30`. Whole seconds; minutes are not wrapped into hours. */
export function formatClock(seconds: number): string {
  const whole = Math.floor(Math.abs(seconds))
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

function slideName(slide: SlideNotes): string {
  return slide.title ? `第 ${slide.no} 页「${slide.title}」` : `第 ${slide.no} 页`
}

/** The timing cue on the last line of a slide's notes, or why there is none. */
export function parseTimingCue(note: string): { ok: true, seconds: number, cumulativeSeconds: number } | { ok: false, problem: string } {
  const lastLine = note.trim().split('\n').at(-1)?.trim() ?? ''
  const match = CUE.exec(lastLine)
  if (match) {
    const seconds = Number(match[1])
    if (seconds === 0)
      return { ok: false, problem: `计时提示有误:本页时长应大于 0 秒,写的是「${lastLine}」` }
    return { ok: true, seconds, cumulativeSeconds: Number(match[2]) * 60 + Number(match[3]) }
  }
  if (lastLine.includes('计时'))
    return { ok: false, problem: `计时提示格式有误:「${lastLine}」,应为「${CUE_FORMAT}」` }
  return { ok: false, problem: `备注缺少计时提示:备注最后一行应为「${CUE_FORMAT}」` }
}

/**
 * The plan of the whole talk. Each slide's 累计 must equal the previous
 * slide's 累计 plus this slide's seconds; every problem names its slide.
 */
export function buildTalkPlan(slides: readonly SlideNotes[]): TalkPlanResult {
  const problems: string[] = []
  const planned: PlannedSlide[] = []
  let previousCumulative = 0
  for (const slide of slides) {
    const cue = parseTimingCue(slide.note)
    if (!cue.ok) {
      problems.push(`${slideName(slide)}的${cue.problem}`)
      continue
    }
    const expected = previousCumulative + cue.seconds
    if (cue.cumulativeSeconds !== expected)
      problems.push(`${slideName(slide)}的计时提示有误:累计应为 ${formatClock(expected)}(上一页累计 ${formatClock(previousCumulative)} 加本页 ${cue.seconds} 秒),写的是 ${formatClock(cue.cumulativeSeconds)}`)
    planned.push({
      no: slide.no,
      title: slide.title,
      section: slide.section,
      plannedSeconds: cue.seconds,
      startSeconds: cue.cumulativeSeconds - cue.seconds,
      endSeconds: cue.cumulativeSeconds,
    })
    previousCumulative = cue.cumulativeSeconds
  }
  if (slides.length === 0)
    problems.push('演示稿没有幻灯片,无法读取计时计划')
  if (problems.length > 0)
    return { ok: false, problems }
  return { ok: true, plan: { slides: planned, totalSeconds: previousCumulative } }
}
