import { describe, expect, it } from 'vitest'
import { readDeckFile } from '../../scripts/lint/deckFile'
import { LINT_WORDS } from '../../scripts/lint/lintWords'
import { scriptProblems, speakingProblems } from '../../scripts/lint/timing/speakingRule'

/** A Chinese deck written here: each slide's notes as lines (undefined: none), the first slide with `duration`. */
function deckOf(notes: Array<string[] | undefined>, duration?: string) {
  const markdown = notes.map((lines, index) => [
    '---',
    ...index === 0 && duration ? [`duration: ${duration}`] : [],
    `title: 页${index + 1}`,
    '---',
    '',
    `# 页${index + 1}`,
    ...lines ? ['', '<!--', ...lines, '-->'] : [],
    '',
  ].join('\n')).join('\n')
  return { slides: readDeckFile(markdown, 'talk.md').slides, lineOf: (needle: string) => markdown.split('\n').findIndex(line => line.includes(needle)) + 1 }
}

describe('the speaking rules on a Chinese deck', () => {
  it('caps an aside at 30 seconds of Chinese speech: 120 characters pass, 121 do not', () => {
    const aside = (characters: number) => deckOf([['- 要点。', `> ${'字'.repeat(characters)}`, '计时：约 30 秒']])
    expect(speakingProblems(aside(120).slides, 'zh', LINT_WORDS.zh)).toEqual([])
    const { slides, lineOf } = aside(121)
    expect(speakingProblems(slides, 'zh', LINT_WORDS.zh)).toEqual([{ slide: 1, line: lineOf('- 要点。'), column: 1, rule: 'speaking', message: '第 1 页「页1」只给演讲者看的备查内容有 121 字，超过 120 字：备查只留演讲者临场需要的几句' }])
  })

  it('checks no overrun on a slide without a timing cue, however long its notes', () => {
    const { slides } = deckOf([[`${'字'.repeat(600)}`]])
    expect(speakingProblems(slides, 'zh', LINT_WORDS.zh)).toEqual([])
  })

  it('names both an overrun and a long aside on one slide, the overrun first', () => {
    const { slides } = deckOf([[`${'字'.repeat(300)}`, `> ${'备'.repeat(130)}`, '计时：约 30 秒']])
    expect(speakingProblems(slides, 'zh', LINT_WORDS.zh).map(problem => problem.message)).toEqual([
      '第 1 页「页1」的讲稿按每分钟 240 字约需 75 秒，计时提示只给 30 秒（超出四分之一以上）：删减讲稿，或给这一页更多时间（其他页相应减少）',
      expect.stringContaining('备查内容有 130 字'),
    ])
  })

  it('adds up the whole script, every slide\'s spoken lines and not the asides, against the duration: exactly the duration passes', () => {
    const fits = deckOf([['字'.repeat(120), '计时：约 30 秒'], ['字'.repeat(120), `> ${'备'.repeat(100)}`, '计时：约 30 秒']], '1min')
    expect(scriptProblems(fits.slides, 'zh', LINT_WORDS.zh)).toEqual([])
    const over = deckOf([['字'.repeat(120), '计时：约 30 秒'], ['字'.repeat(122), '计时：约 31 秒', '   ']], '1min')
    expect(scriptProblems(over.slides, 'zh', LINT_WORDS.zh)).toEqual([{ slide: 2, line: over.lineOf('计时：约 31 秒'), column: 1, rule: 'speaking', message: '全部讲稿按每分钟 240 字约需 1:01，超过演讲时长 1:00：删减讲稿' }])
  })

  it('names a script over its duration at the last slide\'s first line when that slide has no notes', () => {
    const { slides, lineOf } = deckOf([['字'.repeat(300), '计时：约 75 秒'], undefined], '1min')
    expect(scriptProblems(slides, 'zh', LINT_WORDS.zh)).toEqual([expect.objectContaining({ slide: 2, line: lineOf('title: 页2') - 1 })])
  })

  it('reads the duration as Slidev does, a bare number as minutes', () => {
    const { slides } = deckOf([['字'.repeat(250), '计时：约 60 秒']], '1')
    expect(scriptProblems(slides, 'zh', LINT_WORDS.zh)).toHaveLength(1)
  })
})

describe('the speaking rules on an English deck', () => {
  const englishSlides = (notes: Array<string[] | undefined>) => readDeckFile(notes.map((lines, index) => ['---', `title: S${index + 1}`, '---', '', `# S${index + 1}`, ...lines ? ['', '<!--', ...lines, '-->'] : [], ''].join('\n')).join('\n'), 'talk.en.md').slides

  it('counts a word at each line\'s end apart from the next line\'s first, in the spoken notes and in the aside', () => {
    // 60 words, one a line: 26 seconds against a 20-second cue (a quarter more is 25).
    const spoken = englishSlides([[...Array.from({ length: 60 }, (_, index) => `word${index}`), 'Timing: about 20 seconds']])
    expect(speakingProblems(spoken, 'en', LINT_WORDS.en).map(problem => problem.message)).toEqual([expect.stringContaining('about 26 seconds')])
    const aside = englishSlides([['- Said.', ...Array.from({ length: 71 }, (_, index) => `> word${index}`), 'Timing: about 20 seconds']])
    expect(speakingProblems(aside, 'en', LINT_WORDS.en).map(problem => problem.message)).toEqual([expect.stringContaining('aside has 71 words')])
  })

  it('names a slide at its first line with text, past a line of spaces, and passes a slide without notes', () => {
    const slides = englishSlides([undefined, ['   ', ...Array.from({ length: 60 }, (_, index) => `word${index}`), 'Timing: about 20 seconds']])
    expect(speakingProblems(slides, 'en', LINT_WORDS.en)).toEqual([expect.objectContaining({ slide: 2, line: slides[1].notes.find(({ text }) => text === 'word0')!.line })])
  })
})

describe('the whole script', () => {
  it('keeps the last word of one slide\'s notes apart from the first of the next', () => {
    // Notes on one line each, 71 words a slide: 142 words take 61 seconds at 140 a minute, over a 1-minute talk; 141 would take 60.
    const slide = (index: number) => ['---', ...index === 0 ? ['duration: 1min'] : [], `title: S${index + 1}`, '---', '', `# S${index + 1}`, '', `<!--${Array.from({ length: 71 }, (_, word) => `w${word}`).join(' ')}-->`, ''].join('\n')
    const slides = readDeckFile([slide(0), slide(1)].join('\n'), 'talk.en.md').slides
    expect(scriptProblems(slides, 'en', LINT_WORDS.en).map(problem => problem.message)).toEqual([expect.stringContaining('about 1:01 to say')])
  })
})
