import { describe, expect, it } from 'vitest'
import { lintDeck } from '../../scripts/lint/index'

/** A two-slide source and its translation, the translation's two cues given; only the timing differs from case to case. */
const SOURCE = [
  '---',
  'title: 开场',
  '---',
  '',
  '# 开场',
  '',
  '<!--',
  '计时：约 30 秒（累计 0:30）',
  '-->',
  '',
  '---',
  'title: 结尾',
  '---',
  '',
  '# 结尾',
  '',
  '<!--',
  '计时：约 30 秒（累计 1:00）',
  '-->',
  '',
].join('\n')

function translation(first: number, second: number) {
  const slide = (title: string, seconds: number) => ['---', `title: ${title}`, '---', '', `# ${title}`, '', '<!--', `Timing: about ${seconds} seconds`, '-->', ''].join('\n')
  return `${slide('Opening', first)}\n${slide('Close', second)}`
}

/** The lint's complaints that the two editions' totals differ (the public entry, as `npm run lint` calls it). */
const timing = (first: number, second: number) => lintDeck(translation(first, second), 'slides.en.md', undefined, SOURCE)
  .filter(problem => problem.rule === 'timing' && /add up to/.test(problem.message))

describe('a translation\'s timing totals the source\'s', () => {
  it('passes when the two add up to the same', () => {
    expect(timing(30, 30)).toEqual([])
    expect(timing(20, 40)).toEqual([])
  })

  it('names a translation that runs longer, at its last cue', () => {
    expect(timing(30, 40)).toEqual([expect.objectContaining({ slide: 2, line: 18, message: expect.stringMatching(/add up to 1:10 here and to 1:00 in the source/) })])
  })

  it('names a translation that runs short, too', () => {
    expect(timing(30, 20)).toEqual([expect.objectContaining({ slide: 2, line: 18, message: expect.stringMatching(/add up to 0:50 here and to 1:00 in the source/) })])
    expect(timing(5, 5)).toEqual([expect.objectContaining({ message: expect.stringMatching(/add up to 0:10 here and to 1:00 in the source/) })])
  })
})
