import type { RehearsalRecord } from './rehearsalRecord'
import type { TalkPlan } from './talkPlan'

/**
 * Time spent on each slide during a rehearsal, in milliseconds of the
 * presenter's stopwatch (a paused stopwatch pauses the rehearsal too).
 * Returns to a slide add to its time.
 */
export interface RehearsalLog {
  current: number
  enteredAtMs: number
  spentMs: Record<number, number>
  visits: Record<number, number>
}

export function startLog(slideNo: number, atMs: number): RehearsalLog {
  return { current: slideNo, enteredAtMs: atMs, spentMs: {}, visits: { [slideNo]: 1 } }
}

function closeStay(log: RehearsalLog, atMs: number): Record<number, number> {
  if (atMs < log.enteredAtMs)
    throw new Error(`排练计时倒退了：第 ${log.current} 页从 ${log.enteredAtMs} ms 开始，现在是 ${atMs} ms（计时器被重置？）`)
  return { ...log.spentMs, [log.current]: (log.spentMs[log.current] ?? 0) + atMs - log.enteredAtMs }
}

/** The presenter moved to `slideNo` at `atMs`. */
export function moveTo(log: RehearsalLog, slideNo: number, atMs: number): RehearsalLog {
  if (slideNo === log.current)
    return log
  return {
    current: slideNo,
    enteredAtMs: atMs,
    spentMs: closeStay(log, atMs),
    visits: { ...log.visits, [slideNo]: (log.visits[slideNo] ?? 0) + 1 },
  }
}

/** The finished rehearsal against the plan: every planned slide, visited or not. */
export function finishLog(log: RehearsalLog, atMs: number, plan: TalkPlan, startedAt: Date, endedAt: Date): RehearsalRecord {
  const spentMs = closeStay(log, atMs)
  return {
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    slides: plan.slides.map(slide => ({
      no: slide.no,
      title: slide.title,
      section: slide.section,
      plannedSeconds: slide.plannedSeconds,
      actualSeconds: Math.round((spentMs[slide.no] ?? 0) / 100) / 10,
      visits: log.visits[slide.no] ?? 0,
    })),
  }
}
