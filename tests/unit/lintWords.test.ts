import type { LintWords } from '../../scripts/lint/lintWords'
import { describe, expect, it } from 'vitest'
import { LINT_WORDS } from '../../scripts/lint/lintWords'
import { halfWidthPunctuation } from '../../scripts/lint/typesetting'

const HAN = /\p{Script=Han}/u
const slide = { no: 7, title: 'Talent' }
const source = { no: 4, title: 'Returnees', id: 'talent-returnees' }

type Messages = { [K in keyof LintWords]: LintWords[K] extends (...args: any[]) => string ? K : never }[keyof LintWords]

/** Every message, called with arguments that are all Latin text or numbers, so each can be looked for in what it says. */
const CALLS: Array<[Messages, unknown[]]> = [
  ['noId', [slide, 'talent-returnees']],
  ['badId', [slide, 'Talent_Returnees']],
  ['repeatedId', [slide, 'talent-returnees', 3]],
  ['unknownId', [slide, 'talent-returnees', 'talk.md']],
  ['firstNotCover', [slide, 'talk.md']],
  ['untranslated', [source, 'talk.md', 'ai-market']],
  ['outOfOrder', [slide, 'talk.md', 'ai-market']],
  ['sourceField', [slide, 'layout', false, 'talk.md']],
  ['countDiffers', [slide, 'labels', 3, 2]],
  ['listDiffers', [slide, 5, 4, false]],
  ['figureUnit', [slide, 1, 'm']],
  ['quotationCount', [slide, 2, 1]],
  ['quotationMark', [slide, '(our translation)']],
  ['totalDiffers', ['20:40', '20:00']],
  ['overDuration', ['20:40', '20min', '20:00']],
  ['untracedQuotes', [slide, 'body', 3, 1]],
  ['wrongName', [slide, 'Zhu J.', 'Zhu Jiaming']],
  ['lostName', [slide, 'Zhu', 'Zhu Jiaming']],
  ['notesOverrun', [slide, '1:10', '0:40', '160 wpm']],
  ['talkOverrun', ['22:00', '20:00', '160 wpm']],
  ['asideTooLong', [slide, '90 words', '76 words']],
]

const say = (lang: 'zh' | 'en', name: Messages, args: unknown[]) => (LINT_WORDS[lang][name] as (...args: unknown[]) => string)(...args)
/** What a message must show of its arguments: the texts and numbers (a source slide by its number and id), not a choice of part. */
const shown = (args: unknown[]) => args.flatMap(arg => (typeof arg === 'string' && arg !== 'body') || typeof arg === 'number' ? [String(arg)] : typeof arg === 'object' && arg && 'id' in arg ? [String((arg as typeof source).no), (arg as typeof source).id] : [])

describe('the lint\'s messages, in each edition\'s language', () => {
  it.each(CALLS)('%s names what it is given: in Chinese for slides.md, in English for a translation', (name, args) => {
    const zh = say('zh', name, args)
    const en = say('en', name, args)
    for (const text of shown(args)) {
      expect(zh).toContain(text)
      expect(en).toContain(text)
    }
    if (args[0] === slide) {
      expect(zh).toContain('第 7 页「Talent」')
      expect(en).toContain('Slide 7 (“Talent”)')
    }
    expect(zh).toMatch(HAN)
    expect(en).not.toMatch(HAN)
    // Chinese set as Chinese: no half-width punctuation beside the Chinese words.
    expect(halfWidthPunctuation(zh.replace(/\w+:(?= )/g, ''), '')).toEqual([])
  })

  it('names a slide by its number, and its title when it has one', () => {
    expect(LINT_WORDS.zh.slide(slide)).toBe('第 7 页「Talent」')
    expect(LINT_WORDS.en.slide(slide)).toBe('Slide 7 (“Talent”)')
    expect(LINT_WORDS.zh.slide({ no: 3, title: '' })).toBe('第 3 页')
    expect(LINT_WORDS.en.slide({ no: 3, title: '' })).toBe('Slide 3')
    expect(LINT_WORDS.en.noId({ no: 3, title: '' }, undefined)).toMatch(/^Slide 3 has no id/)
  })

  it('joins a list as each language does', () => {
    expect(LINT_WORDS.zh.list(['甲', '乙', '丙'])).toBe('甲、乙、丙')
    expect(LINT_WORDS.zh.list(['甲'])).toBe('甲')
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map(items => LINT_WORDS.en.list(items))).toEqual(['', 'a', 'a and b', 'a, b and c', 'a, b, c and d'])
  })

  it('says where a timing cue goes', () => {
    expect(LINT_WORDS.zh.cueWhere).toBe('（写在备注 <!-- --> 的最后一行）')
    expect(LINT_WORDS.en.cueWhere).toBe(' (write it on the last line of the notes, inside <!-- -->)')
  })
})

describe('the messages\' alternatives', () => {
  it('an id suggestion only when there is one', () => {
    expect(LINT_WORDS.zh.noId(slide, 'talent')).toContain('，如 id: talent')
    expect(LINT_WORDS.zh.noId(slide, undefined)).not.toMatch(/如|undefined/)
    expect(LINT_WORDS.zh.noId(slide, undefined)).toMatch(/每页写一个$/)
    expect(LINT_WORDS.en.noId(slide, 'talent')).toContain(' (here, id: talent)')
    expect(LINT_WORDS.en.noId(slide, undefined)).toMatch(/every slide has one$/)
  })

  it('where an untranslated slide goes: after a slide, or right after the cover', () => {
    expect(LINT_WORDS.zh.untranslated(source, 'talk.md', 'ai-market')).toMatch(/加在 id 为 ai-market 的那一页之后$/)
    expect(LINT_WORDS.zh.untranslated(source, 'talk.md', undefined)).toMatch(/：加在封面之后$/)
    expect(LINT_WORDS.en.untranslated(source, 'talk.md', 'ai-market')).toMatch(/Add it after the slide with id ai-market$/)
    expect(LINT_WORDS.en.untranslated(source, 'talk.md', undefined)).toMatch(/Add it after the cover$/)
  })

  it('where an out-of-order slide belongs: after a slide, or right after the cover', () => {
    expect(LINT_WORDS.zh.outOfOrder(slide, 'talk.md', 'ai-market')).toMatch(/在原稿里它在 id 为 ai-market 的那一页之后$/)
    expect(LINT_WORDS.zh.outOfOrder(slide, 'talk.md', undefined)).toMatch(/：在原稿里它紧接封面$/)
    expect(LINT_WORDS.en.outOfOrder(slide, 'talk.md', 'ai-market')).toMatch(/it comes after the slide with id ai-market$/)
    expect(LINT_WORDS.en.outOfOrder(slide, 'talk.md', undefined)).toMatch(/it comes right after the cover$/)
  })

  it('the cover\'s own text fields, only for the cover', () => {
    expect(LINT_WORDS.zh.sourceField(slide, 'layout', true, 'talk.md')).toContain('（title、titleTemplate、author、keywords、info，id、title')
    expect(LINT_WORDS.zh.sourceField(slide, 'layout', false, 'talk.md')).toContain('（id、title')
    expect(LINT_WORDS.en.sourceField(slide, 'layout', true, 'talk.md')).toContain('(title, titleTemplate, author, keywords, info; id, title')
    expect(LINT_WORDS.en.sourceField(slide, 'layout', false, 'talk.md')).toContain('(id, title')
  })

  it('a list numbered differently, only when it is', () => {
    expect(LINT_WORDS.zh.listDiffers(slide, 5, 4, true)).toContain('原稿有 4 项，且编号方式不同：')
    expect(LINT_WORDS.zh.listDiffers(slide, 5, 4, false)).toContain('原稿有 4 项：')
    expect(LINT_WORDS.en.listDiffers(slide, 5, 4, true)).toContain('the source has 4, and numbers it differently:')
    expect(LINT_WORDS.en.listDiffers(slide, 5, 4, false)).toContain('the source has 4:')
  })

  it('the part of the slide with stray quotation marks: its text or its notes', () => {
    expect(LINT_WORDS.zh.untracedQuotes(slide, 'body', 3, 1)).toContain('的正文有 3 处引号')
    expect(LINT_WORDS.zh.untracedQuotes(slide, 'notes', 3, 1)).toContain('的备注有 3 处引号')
    expect(LINT_WORDS.en.untracedQuotes(slide, 'body', 3, 1)).toContain('its slide text put 3 passage(s)')
    expect(LINT_WORDS.en.untracedQuotes(slide, 'notes', 3, 1)).toContain('its notes put 3 passage(s)')
  })

  it('a dropped name: the Chinese message quotes the source\'s form, the English one only the edition\'s', () => {
    expect(LINT_WORDS.zh.lostName(slide, '朱嘉明', 'Zhu Jiaming')).toContain('原稿这一页提到了朱嘉明')
    expect(LINT_WORDS.en.lostName(slide, '朱嘉明', 'Zhu Jiaming')).not.toContain('朱嘉明')
  })
})
