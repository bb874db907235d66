import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readArticle } from '../../scripts/lint/textRules'
import { LAYOUT_NAMES } from '../../scripts/lint/layouts'
import { lintDeck } from '../../scripts/lint/lintDeck'
import { formatProblem } from '../../scripts/lint/problem'
import { DECK_PATH, parseDeck } from '../support/deckSource'
import { deckOfExamples, layoutExamples } from '../support/layoutExamples'

const examples = layoutExamples()
const deck = deckOfExamples(examples, readFileSync(DECK_PATH, 'utf8'))

describe('the authoring guide\'s layout examples', () => {
  it('show every layout, one example each', () => {
    const layouts = parseDeck(deck).map(slide => slide.layout)
    expect([...layouts].sort()).toEqual([...LAYOUT_NAMES].sort())
  })

  it('pass the lint', () => {
    const problems = lintDeck(deck, 'docs/authoring.md', readArticle())
    expect(problems.map(problem => formatProblem('authoring guide examples', problem))).toEqual([])
  })
})
