import type { PaceWords } from './paceWords'
import type { PlannedSlide, TalkPlan } from './talkPlan'
import { PACE_WORDS } from './paceWords'
import { formatClock } from './talkPlan'

export type PaceState = 'on-plan' | 'behind' | 'ahead'

/**
 * How far the talk is off its plan, in whole seconds: 0 while the elapsed time
 * lies inside the current slide's planned window, elapsed − planned end past it
 * (positive: behind), elapsed − planned start before it (negative: ahead).
 */
export function paceSeconds(slide: Pick<PlannedSlide, 'startSeconds' | 'endSeconds'>, elapsedSeconds: number): number {
  const elapsed = Math.floor(elapsedSeconds)
  // At most one of the two is not 0: the window starts before it ends.
  return Math.max(0, elapsed - slide.endSeconds) + Math.min(0, elapsed - slide.startSeconds)
}

export function paceState(pace: number): PaceState {
  return pace > 0 ? 'behind' : pace < 0 ? 'ahead' : 'on-plan'
}

/** `0` → 按计划, `30` → 落后 0:30, `-15` → 提前 0:15 (in English: On plan, Behind 0:30, Ahead 0:15). */
export function describePace(pace: number, words: PaceWords = PACE_WORDS.zh): string {
  const state = paceState(pace)
  if (state === 'on-plan')
    return words.onPlan
  return `${state === 'behind' ? words.behind : words.ahead} ${formatClock(pace)}`
}

/** Planned talk time left, or, once past the planned end, how far over it is. */
export function describeRemaining(plan: Pick<TalkPlan, 'totalSeconds'>, elapsedSeconds: number, words: PaceWords = PACE_WORDS.zh): string {
  const left = plan.totalSeconds - Math.floor(elapsedSeconds)
  return left >= 0 ? `${words.remaining} ${formatClock(left)}` : `${words.over} ${formatClock(left)}`
}
