import { describe, expect, it } from 'vitest'
import { slideAtReadingLine, slideNoFromParam, viewChoice, wantsReadingView } from '../../components/reading/viewMode'

describe('wantsReadingView', () => {
  it('shows the reading view on a narrow screen, the slide view on a wide one', () => {
    expect(wantsReadingView('', true)).toBe(true)
    expect(wantsReadingView('', false)).toBe(false)
  })

  it('lets ?view=read and ?view=slides choose at any width', () => {
    expect(wantsReadingView('?view=read', false)).toBe(true)
    expect(wantsReadingView('?view=slides', true)).toBe(false)
    expect(wantsReadingView('?clicks=2&view=slides', true)).toBe(false)
  })

  it('ignores a view it does not know', () => {
    expect(viewChoice('?view=print')).toBeUndefined()
    expect(wantsReadingView('?view=print', true)).toBe(true)
    expect(wantsReadingView('?view=', false)).toBe(false)
  })
})

describe('slideNoFromParam', () => {
  const slides = [1, 2, 3, 4].map(no => ({ no, frontmatter: no === 3 ? { routeAlias: 'q1' } : {} }))

  it('reads a slide number or a routeAlias', () => {
    expect(slideNoFromParam(slides, '2')).toBe(2)
    expect(slideNoFromParam(slides, 'q1')).toBe(3)
    expect(slideNoFromParam(slides, ['4'])).toBe(4)
  })

  it('is undefined for what names no slide, so the page opens at its top', () => {
    for (const param of ['999', '0', 'abc', '', '2.5', '-1', ' 2', undefined])
      expect(slideNoFromParam(slides, param), String(param)).toBeUndefined()
  })
})

describe('slideAtReadingLine', () => {
  it('is the last slide whose top has passed the line', () => {
    expect(slideAtReadingLine([0, 500, 1200], 280)).toBe(0)
    expect(slideAtReadingLine([-900, 200, 900], 280)).toBe(1)
    expect(slideAtReadingLine([-2000, -1200, -300], 280)).toBe(2)
  })

  it('is the first slide before any has passed the line, and on a page with none', () => {
    expect(slideAtReadingLine([400, 900], 280)).toBe(0)
    expect(slideAtReadingLine([], 280)).toBe(0)
  })
})
