import { describe, expect, it } from 'vitest'
import { isSettled, QUIET_MS, SETTLE_LIMIT_MS, updateCallsForPrint } from '../../scripts/export/live/hotSettle'

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

describe('updateCallsForPrint (which hot updates the live export prints again for)', () => {
  it('prints for a slide, a component or a style sheet the deck imports', () => {
    expect(updateCallsForPrint(['/@slidev/slides/3.md'])).toBe(true)
    expect(updateCallsForPrint(['/components/charts/DataChart.vue'])).toBe(true)
    expect(updateCallsForPrint(['/styles/index.css'])).toBe(true)
  })

  it('prints when UnoCSS\'s sheet comes with another module, or when the update names none (a full reload)', () => {
    expect(updateCallsForPrint(['/__uno.css', '/@slidev/slides/3.md'])).toBe(true)
    expect(updateCallsForPrint([])).toBe(true)
  })

  it('does not print again for UnoCSS\'s sheets alone, in any layer or form', () => {
    expect(updateCallsForPrint(['/__uno.css', '/@id/__uno.css'])).toBe(false)
    expect(updateCallsForPrint(['/__uno_shortcuts.css?t=1733000000'])).toBe(false)
  })

  it('is not fooled by a file that only ends like a sheet', () => {
    expect(updateCallsForPrint(['/styles/my__uno.css'])).toBe(true)
  })
})
