import { describe, expect, it } from 'vitest'
import { handoutSlideScale } from '../../scripts/export/handout'

describe('handoutSlideScale', () => {
  it('fits a slide between the A4 page\'s 14 mm margins, as large as it goes', () => {
    const printable = (210 - 2 * 14) * 96 / 25.4
    for (const width of [980, 1280, 640]) {
      expect(handoutSlideScale(width) * width).toBeLessThanOrEqual(printable)
      expect(handoutSlideScale(width) * width).toBeGreaterThan(printable - 2)
    }
  })
})
