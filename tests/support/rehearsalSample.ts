import type { RehearsalRecord } from '../../components/pacing/rehearsalRecord'
import type { TalkPlan } from '../../components/pacing/talkPlan'
import { finishLog, moveTo, startLog } from '../../components/pacing/rehearsalLog'

/** A three-slide talk plan for the rehearsal tests. */
export const PLAN: TalkPlan = {
  totalSeconds: 140,
  slides: [
    { no: 1, title: '封面', section: '', plannedSeconds: 30, startSeconds: 0, endSeconds: 30 },
    { no: 2, title: '开篇之问', section: '开篇', plannedSeconds: 60, startSeconds: 30, endSeconds: 90 },
    { no: 3, title: '新范式', section: '开篇', plannedSeconds: 50, startSeconds: 90, endSeconds: 140 },
  ],
}

/** 20 s on 1, 100 s on 2, 15 s on 3, back to 2 for 5 s, then 3 again until the end at 150 s. */
export function sampleRecord(): RehearsalRecord {
  let log = startLog(1, 0)
  log = moveTo(log, 2, 20_000)
  log = moveTo(log, 3, 120_000)
  log = moveTo(log, 2, 135_000)
  log = moveTo(log, 3, 140_000)
  return finishLog(log, 150_000, PLAN, new Date('2026-11-28T10:00:00.000Z'), new Date('2026-11-28T10:03:00.000Z'))
}
