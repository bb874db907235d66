import { describe, expect, it } from 'vitest'
import { isSettled, QUIET_MS, SETTLE_LIMIT_MS } from '../../scripts/export/live/hotSettle'

const at = (lastActivity: number, inFlight = 0) => ({ lastActivity, inFlight, changes: 1 })

describe('isSettled (when the live export may print after a save)', () => {
  it('waits while something happened less than QUIET_MS ago', () => {
    expect(isSettled(at(1000), 1000 + QUIET_MS - 1, 900)).toBe(false)
    expect(isSettled(at(1000), 1000 + QUIET_MS, 900)).toBe(true)
  })

  it('waits while the page still fetches an updated module', () => {
    expect(isSettled(at(1000, 1), 1000 + QUIET_MS * 3, 1000)).toBe(false)
  })

  it('gives up on a request that never ends after SETTLE_LIMIT_MS, once quiet', () => {
    expect(isSettled(at(1000, 1), 1000 + SETTLE_LIMIT_MS, 1000)).toBe(true)
    expect(isSettled(at(1000 + SETTLE_LIMIT_MS, 1), 1000 + SETTLE_LIMIT_MS, 1000)).toBe(false)
  })
})
