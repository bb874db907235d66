import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintDeck } from '../../scripts/lint/lintDeck'
import { DECK_PATH } from '../support/deckSource'

const source = readFileSync(DECK_PATH, 'utf8')
const EN_PATH = resolve(DECK_PATH, '../slides.en.md')
const english = readFileSync(EN_PATH, 'utf8')

/** The English deck with the first line matching `pattern` replaced, failing loudly if none does. */
function plant(pattern: RegExp, replace: (line: string) => string, markdown = english): string {
  const lines = markdown.split('\n')
  const index = lines.findIndex(line => pattern.test(line))
  if (index < 0)
    throw new Error(`no line of slides.en.md matches ${pattern}`)
  lines[index] = replace(lines[index])
  return lines.join('\n')
}

const lineOf = (markdown: string, needle: string) => markdown.split('\n').findIndex(line => line.includes(needle)) + 1
const lint = (markdown: string) => lintDeck(markdown, EN_PATH, undefined, source)

describe('the English edition is kept in step with slides.md', () => {
  it('passes as it stands', () => {
    expect(lint(english)).toEqual([])
  })

  it('names a slide missing from the translation, and one the source lacks', () => {
    const slides = english.split(/\n---\n(?=title:)/)
    const missing = lint([...slides.slice(0, 3), ...slides.slice(4)].join('\n---\n'))
    expect(missing.map(problem => problem.message)).toEqual(expect.arrayContaining([expect.stringMatching(/译本比原稿少了 1 页/)]))
    const extra = lint(`${english.trimEnd()}\n\n---\ntitle: "An extra slide"\nsection: "Close"\n---\n\n# An extra slide\n\n<!--\nTiming: about 5 seconds\n-->\n`)
    expect(extra.map(problem => problem.message)).toEqual(expect.arrayContaining([expect.stringMatching(/在原稿 slides\.md 里没有/)]))
  })

  it('names, at its line, a layout or a number written in the translation: they live in slides.md', () => {
    const withLayout = plant(/^title: "The opening question"$/, line => `${line}\nlayout: quote`)
    const problems = lint(withLayout)
    expect(problems).toContainEqual(expect.objectContaining({ line: lineOf(withLayout, 'layout: quote'), rule: 'edition', message: expect.stringContaining('layout 写在原稿 slides.md 里') }))
    const withValues = plant(/^ {4}unit: "people"$/, line => `${line}\n    values: [1, 2]`)
    expect(lint(withValues)).toContainEqual(expect.objectContaining({ line: lineOf(withValues, 'values: [1, 2]'), message: expect.stringContaining('chart.series.values 写在原稿') }))
  })

  it('names a chart whose labels no longer match the source\'s, and a missing text at the chart', () => {
    const fewer = plant(/^ {2}labels: \["OpenAI/, () => '  labels: ["OpenAI"]')
    expect(lint(fewer).map(problem => problem.message)).toEqual(expect.arrayContaining([expect.stringContaining('chart.labels 有 1 项，原稿有 2 项')]))
    const noCaption = plant(/^ {2}caption: "OpenAI/, () => '')
    expect(lint(noCaption)).toContainEqual(expect.objectContaining({ rule: 'chart', message: expect.stringContaining('chart.caption') }))
  })

  it('names a timing cue missing, and a total that is not the source\'s 20:00', () => {
    const noCue = plant(/^Timing: about 50 seconds/, () => '')
    expect(lint(noCue)).toContainEqual(expect.objectContaining({ rule: 'timing', message: expect.stringContaining('缺少计时提示') }))
    const longer = plant(/^Timing: about 15 seconds \(running total 20:00\)$/, () => 'Timing: about 25 seconds (running total 20:10)')
    expect(lint(longer)).toContainEqual(expect.objectContaining({ rule: 'timing', line: lineOf(longer, 'running total 20:10'), message: expect.stringContaining('原稿合计 20:00') }))
  })

  it('names a quotation not marked as a translation, and one more or fewer than the source\'s', () => {
    const unmarked = plant(/^> — .*\(our translation\)$/, line => line.replace(' (our translation)', ''))
    expect(lint(unmarked)).toContainEqual(expect.objectContaining({ rule: 'quotation', message: expect.stringContaining('(our translation)') }))
    const extra = plant(/^# How could OpenAI/, line => `${line}\n\n> “An added quotation.”\n>\n> — Somebody (our translation)`)
    expect(lint(extra).map(problem => problem.message)).toEqual(expect.arrayContaining([expect.stringMatching(/有 1 段引语，原稿有 0 段/)]))
  })

  it('names English typesetting faults: Chinese or full-width characters, straight quotes, a hyphen in a range', () => {
    const faults = plant(/^# How could OpenAI/, () => '# How could "OpenAI" in 2022-2023 surpass 微软？')
    const messages = lint(faults).filter(problem => problem.rule === 'typesetting').map(problem => problem.message)
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringContaining('curly quotes'),
      expect.stringContaining('en dash'),
      expect.stringContaining('no Chinese characters or full-width punctuation'),
    ]))
  })
})
