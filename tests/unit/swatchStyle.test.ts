import { describe, expect, it } from 'vitest'
import { swatchStyle } from '../../components/charts/swatchStyle'

describe('swatchStyle', () => {
  it('fills a solid swatch with its colour', () => {
    expect(swatchStyle({ color: '#123456', pattern: 'solid' }, '#fff')).toEqual({ background: '#123456' })
  })

  it('draws every pattern in its colour on the background', () => {
    for (const pattern of ['diagonal', 'dots', 'cross'] as const) {
      const style = swatchStyle({ color: '#123456', pattern }, '#ffffff')
      expect(style.background).toContain('#123456')
      expect(style.background).toContain('#ffffff')
      expect(style.border).toBe('2px solid #123456')
    }
  })
})
