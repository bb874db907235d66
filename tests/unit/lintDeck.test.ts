import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DeckReadError } from '../../scripts/lint/deckFile'
import { lintDeck } from '../../scripts/lint/lintDeck'
import { CLEAN_DECK as ZH } from '../support/cleanDeck'


/** Its English edition, which writes text only: the layout comes from the source. */
const EN = `---
id: cover
title: Cover
---

# The cover

<!--
Timing: about 30 seconds (running total 0:30)
-->

---
id: point
title: "The point"
---

# The point

**One claim**

<!--
- The point.

Timing: about 30 seconds (running total 1:00)
-->
`

/** The article the quotations are checked against. */
const ARTICLE = '他说：“科技创新要开放合作。”'

const lineOf = (markdown: string, needle: string) => markdown.split('\n').findIndex(line => line.includes(needle)) + 1

describe('lintDeck on a source deck', () => {
  it('passes a deck with nothing wrong, with or without the article', () => {
    expect(lintDeck(ZH, 'talk.md', undefined)).toEqual([])
    expect(lintDeck(ZH, 'talk.md', ARTICLE)).toEqual([])
  })

  it('gives every rule\'s problems in line order, whichever rule found them', () => {
    // A timing cue missing on the cover (found after the slides' own checks), a layout without its list and HTML on the second slide.
    const broken = ZH.replace('计时：约 30 秒（累计 0:30）', '忘了计时').replace('layout: statement', 'layout: cards').replace('**一句主张**', '**一句主张**\n\n<div>块</div>')
    expect(lintDeck(broken, 'talk.md', undefined).map(({ rule, line }) => [rule, line])).toEqual([
      ['timing', lineOf(broken, '忘了计时')],
      ['layout', lineOf(broken, 'layout: cards')],
      ['markdown', lineOf(broken, '<div>块</div>')],
    ])
  })

  it('gives two problems on one line in column order', () => {
    // A quotation the article lacks at column 1, then a half-width comma between Chinese words.
    const broken = ZH.replace('- 要点。', '“编造的话”不是原文,真的')
    const line = lineOf(broken, '编造的话')
    expect(lintDeck(broken, 'talk.md', ARTICLE).map(({ rule, line, column }) => [rule, line, column])).toEqual([
      ['quotation', line, 1],
      ['typesetting', line, 11],
    ])
  })

  it('checks quotations only when it has the article: a blockquote and words in “ ”', () => {
    const quoted = ZH.replace('**一句主张**', '**一句主张**\n\n> “科技创新要封闭。”\n>\n> —— 某人').replace('- 要点。', '- 他说“开放合作”，又说“关门造车”。')
    expect(lintDeck(quoted, 'talk.md', undefined)).toEqual([])
    expect(lintDeck(quoted, 'talk.md', ARTICLE).map(({ rule, line, message }) => [rule, line, message])).toEqual([
      ['quotation', lineOf(quoted, '科技创新要封闭'), expect.stringContaining('引语与原文不一致')],
      ['quotation', lineOf(quoted, '关门造车'), expect.stringContaining('关门造车')],
    ])
  })

  it('accepts the deck\'s derived mark and its own labels in “ ”', () => {
    const labelled = ZH.replace('- 要点。', '- 图上标着“推算”的数，和“一句主张”。').replace('title: 主张', 'title: 一句主张')
    expect(lintDeck(labelled, 'talk.md', ARTICLE)).toEqual([])
  })

  it('names a slide without an id, and a talk whose timing cues run over its duration', () => {
    const problems = lintDeck(ZH.replace('id: point\n', '').replace('duration: 2min', 'duration: 50s'), 'talk.md', undefined)
    expect(problems.map(({ rule }) => rule)).toEqual(['edition', 'timing'])
  })

  it('refuses a file that is not a deck', () => {
    expect(() => lintDeck('just words\n', 'talk.md', undefined)).toThrow(DeckReadError)
  })
})

describe('lintDeck on a translation', () => {
  const folder = mkdtempSync(join(tmpdir(), 'lint-deck-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('passes an edition in step with its source, given as text or read from beside it', () => {
    expect(lintDeck(EN, 'talk.en.md', undefined, ZH)).toEqual([])
    writeFileSync(join(folder, 'talk.md'), ZH)
    expect(lintDeck(EN, join(folder, 'talk.en.md'), undefined)).toEqual([])
    writeFileSync(join(folder, 'talk.md'), ZH.replace('id: point', 'id: moved'))
    expect(lintDeck(EN, join(folder, 'talk.en.md'), undefined).map(({ rule }) => rule)).toEqual(['edition', 'edition'])
  })

  it('checks a slide against the layout its source gives it, in English', () => {
    const plain = EN.replace('**One claim**', 'One claim, not in bold')
    expect(lintDeck(plain, 'talk.en.md', undefined, ZH)).toEqual([
      { slide: 2, line: lineOf(plain, 'id: point'), column: 1, rule: 'layout', message: 'Slide 2 (“The point”), layout statement: needs a paragraph in bold: the **statement**' },
    ])
  })

  it('checks a chart\'s words in the translation, with the source\'s numbers', () => {
    const chart = 'chart:\n  kind: bar\n  caption: 说明\n  labels: [甲, 乙]\n  series:\n    name: 人数\n    measure: count\n    unit: 万人\n    values: [650, 450]\n    source: 来源\n'
    const source = ZH.replace('layout: statement\n', `layout: chart\n${chart}`).replace('**一句主张**', '正文')
    const translation = EN.replace('title: "The point"\n', 'title: "The point"\nchart:\n  caption: "Caption"\n  labels: ["A", "B"]\n  series:\n    name: "People"\n    unit: "10k people"\n    source: ""\n').replace('**One claim**', 'Text')
    expect(lintDeck(translation, 'talk.en.md', undefined, source)).toEqual([
      expect.objectContaining({ slide: 2, rule: 'chart', line: lineOf(translation, 'source: ""'), message: 'Slide 2 (“The point”): chart.series.source needs its text in this edition (it is missing or empty)' }),
    ])
  })

  it('names a slide that pairs with nothing once, by the pairing, not again for its layout', () => {
    // Without a heading, it would need one under any layout.
    const unpaired = EN.replace('id: point', 'id: other').replace('# The point', 'No heading')
    expect(lintDeck(unpaired, 'talk.en.md', undefined, ZH).map(({ rule, slide }) => [rule, slide])).toEqual([['edition', 1], ['edition', 2]])
  })

  it('reads a source layout that is not a name as none', () => {
    expect(lintDeck(EN, 'talk.en.md', undefined, ZH.replace('layout: statement', 'layout: 3'))).toEqual([])
  })

  it('gives two problems on one line in column order', () => {
    // Full-width punctuation (English typesetting, found first) after HTML (found with the layout's checks) on one line.
    const broken = EN.replace('**One claim**', '**One claim**\n\n<b>bold</b> here， too')
    const line = lineOf(broken, '<b>bold</b>')
    expect(lintDeck(broken, 'talk.en.md', undefined, ZH).map(({ rule, line, column }) => [rule, line, column])).toEqual([
      ['markdown', line, 1],
      ['typesetting', line, expect.any(Number)],
    ])
  })

  it('names a missing timing cue, English typesetting, and notes too long for their time, in English', () => {
    const broken = EN.replace('Timing: about 30 seconds (running total 0:30)', 'No cue here').replace('- The point.', `- ${'word '.repeat(200)}`).replace('# The point', '# The point，in Chinese punctuation')
    const problems = lintDeck(broken, 'talk.en.md', undefined, ZH)
    expect(problems.map(({ rule, line }) => [rule, line])).toEqual(expect.arrayContaining([
      ['timing', lineOf(broken, 'No cue here')],
      ['typesetting', lineOf(broken, '# The point，')],
    ]))
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'speaking', slide: 2, message: expect.stringContaining('its notes take about') }))
    for (const { message } of problems)
      expect(message).not.toMatch(/[页计时]/)
    expect(problems.map(({ line }) => line)).toEqual(problems.map(({ line }) => line).sort((a, b) => a - b))
  })
})
