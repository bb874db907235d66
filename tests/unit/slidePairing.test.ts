import { describe, expect, it } from 'vitest'
import { pairSlides, SLIDE_ID, slideIdOf } from '../../scripts/edition/index'

const ids = (text: string) => text.split(' ').map(id => id === '_' ? undefined : id)

describe('pairSlides pairs a translation with its source by id, not by position', () => {
  it('pairs every slide of two files in step', () => {
    expect(pairSlides(ids('cover a b c'), ids('cover a b c'))).toEqual({ sourceOf: [0, 1, 2, 3], untranslated: [], withoutId: [], unknown: [], repeated: [], outOfOrder: [] })
  })

  it('names each slide added to the source once, with the translated slide it belongs after; the slides after it still pair', () => {
    const pairing = pairSlides(ids('cover a new1 new2 b c'), ids('cover a b c'))
    expect(pairing.sourceOf).toEqual([0, 1, 4, 5])
    expect(pairing.untranslated).toEqual([{ source: 2, after: 1 }, { source: 3, after: 1 }])
    expect(pairing.unknown).toEqual([])
  })

  it('names a slide the translation has and the source lost, and pairs the rest', () => {
    const pairing = pairSlides(ids('cover a c'), ids('cover a b c'))
    expect(pairing.sourceOf).toEqual([0, 1, undefined, 2])
    expect(pairing.unknown).toEqual([2])
    expect(pairing.untranslated).toEqual([])
  })

  it('a source slide missing before every translated one belongs after the cover', () => {
    expect(pairSlides(ids('cover new a'), ids('cover a')).untranslated).toEqual([{ source: 1, after: 0 }])
  })

  it('pairs the covers whatever their ids, and no other slide with the cover', () => {
    expect(pairSlides(ids('cover a'), ids('_ a')).sourceOf).toEqual([0, 1])
    const pairing = pairSlides(ids('cover a'), ids('cover cover a'))
    expect(pairing.sourceOf).toEqual([0, undefined, 1])
    expect(pairing.repeated).toEqual([1])
  })

  it('a slide without an id, or repeating an earlier id, pairs with nothing', () => {
    const pairing = pairSlides(ids('cover a b'), ids('cover _ a a'))
    expect(pairing.sourceOf).toEqual([0, undefined, 1, undefined])
    expect(pairing.withoutId).toEqual([1])
    expect(pairing.repeated).toEqual([3])
    expect(pairing.untranslated).toEqual([{ source: 2, after: 2 }])
  })

  it('names slides out of the source\'s order, and only those', () => {
    expect(pairSlides(ids('cover a b c'), ids('cover b a c')).outOfOrder).toEqual([2])
    expect(pairSlides(ids('cover a b c'), ids('cover a c b')).outOfOrder).toEqual([3])
    expect(pairSlides(ids('cover a b c'), ids('cover a b c')).outOfOrder).toEqual([])
  })
})

describe('pairSlides at its edges', () => {
  it('pairs with the first of two source slides that share an id', () => {
    const pairing = pairSlides(ids('cover a a'), ids('cover a'))
    expect(pairing.sourceOf).toEqual([0, 1])
    expect(pairing.untranslated).toEqual([{ source: 2, after: 1 }])
  })

  it('pairs nothing with an empty source, not even the first slide', () => {
    expect(pairSlides([], ids('x'))).toMatchObject({ sourceOf: [undefined], unknown: [0] })
  })

  it('names a later slide that takes the cover\'s id as one the source lacks, and pairs it with nothing', () => {
    const pairing = pairSlides(ids('cover a'), ids('first cover a'))
    expect(pairing.sourceOf).toEqual([0, undefined, 1])
    expect(pairing.unknown).toEqual([1])
  })

  it('never counts a slide that pairs with nothing as out of order', () => {
    expect(pairSlides(ids('cover a b'), ids('cover b _ x')).outOfOrder).toEqual([])
  })
})

describe('a slide id', () => {
  it('is read from the frontmatter, trimmed; a number is read as text; anything else is none', () => {
    expect([{ id: ' talent ' }, { id: 12 }, { id: '' }, { id: '   ' }, { id: ['a'] }, {}].map(slideIdOf)).toEqual(['talent', '12', undefined, undefined, undefined, undefined])
  })

  it('is lower-case words joined by single hyphens', () => {
    expect(['talent-returnees', 'q1', 'forum-2023'].every(id => SLIDE_ID.test(id))).toBe(true)
    expect(['Talent', 'talent_returnees', '-a', 'a-', 'a--b', 'a b'].some(id => SLIDE_ID.test(id))).toBe(false)
  })
})
