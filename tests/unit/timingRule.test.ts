import { describe, expect, it } from 'vitest'
import { readDeckFile } from '../../scripts/lint/deckFile'
import { durationProblems, durationSeconds, fixRunningTotals, runningTotalFixes, timingProblems } from '../../scripts/lint/timing/timingRule'

/**
 * The timing cues of a small deck written here: each slide given by its
 * notes' lines (undefined: no notes at all), the first slide's headmatter by
 * its extra lines.
 */
function deckOf(notes: Array<string[] | undefined>, headmatter: string[] = []): string {
  return notes.map((lines, index) => [
    '---',
    ...index === 0 ? headmatter : [],
    `title: S${index + 1}`,
    'section: 开场',
    '---',
    '',
    `# S${index + 1}`,
    ...lines ? ['', '<!--', ...lines, '-->'] : [],
    '',
  ].join('\n')).join('\n')
}

const lineOf = (markdown: string, needle: string) => markdown.split('\n').findIndex(line => line.includes(needle)) + 1
const slidesOf = (markdown: string, path = 'slides.md') => readDeckFile(markdown, path).slides

describe('timing cues', () => {
  it('passes cues whose running totals add up', () => {
    expect(timingProblems(slidesOf(deckOf([['计时：约 30 秒（累计 0:30）'], ['- 要点。', '计时：约 45 秒（累计 1:15）']])))).toEqual([])
  })

  it('names a missing cue at the notes\' last line with text, telling where a cue goes, in the edition\'s words', () => {
    const markdown = deckOf([['计时：约 30 秒'], ['- 要点。', '- 忘了写。', '   ']])
    expect(timingProblems(slidesOf(markdown))).toEqual([{ slide: 2, line: lineOf(markdown, '忘了写'), column: 1, rule: 'timing', message: '第 2 页「S2」的备注缺少计时提示：备注最后一行应为「计时：约 N 秒（累计 M:SS）」（写在备注 <!-- --> 的最后一行）' }])
    const english = deckOf([['Timing: about 30 seconds'], ['- A point.']])
    expect(timingProblems(slidesOf(english, 'slides.en.md'), 'en').map(problem => problem.message)).toEqual([
      'Slide 2 (“S2”): the notes have no timing cue: their last line is “Timing: about N seconds (running total M:SS)” (write it on the last line of the notes, inside <!-- -->)',
    ])
  })

  it('names a slide with no notes at its first line', () => {
    const markdown = deckOf([['计时：约 30 秒'], undefined])
    expect(timingProblems(slidesOf(markdown))).toEqual([expect.objectContaining({ slide: 2, line: lineOf(markdown, 'title: S2') - 1 })])
  })

  it('says nothing of where a cue goes when the notes have one, malformed or off', () => {
    const markdown = deckOf([['计时：约 30 秒（累计 0:31）'], ['计时：大约 30 秒'], ['TIMING: soon']])
    expect(timingProblems(slidesOf(markdown)).map(problem => [problem.line, problem.message.endsWith('（写在备注 <!-- --> 的最后一行）')])).toEqual([
      [lineOf(markdown, '累计 0:31'), false],
      [lineOf(markdown, '大约'), false],
      [lineOf(markdown, 'TIMING'), false],
    ])
  })
})

describe('running totals, rewritten by --fix', () => {
  it('finds each written total that is not the sum so far, with its line and column, in either edition\'s form', () => {
    const markdown = deckOf([['计时：约 30 秒（累计 0:30）'], ['计时：约 45 秒（累计 9:99）'], ['计时：约 15 秒（累计 1:00）']])
    // 9:99 is no total at all (seconds up to 59): the cue is malformed and left to the author.
    expect(runningTotalFixes(markdown, 'slides.md')).toEqual([])
    const off = deckOf([['计时：约 30 秒（累计 0:30）'], ['- 要点', '计时：约 45 秒（累计 1:00）'], ['计时：约 15 秒（累计 1:00）']])
    expect(runningTotalFixes(off, 'slides.md')).toEqual([
      { line: lineOf(off, '约 45 秒'), column: 10, from: '1:00', to: '1:15' },
      { line: lineOf(off, '约 15 秒'), column: 10, from: '1:00', to: '1:30' },
    ])
    const english = deckOf([['Timing: about 30 seconds (running total 0:30)'], ['Timing: about 45 seconds (running total 0:45)']])
    expect(runningTotalFixes(english, 'slides.en.md')).toEqual([{ line: lineOf(english, 'about 45'), column: 26, from: '0:45', to: '1:15' }])
    // Minutes of two digits, in either edition's form.
    const long = deckOf([['计时：约 600 秒（累计 10:00）'], ['计时：约 30 秒（累计 10:45）']])
    expect(runningTotalFixes(long, 'slides.md')).toEqual([{ line: lineOf(long, '约 30 秒'), column: 10, from: '10:45', to: '10:30' }])
    const longEnglish = deckOf([['Timing: about 600 seconds (running total 10:00)'], ['Timing: about 30 seconds (running total 10:45)']])
    expect(runningTotalFixes(longEnglish, 'slides.en.md')).toEqual([{ line: lineOf(longEnglish, 'about 30'), column: 26, from: '10:45', to: '10:30' }])
  })

  it('rewrites only the totals, leaving a cue without one and every other line as it was', () => {
    const off = deckOf([['计时：约 30 秒'], ['- 累计 1:00 不是计时', '计时：约 45 秒（累计 1:00）']])
    expect(fixRunningTotals(off, 'slides.md')).toBe(off.replace('计时：约 45 秒（累计 1:00）', '计时：约 45 秒（累计 1:15）'))
    const english = deckOf([['Timing: about 30 seconds'], ['Timing: about 45 seconds (running total 0:45)']])
    expect(fixRunningTotals(english, 'slides.en.md')).toBe(english.replace('(running total 0:45)', '(running total 1:15)'))
    const right = deckOf([['计时：约 30 秒（累计 0:30）']])
    expect(fixRunningTotals(right, 'slides.md')).toBe(right)
  })
})

describe('Slidev\'s duration', () => {
  it('reads hours, minutes and seconds, with or without spaces, and a bare number as minutes', () => {
    expect(['1h', '1.5h', '20 min', ' 20min ', '1h 30min', '2m30s', '20'].map(durationSeconds)).toEqual([3600, 5400, 1200, 1200, 5400, 150, 1200])
    expect(durationSeconds(0.5)).toBe(30)
  })

  it('reads nothing it cannot read whole', () => {
    expect(['20mins', 'about 20min', '20min!', '-5', 'h', null, {}, -3].map(durationSeconds)).toEqual(Array.from({ length: 8 }, () => undefined))
  })
})

describe('cues against the duration', () => {
  it('names cues adding up to more than the duration at the last cue, and passes them up to it', () => {
    const over = deckOf([['计时：约 30 秒'], ['计时：约 31 秒', '']], ['duration: 1min'])
    expect(durationProblems(slidesOf(over))).toEqual([{ slide: 2, line: lineOf(over, '约 31 秒'), column: 1, rule: 'timing', message: '各页计时合计 1:01，超过 duration: 1min（1:00）：缩短几页的时间，或改第 1 页的 duration' }])
    expect(durationProblems(slidesOf(deckOf([['计时：约 30 秒'], ['计时：约 30 秒']], ['duration: 1min'])))).toEqual([])
    const english = deckOf([['Timing: about 90 seconds']], ['duration: 1min'])
    expect(durationProblems(slidesOf(english, 'slides.en.md'), 'en').map(problem => problem.message)).toEqual(['the timing cues add up to 1:30, more than duration: 1min (1:00): shorten some slides’ times, or change slide 1’s duration'])
  })

  it('names it at the last slide with a cue, and not without a duration or without cues', () => {
    const markdown = deckOf([['计时：约 90 秒'], ['- 没有计时']], ['duration: 1min'])
    expect(durationProblems(slidesOf(markdown))).toEqual([expect.objectContaining({ slide: 1, line: lineOf(markdown, '约 90 秒') })])
    expect(durationProblems(slidesOf(deckOf([['计时：约 90 秒']])))).toEqual([])
    expect(durationProblems(slidesOf(deckOf([['- 没有计时']], ['duration: 1min'])))).toEqual([])
    expect(durationProblems([])).toEqual([])
  })
})

describe('Slidev\'s duration, its decimals', () => {
  it('reads every decimal of a number', () => {
    expect(['1.25h', '2.75min'].map(durationSeconds)).toEqual([4500, 165])
  })
})
