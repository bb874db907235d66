import { describe, expect, it } from 'vitest'
import { PACE_WORDS } from '../../components/pacing/paceWords'
import { describePace, describeRemaining, paceSeconds, paceState } from '../../components/pacing/pace'

/** Slide 2 of a talk: planned from 0:30 to 1:30. */
const slide2 = { startSeconds: 30, endSeconds: 90 }

describe('paceSeconds', () => {
  it('is 0 anywhere inside the slide\'s planned window, ends included', () => {
    expect([30, 60, 90, 90.9].map(elapsed => paceSeconds(slide2, elapsed))).toEqual([0, 0, 0, 0])
  })

  it('is elapsed − planned end past the window (behind)', () => {
    expect(paceSeconds(slide2, 120)).toBe(30)
    expect(paceSeconds(slide2, 91)).toBe(1)
  })

  it('is elapsed − planned start before the window (ahead)', () => {
    expect(paceSeconds(slide2, 15)).toBe(-15)
    expect(paceSeconds(slide2, 29.5)).toBe(-1)
  })
})

describe('describePace', () => {
  it('says on plan, behind or ahead, with the gap in M:SS', () => {
    expect([0, 30, -15, 75].map(pace => describePace(pace))).toEqual(['按计划', '落后 0:30', '提前 0:15', '落后 1:15'])
    expect([0, 30, -15].map(pace => describePace(pace, PACE_WORDS.en))).toEqual(['On plan', 'Behind 0:30', 'Ahead 0:15'])
    expect([0, 30, -15].map(paceState)).toEqual(['on-plan', 'behind', 'ahead'])
  })
})

describe('describeRemaining', () => {
  it('counts the planned talk time left, then the time over', () => {
    const plan = { totalSeconds: 1200 }
    expect([0, 119.5, 1200, 1230].map(elapsed => describeRemaining(plan, elapsed))).toEqual(['剩余 20:00', '剩余 18:01', '剩余 0:00', '超时 0:30'])
  })
})

describe('the pace in English', () => {
  it('counts the time left, then the time over, in the edition\'s words', () => {
    const plan = { totalSeconds: 90 }
    expect([0, 90, 95.5].map(elapsed => describeRemaining(plan, elapsed, PACE_WORDS.en))).toEqual([`${PACE_WORDS.en.remaining} 1:30`, `${PACE_WORDS.en.remaining} 0:00`, `${PACE_WORDS.en.over} 0:05`])
    expect(describePace(-75, PACE_WORDS.en)).toBe('Ahead 1:15')
  })
})
