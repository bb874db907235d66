import { describe, expect, it } from 'vitest'
import { printAnchorId, resolveSlideNo, sectionDividers } from '../../components/deck/slideIndex'

const slides = [
  { no: 1, frontmatter: {} },
  { no: 6, frontmatter: { routeAlias: 'q1' } },
]

describe('resolveSlideNo', () => {
  it('resolves a route alias', () => {
    expect(resolveSlideNo(slides, 'q1')).toBe(6)
  })

  it('accepts a slide number', () => {
    expect(resolveSlideNo(slides, '1')).toBe(1)
  })

  it('names an alias that does not exist', () => {
    expect(() => resolveSlideNo(slides, 'q9')).toThrow('没有 routeAlias 为“q9”的幻灯片')
  })
})

describe('printAnchorId', () => {
  it('matches the id of Slidev\'s print container', () => {
    expect(printAnchorId(6)).toBe('006-01')
    expect(printAnchorId(123)).toBe('123-01')
  })
})

describe('sectionDividers', () => {
  it('lists the section slides in order, linking by routeAlias where there is one', () => {
    const slides = [
      { no: 1, frontmatter: { layout: 'cover' } },
      { no: 2, frontmatter: { layout: 'section', title: '问题甲', routeAlias: 'q1' } },
      { no: 3, frontmatter: {} },
      { no: 4, frontmatter: { layout: 'section', title: '问题乙' } },
    ]
    expect(sectionDividers(slides)).toEqual([{ no: 2, to: 'q1', title: '问题甲' }, { no: 4, to: '4', title: '问题乙' }])
  })
})
