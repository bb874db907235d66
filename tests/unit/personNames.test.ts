import type { PersonName } from '../../scripts/lint/translation/personNames'
import { describe, expect, it } from 'vitest'
import { readDeckFile } from '../../scripts/lint/deckFile'
import { LINT_WORDS } from '../../scripts/lint/lintWords'
import { nameProblems, PERSON_NAMES } from '../../scripts/lint/translation/personNames'

/** The style sheet's entry for a Chinese name. */
const entry = (zh: string) => PERSON_NAMES.find(person => person.zh === zh)!

describe('the style sheet of names', () => {
  it('writes a Chinese name family name first, its given name as one word, and counts the given name first, hyphenated or split as wrong', () => {
    expect(entry('施一公')).toEqual({ zh: '施一公', en: 'Shi Yigong', family: 'Shi', wrong: ['Yigong Shi', 'Shi Yi-gong', 'Shi Yi Gong'] })
    expect(entry('王志刚')).toEqual({ zh: '王志刚', en: 'Wang Zhigang', family: 'Wang', wrong: ['Zhigang Wang', 'Wang Zhi-gang', 'Wang Zhi Gang'] })
    expect(entry('徐晓兰').wrong).toEqual(['Xiaolan Xu', 'Xu Xiao-lan', 'Xu Xiao Lan'])
  })

  it('has only the reversed form as wrong for a one-syllable given name', () => {
    expect(entry('陆奇')).toEqual({ zh: '陆奇', en: 'Lu Qi', family: 'Lu', wrong: ['Qi Lu'] })
    expect(entry('龚克').wrong).toEqual(['Ke Gong'])
  })

  it('keeps a person\'s English name with the wrong forms written for it', () => {
    expect(entry('李彦宏')).toEqual({ zh: '李彦宏', en: 'Robin Li', family: 'Li', wrong: ['Li Yanhong', 'Yanhong Li'] })
    expect(entry('纳德拉')).toEqual({ zh: '纳德拉', en: 'Satya Nadella', family: 'Nadella', wrong: [] })
  })

  it('names each person once, each English form its family name and given name', () => {
    expect(new Set(PERSON_NAMES.map(person => person.zh)).size).toBe(PERSON_NAMES.length)
    for (const person of PERSON_NAMES) {
      expect(person.en.split(' ')).toContain(person.family)
      expect(person.wrong).not.toContain(person.en)
      // Every form is words of letters, each capitalised: no empty part, nothing computed into the name.
      for (const form of [person.en, ...person.wrong])
        expect(form, person.zh).toMatch(/^[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)+$/)
    }
  })
})

/** A slide of each edition: the English one with its frontmatter and lines, the source with its lines. */
function slides(en: { fm?: string[], body: string[] }, zh?: string[]) {
  const markdown = ['---', 'title: A', ...en.fm ?? [], '---', '', ...en.body, ''].join('\n')
  const slide = readDeckFile(markdown, 'slides.en.md').slides[0]
  const source = zh && readDeckFile(['---', 'title: 甲', '---', '', ...zh, ''].join('\n'), 'slides.md').slides[0]
  return { slide, source, lineOf: (needle: string) => markdown.split('\n').findIndex(line => line.includes(needle)) + 1 }
}

const TEST_NAMES: PersonName[] = [
  { zh: '某甲', en: 'A.B. Smith', family: 'Smith', wrong: ['A.B Smith', 'Smith A.B.'] },
]

describe('names in the English edition', () => {
  it('names a wrong form at its line in the body and notes, and at its field in the frontmatter', () => {
    const { slide, lineOf } = slides({ fm: ['caption: Said by Yigong Shi'], body: ['# Heading', '', 'Then Jiaming Zhu spoke.'] })
    expect(nameProblems(slide, undefined, LINT_WORDS.en)).toEqual([
      { slide: 1, line: lineOf('Then Jiaming Zhu'), column: 1, rule: 'names', message: 'Slide 1 (“A”) writes “Jiaming Zhu”: the edition writes Zhu Jiaming throughout' },
      { slide: 1, line: lineOf('caption:'), column: 10, rule: 'names', message: 'Slide 1 (“A”) writes “Yigong Shi”: the edition writes Shi Yigong throughout' },
    ])
  })

  it('names a given name written hyphenated or split', () => {
    const { slide } = slides({ body: ['Shi Yi-gong and Zhu Jia Ming spoke.'] })
    expect(nameProblems(slide, undefined, LINT_WORDS.en).map(problem => problem.message)).toEqual([
      'Slide 1 (“A”) writes “Shi Yi-gong”: the edition writes Shi Yigong throughout',
      'Slide 1 (“A”) writes “Zhu Jia Ming”: the edition writes Zhu Jiaming throughout',
    ])
  })

  it('matches a wrong form as whole words only', () => {
    const { slide } = slides({ body: ['Yigong Shih, Re-Yigong Shi, Yigong Shi-like, Yigong Shiva and XYigong Shi are other words.'] })
    expect(nameProblems(slide, undefined, LINT_WORDS.en)).toEqual([])
    expect(nameProblems(slides({ body: ['(Yigong Shi).'] }).slide, undefined, LINT_WORDS.en)).toHaveLength(1)
  })

  it('reads a form\'s dots as dots, not as any character', () => {
    expect(nameProblems(slides({ body: ['AxB Smith and Smith AxBx spoke.'] }).slide, undefined, LINT_WORDS.en, TEST_NAMES)).toEqual([])
    expect(nameProblems(slides({ body: ['A.B Smith spoke.'] }).slide, undefined, LINT_WORDS.en, TEST_NAMES).map(problem => problem.message)).toEqual(['Slide 1 (“A”) writes “A.B Smith”: the edition writes A.B. Smith throughout'])
  })

  it('names a person the source slide names whom the English slide never names, at the slide\'s first line', () => {
    const { slide, source } = slides({ body: ['# Heading', '', 'The speaker said so.'] }, ['# 标题', '', '施一公说。'])
    expect(nameProblems(slide, source, LINT_WORDS.en)).toEqual([{ slide: 1, line: 1, column: 1, rule: 'names', message: 'Slide 1 (“A”) never names Shi Yigong, whom the source slide names: keep the attribution' }])
  })

  it('takes the family name alone as naming the person, in any text of the slide, but not inside another word', () => {
    const source = (zh: string[]) => slides({ body: [] }, zh).source
    const named = (en: { fm?: string[], body: string[] }, zh: string[]) => nameProblems(slides(en).slide, source(zh), LINT_WORDS.en)
    expect(named({ body: ['As Shi put it.'] }, ['施一公说。'])).toEqual([])
    expect(named({ fm: ['caption: Shi Yigong'], body: [] }, ['施一公说。'])).toEqual([])
    expect(named({ body: ['As Shih put it.'] }, ['施一公说。'])).toHaveLength(1)
    // The source's frontmatter counts too.
    const fromCaption = nameProblems(slides({ body: [] }).slide, readDeckFile('---\ntitle: 甲\ncaption: 施一公\n---\n', 'slides.md').slides[0], LINT_WORDS.en)
    expect(fromCaption.map(problem => problem.message)).toEqual([expect.stringContaining('never names Shi Yigong')])
  })

  it('lists the wrong forms before the lost names', () => {
    const { slide, source } = slides({ body: ['Yigong Shi spoke.'] }, ['施一公和陆奇说。'])
    expect(nameProblems(slide, source, LINT_WORDS.en).map(problem => problem.message)).toEqual([
      expect.stringContaining('writes “Yigong Shi”'),
      expect.stringContaining('never names Lu Qi'),
    ])
  })
})

describe('the source slide\'s texts', () => {
  it('reads each text of the source apart: a name is not made of the end of one line and the start of the next', () => {
    const { slide, source } = slides({ body: ['The speaker said so.'] }, ['他叫施一', '公司说。'])
    expect(nameProblems(slide, source, LINT_WORDS.en)).toEqual([])
  })
})
