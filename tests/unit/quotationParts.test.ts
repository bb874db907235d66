import { describe, expect, it } from 'vitest'
import { readDeckFile } from '../../scripts/lint/deckFile'
import { deckLabels, inlineQuotationProblems, normaliseForQuotes, quotationProblems } from '../../scripts/lint/textRules'

/** A small article of its own, so each case says exactly which words the article has. */
const ARTICLE = normaliseForQuotes('施一公说：大模型改变了科研的方式。人才是第一资源，也是创新的根本。资本要有耐心。')

function slideOf(body: string) {
  return readDeckFile(`---\ntitle: 引语\n---\n\n# 引语\n\n${body}\n`, 'slides.md').slides[0]
}

const quoteProblems = (quote: string) => quotationProblems(slideOf(`> “${quote}”\n>\n> —— 施一公，西湖大学校长`), ARTICLE)
const inlineProblems = (words: string) => inlineQuotationProblems(slideOf(`他说“${words}”。`), ARTICLE, deckLabels([], []))

describe('a quotation cut by ……: every part is the article\'s', () => {
  it('accepts each part found word for word, in one part or several', () => {
    expect(quoteProblems('人才是第一资源')).toEqual([])
    expect(quoteProblems('大模型改变了科研的方式……人才是第一资源……资本要有耐心。')).toEqual([])
    expect(inlineProblems('人才是第一资源……资本要有耐心')).toEqual([])
  })

  it('names a second or a last part the article does not have, not only a first', () => {
    // The first part is the article's; a rule that checked only it would pass these.
    expect(quoteProblems('人才是第一资源……资本要有远见')).toMatchObject([{ rule: 'quotation', message: expect.stringContaining('“资本要有远见”') }])
    expect(quoteProblems('大模型改变了科研的方式……人才是唯一资源……资本要有耐心')).toMatchObject([{ message: expect.stringContaining('“人才是唯一资源”') }])
    expect(inlineProblems('人才是第一资源……资本要有远见')).toMatchObject([{ rule: 'quotation', message: expect.stringContaining('“资本要有远见”') }])
  })

  it('names each part at fault, a first one too', () => {
    const problems = quoteProblems('人才是首要资源……资本要有远见')
    expect(problems.map(problem => problem.message)).toEqual([
      expect.stringContaining('“人才是首要资源”'),
      expect.stringContaining('“资本要有远见”'),
    ])
  })

  it('reads the parts as they stand, not glued together: two real parts the article never joins still pass, one made of both halves does not', () => {
    expect(quoteProblems('资本要有耐心……人才是第一资源')).toEqual([])
    expect(quoteProblems('资本要有耐心人才是第一资源')).toHaveLength(1)
  })
})
