import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { repeatDeck } from '../../scripts/bench/index'
import { fixRunningTotals, lintDeck, readArticle, readDeckFile } from '../../scripts/lint/index'
import { DECK_PATH } from '../support/deckSource'

const source = readFileSync(DECK_PATH, 'utf8')

describe('the bench\'s long deck', () => {
  it('holds the deck\'s slides the given number of times, under one headmatter', () => {
    const slides = readDeckFile(source, 'slides.md').slides.length
    const long = repeatDeck(source, 3)
    expect(readDeckFile(long, 'long.md').slides).toHaveLength(3 * slides)
    const headmatter = source.slice(0, source.indexOf('\n---\n', 4))
    expect(long.startsWith(headmatter.replace(/^duration: 20min$/m, 'duration: 60min'))).toBe(true)
    expect(headmatter).toMatch(/^duration: 20min$/m)
  })

  it('passes the lint once its running totals are rewritten, so its build shows no problem on a slide', () => {
    const long = fixRunningTotals(repeatDeck(source, 3), 'long.md')
    expect(lintDeck(long, 'long.md', readArticle()).map(problem => `${problem.line} ${problem.message}`)).toEqual([])
  })

  it('without the totals rewritten, the lint names the first copy\'s wrong totals: the check can fail', () => {
    const long = repeatDeck(source, 2)
    expect(lintDeck(long, 'long.md', readArticle()).some(problem => problem.rule === 'timing')).toBe(true)
  })
})
