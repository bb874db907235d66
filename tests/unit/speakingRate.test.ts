import { describe, expect, it } from 'vitest'
import { notesOverrun, SPEAKING_RATES, splitNotes, spokenSeconds, spokenUnits } from '../../components/pacing/speakingRate'
import { readDeckFile } from '../../scripts/lint/deckFile'
import { LINT_WORDS } from '../../scripts/lint/lintWords'
import { scriptProblems, speakingProblems } from '../../scripts/lint/timing/index'

describe('the spoken length of notes', () => {
  it('counts a Chinese text by syllable: each Han character, each digit, each word in Latin letters', () => {
    expect(spokenUnits('施一公说：2023 年，OpenAI 只有 250 人。', 'zh')).toBe(8 + 7 + 1)
    expect(spokenUnits('**要点**：- 。，', 'zh')).toBe(2)
  })

  it('counts an English text by word: a number with its commas and point, a hyphenated word, a contraction each one', () => {
    expect(spokenUnits('Nadella’s non-profit had 1,500 researchers and 86.2 percent — maybe.', 'en')).toBe(9)
    expect(spokenUnits('- **Bold** — “quoted” …', 'en')).toBe(2)
  })

  it('takes its time at the edition\'s rate: a minute\'s worth is 60 seconds', () => {
    expect(spokenSeconds('字'.repeat(SPEAKING_RATES.zh.perMinute), 'zh')).toBe(60)
    expect(spokenSeconds(Array.from({ length: SPEAKING_RATES.en.perMinute }, () => 'word').join(' '), 'en')).toBe(60)
    expect(spokenSeconds(Array.from({ length: SPEAKING_RATES.en.perMinute / 2 }, () => 'word').join(' '), 'en')).toBe(30)
  })

  it('overruns a cue only by more than a quarter', () => {
    expect(notesOverrun(50, 40)).toBe(false)
    expect(notesOverrun(51, 40)).toBe(true)
    expect(notesOverrun(10, 40)).toBe(false)
  })

  it('splits notes into what is said and what is for the presenter\'s eyes (a line opening with >); the cue is neither', () => {
    expect(splitNotes(['- Say this.', '> Only read this.', '  >also this', '', 'Timing: about 30 seconds', '计时：约 30 秒'])).toEqual({
      spoken: ['- Say this.', ''],
      aside: ['Only read this.', 'also this'],
    })
  })
})

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ')
/** An English deck of slides whose notes hold the given numbers of spoken words, each slide with a cue of `seconds`. */
function englishDeck(slides: Array<{ spoken: number, seconds: number, aside?: number }>, duration = '20min'): string {
  return slides.map(({ spoken, seconds, aside }, index) => `---\n${index === 0 ? `duration: ${duration}\n` : ''}title: S${index + 1}\n---\n\n# S${index + 1}\n\n<!--\n- ${words(spoken)}\n${aside ? `> ${words(aside)}\n` : ''}\nTiming: about ${seconds} seconds\n-->\n`).join('\n')
}

describe('the lint\'s speaking rules', () => {
  const lint = (markdown: string) => {
    const slides = readDeckFile(markdown, 'talk.en.md').slides
    return [...speakingProblems(slides, 'en', LINT_WORDS.en), ...scriptProblems(slides, 'en', LINT_WORDS.en)]
  }

  it('names a slide whose notes overrun its cue by more than a quarter, at the notes\' first line, in the file\'s language', () => {
    // 140 words a minute: a 20-second cue holds 46.7 words, and a quarter more is 58.3.
    const markdown = englishDeck([{ spoken: 58, seconds: 20 }, { spoken: 60, seconds: 20 }])
    const problems = lint(markdown)
    const notesLines = markdown.split('\n').flatMap((line, index) => line.startsWith('- word0') ? [index + 1] : [])
    expect(problems).toEqual([expect.objectContaining({ slide: 2, rule: 'speaking', line: notesLines[1] })])
    expect(problems[0].message).toBe('Slide 2 (“S2”): its notes take about 26 seconds to say at 140 words a minute, but its timing cue gives 20 seconds (over by more than a quarter): cut the notes, or give the slide more time and others less')
  })

  it('does not count an aside, but names one over 30 seconds\' worth', () => {
    expect(lint(englishDeck([{ spoken: 10, seconds: 20, aside: 70 }]))).toEqual([])
    expect(lint(englishDeck([{ spoken: 10, seconds: 20, aside: 71 }])).map(problem => problem.message)).toEqual([expect.stringContaining('presenter-only aside has 71 words, over 70 words')])
  })

  it('names a script that takes longer to say than the talk\'s duration, at the last cue, and not one that fits', () => {
    const fits = englishDeck([{ spoken: 140, seconds: 60 }, { spoken: 140, seconds: 60 }], '2min')
    expect(lint(fits)).toEqual([])
    const over = englishDeck([{ spoken: 140, seconds: 60 }, { spoken: 145, seconds: 60 }], '2min')
    expect(lint(over)).toEqual([expect.objectContaining({ slide: 2, line: over.split('\n').findLastIndex(line => line.startsWith('Timing:')) + 1, message: 'the notes take about 2:02 to say at 140 words a minute, longer than the talk’s 2:00: cut them' })])
  })

  it('counts every line of the notes, and checks no script against a talk without a duration', () => {
    const markdown = `---\ntitle: S1\n---\n\n# S1\n\n<!--\n- ${words(40)}\n- ${words(40)}\n\nTiming: about 20 seconds\n-->\n`
    const slides = readDeckFile(markdown, 'talk.en.md').slides
    // 80 words, one line each of 40: 34 seconds against a 20-second cue.
    expect(speakingProblems(slides, 'en', LINT_WORDS.en).map(problem => problem.message)).toEqual([expect.stringContaining('about 34 seconds')])
    expect(scriptProblems(slides, 'en', LINT_WORDS.en)).toEqual([])
    expect(scriptProblems([], 'en', LINT_WORDS.en)).toEqual([])
  })

  it('speaks Chinese to a Chinese deck', () => {
    const markdown = (characters: number) => `---\nduration: 1min\ntitle: 一\n---\n\n# 一\n\n<!--\n${'字'.repeat(characters)}\n\n计时：约 60 秒\n-->\n`
    const messages = (characters: number) => {
      const slides = readDeckFile(markdown(characters), 'talk.md').slides
      return [...speakingProblems(slides, 'zh', LINT_WORDS.zh), ...scriptProblems(slides, 'zh', LINT_WORDS.zh)].map(problem => problem.message)
    }
    expect(messages(240)).toEqual([])
    expect(messages(320)).toEqual([
      '第 1 页「一」的讲稿按每分钟 240 字约需 80 秒，计时提示只给 60 秒（超出四分之一以上）：删减讲稿，或给这一页更多时间（其他页相应减少）',
      '全部讲稿按每分钟 240 字约需 1:20，超过演讲时长 1:00：删减讲稿',
    ])
  })
})
