import { describe, expect, it } from 'vitest'
import { readDeckFile } from '../../scripts/lint/deckFile'
import { LINT_WORDS } from '../../scripts/lint/lintWords'
import { quotationTraceProblems } from '../../scripts/lint/translation/quotationTrace'

/**
 * Quotation marks in a translation only round words the paired source slide
 * quotes, part by part (the body with the frontmatter, the notes), on a
 * small pair of slides written here.
 */
interface SlideSpec {
  fm?: string[]
  body?: string[]
  notes?: string[]
}

const markdownOf = ({ fm = [], body = [], notes }: SlideSpec) =>
  ['---', 'title: A', ...fm, '---', '', '# A', ...body, ...notes ? ['', '<!--', ...notes, '-->'] : [], ''].join('\n')

function trace(en: SlideSpec, zh: SlideSpec) {
  const markdown = markdownOf(en)
  const slide = readDeckFile(markdown, 'slides.en.md').slides[0]
  const source = readDeckFile(markdownOf(zh), 'slides.md').slides[0]
  return { problems: quotationTraceProblems(slide, source, LINT_WORDS.en), lineOf: (needle: string) => markdown.split('\n').findIndex(line => line.includes(needle)) + 1 }
}

describe('quotation marks in a translation trace back to the source\'s quotations', () => {
  it('passes as many quotations as the source part has, or fewer', () => {
    expect(trace({ body: ['He said “one” and “two”.'] }, { body: ['他说“一”，又说「二」。'] }).problems).toEqual([])
    expect(trace({ body: ['He said “one” and “two”.'] }, { body: ['他说“一”，又说「第二句话」。'] }).problems).toEqual([])
    expect(trace({ body: ['He said “one”.'] }, { body: ['《书》里说“一”。'] }).problems).toEqual([])
    expect(trace({ body: ['No quotation.'] }, { body: ['没有引语。'] }).problems).toEqual([])
  })

  it('names a body with more quotations than the source\'s, at its first quoted line', () => {
    const { problems, lineOf } = trace({ body: ['Plain.', 'He said “one”.', 'And “two” and “three”.'] }, { body: ['《书》', '他说「一」。'] })
    expect(problems).toEqual([{ slide: 1, line: lineOf('He said'), column: 1, rule: 'quotation', message: 'Slide 1 (“A”): its slide text put 3 passage(s) in quotation marks, but the same part of the source slide quotes 2: quotation marks here mark the translation of words the source quotes from the article; give a paraphrase without them' }])
  })

  it('counts each line of the part, not only the first', () => {
    expect(trace({ body: ['“One”.', '“Two”.'] }, { body: ['“一”。'] }).problems).toHaveLength(1)
    expect(trace({ body: ['“One”.', '“Two”.'] }, { body: ['正文。', '“一”。', '“二”。'] }).problems).toEqual([])
  })

  it('counts the notes apart from the body: a quotation in the source\'s body does not license one in the notes', () => {
    const { problems, lineOf } = trace({ body: ['Text.'], notes: ['- First point.', '- As they put it, “a paraphrase”.'] }, { body: ['他说“一”。'], notes: ['- 要点。'] })
    expect(problems).toEqual([expect.objectContaining({ line: lineOf('As they put it'), rule: 'quotation', message: expect.stringContaining('its notes put 1 passage(s) in quotation marks, but the same part of the source slide quotes 0') })])
    expect(trace({ notes: ['- “One”.'] }, { notes: ['- “一”。'] }).problems).toEqual([])
  })

  it('leaves out blockquotes, on either side, and the notes\' presenter-only lines', () => {
    expect(trace({ body: ['', '> “A translated quotation.”', '>', '> — Someone (our translation)'] }, {}).problems).toEqual([])
    expect(trace({ body: ['He said “one”.'] }, { body: ['', '> “一”', '>', '> —— 某人'] }).problems).toHaveLength(1)
    expect(trace({ notes: ['  > “An aside.”'] }, {}).problems).toEqual([])
    expect(trace({ notes: ['- “Said”.'] }, { notes: ['  > “备查”'] }).problems).toHaveLength(1)
  })

  it('counts the frontmatter\'s prose with the body, but not its keywords; a quotation only in the frontmatter is named at the slide\'s first line', () => {
    const { problems } = trace({ fm: ['caption: “Quoted” caption'] }, {})
    expect(problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('its slide text put 1 passage(s)') })])
    expect(trace({ fm: ['caption: “Quoted” caption'] }, { fm: ['caption: “引语”'] }).problems).toEqual([])
    expect(trace({ fm: ['keywords: “a”, “b”'] }, {}).problems).toEqual([])
    expect(trace({ fm: ['caption: “Quoted”'] }, { fm: ['keywords: “引语”'] }).problems).toHaveLength(1)
  })

  it('names the body and the notes each once when both quote too much', () => {
    const { problems, lineOf } = trace({ body: ['“One”.'], notes: ['- “Two”.'] }, {})
    expect(problems.map(problem => problem.line)).toEqual([lineOf('“One”'), lineOf('“Two”')])
  })
})

describe('which frontmatter is prose', () => {
  it('counts a nested field named keywords: only the headmatter\'s keywords are a machine list', () => {
    expect(trace({ fm: ['info:', '  keywords: “a”'] }, {}).problems).toHaveLength(1)
  })
})
