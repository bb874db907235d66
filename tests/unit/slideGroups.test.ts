import { describe, expect, it } from 'vitest'
import { groupModule, groupStart, SLIDES_PER_GROUP, withSlideGroups } from '../../scripts/build/rewrites/slideGroups'

/** The lines of Slidev 52's slides module that load slide `no`. */
function loader(no: number): string {
  return [
    `import { meta as f${no} } from '/@slidev/slides/${no}/frontmatter'`,
    `const load${no} = async () => {`,
    `  try { return componentsCache[${no - 1}] ??= await import('/@slidev/slides/${no}/md') }`,
    `  catch (e) { console.error('slide failed to load', e); return SlideError }`,
    `}`,
  ].join('\n')
}

describe('groupStart', () => {
  it('puts the slides after the cover in groups of SLIDES_PER_GROUP', () => {
    expect(SLIDES_PER_GROUP).toBe(8)
    expect([2, 9, 10, 17, 18, 43].map(groupStart)).toEqual([2, 2, 10, 10, 18, 42])
  })
})

describe('withSlideGroups', () => {
  it('loads the cover on its own and every later slide through its group', () => {
    const code = withSlideGroups([1, 2, 9, 10].map(loader).join('\n'))
    expect(code).toContain(`await import('/@slidev/slides/1/md')`)
    expect(code).toContain(`await import('virtual:deck-slides-from-2').then(group => group.slide2)`)
    expect(code).toContain(`await import('virtual:deck-slides-from-2').then(group => group.slide9)`)
    expect(code).toContain(`await import('virtual:deck-slides-from-10').then(group => group.slide10)`)
    expect(code).toContain(`import { meta as f9 } from '/@slidev/slides/9/frontmatter'`)
  })

  it('stops the build when Slidev loads slides another way', () => {
    expect(() => withSlideGroups('export const slides = []')).toThrow(/slideGroups\.ts/)
  })
})

describe('groupModule', () => {
  it('exports each slide of the group as its module', () => {
    expect(groupModule(42, 43)).toBe(`export * as slide42 from '/@slidev/slides/42/md'\nexport * as slide43 from '/@slidev/slides/43/md'`)
  })
})
