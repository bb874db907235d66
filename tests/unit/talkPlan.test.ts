import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { buildTalkPlan, formatClock, parseTimingCue, planSlides } from '../../components/pacing/talkPlan'
import { deckEntry, readTalkPlan, slideNotesOf } from '../../scripts/rehearsal/talkPlanSource'
import { DECK_PATH, readDeck } from '../support/deckSource'
import { edit } from '../support/scratchDeck'

const slide = (no: number, note: string) => ({ no, title: `第${no}页标题`, section: '开篇', note })

describe('parseTimingCue', () => {
  it('reads the seconds and the cumulative time from the last line of the notes', () => {
    expect(parseTimingCue('开场。\n- 要点\n\n计时：约 45 秒（累计 4:15）\n')).toEqual({ ok: true, seconds: 45, cumulativeSeconds: 255 })
  })

  it('says the cue is missing when the notes do not end with one', () => {
    expect(parseTimingCue('计时：约 45 秒（累计 4:15）\n然后讲别的')).toEqual({ ok: false, problem: '备注缺少计时提示：备注最后一行应为「计时：约 N 秒（累计 M:SS）」' })
    expect(parseTimingCue('')).toMatchObject({ ok: false, problem: expect.stringContaining('缺少计时提示') })
  })

  it('quotes a malformed cue: half-width punctuation, seconds past 59, no number', () => {
    for (const cue of ['计时:约 45 秒(累计 4:15)', '计时：约 45 秒（累计 4:75）', '计时：约 秒（累计 4:15）', '计时：约 45 秒（累计 4:15'])
      expect(parseTimingCue(cue)).toEqual({ ok: false, problem: `计时提示格式有误：「${cue}」，应为「计时：约 N 秒（累计 M:SS）」` })
  })

  it('refuses a slide planned at 0 seconds', () => {
    expect(parseTimingCue('计时：约 0 秒（累计 0:30）')).toMatchObject({ ok: false, problem: expect.stringContaining('应大于 0 秒') })
  })
})

describe('buildTalkPlan', () => {
  it('gives each slide its planned window, from the previous cumulative time to its own', () => {
    const result = buildTalkPlan([slide(1, '计时：约 30 秒（累计 0:30）'), slide(2, '计时：约 60 秒（累计 1:30）'), slide(3, '计时：约 50 秒（累计 2:20）')])
    expect(result).toEqual({
      ok: true,
      plan: {
        totalSeconds: 140,
        slides: [
          { no: 1, title: '第1页标题', section: '开篇', plannedSeconds: 30, startSeconds: 0, endSeconds: 30 },
          { no: 2, title: '第2页标题', section: '开篇', plannedSeconds: 60, startSeconds: 30, endSeconds: 90 },
          { no: 3, title: '第3页标题', section: '开篇', plannedSeconds: 50, startSeconds: 90, endSeconds: 140 },
        ],
      },
    })
  })

  it('derives the running total from each slide\'s own time, so a cue need not write it', () => {
    const result = buildTalkPlan([slide(1, '计时：约 30 秒'), slide(2, '计时：约 60 秒（累计 1:30）'), slide(3, '计时：约 50 秒')])
    expect(result).toMatchObject({ ok: true, plan: { totalSeconds: 140, slides: [{ startSeconds: 0 }, { startSeconds: 30, endSeconds: 90 }, { startSeconds: 90, endSeconds: 140 }] } })
  })

  it('names every slide whose written running total is not the sum of the times so far', () => {
    const result = buildTalkPlan([slide(1, '计时：约 30 秒（累计 0:30）'), slide(2, '计时：约 60 秒（累计 1:40）'), slide(3, '计时：约 50 秒（累计 2:20）')])
    expect(result).toEqual({ ok: false, problems: ['第 2 页「第2页标题」的计时提示有误：累计应为 1:30（上一页累计 0:30 加本页 60 秒），写的是 1:40'] })
    expect(planSlides([slide(1, '计时：约 30 秒（累计 0:30）'), slide(2, '计时：约 60 秒（累计 1:40）'), slide(3, '计时：约 50 秒（累计 2:30）')]).problems.map(problem => problem.no)).toEqual([2, 3])
  })

  it('names every slide with a missing or malformed cue', () => {
    const result = buildTalkPlan([slide(1, '计时：约 30 秒（累计 0:30）'), slide(2, '只有要点'), { ...slide(3, '计时:约 50 秒(累计 2:20)'), title: '' }])
    expect(result).toEqual({
      ok: false,
      problems: [
        '第 2 页「第2页标题」的备注缺少计时提示：备注最后一行应为「计时：约 N 秒（累计 M:SS）」',
        '第 3 页的计时提示格式有误：「计时:约 50 秒(累计 2:20)」，应为「计时：约 N 秒（累计 M:SS）」',
      ],
    })
  })

  it('refuses an empty deck', () => {
    expect(buildTalkPlan([])).toEqual({ ok: false, problems: ['演示稿没有幻灯片，无法读取计时计划'] })
  })
})

describe('formatClock', () => {
  it('writes minutes and two-digit seconds, whole seconds, no sign', () => {
    expect([0, 9.9, 90, 600, 4500, -15].map(formatClock)).toEqual(['0:00', '0:09', '1:30', '10:00', '75:00', '0:15'])
  })
})

describe('the talk plan of slides.md', () => {
  const result = readTalkPlan(DECK_PATH)

  it('has a well-formed timing cue on every slide, with cumulative times that add up', () => {
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('covers every slide, with the title and section of slides.md', () => {
    const slides = readDeck()
    expect(result.ok && result.plan.slides.map(s => [s.no, s.title, s.section])).toEqual(slides.map(s => [s.no, s.title, String(s.frontmatter.section ?? '')]))
  })

  it('plans a talk of about 20 minutes', () => {
    const total = result.ok ? result.plan.totalSeconds : 0
    expect(total).toBeGreaterThanOrEqual(18 * 60)
    expect(total).toBeLessThanOrEqual(22 * 60)
  })

  it('fails, naming the slide, when a cue in a copy of slides.md is broken', () => {
    const markdown = readFileSync(DECK_PATH, 'utf8')
    const slide = readDeck().find(candidate => /（累计 \d+:\d\d）\s*$/.test(candidate.note))!
    const cue = slide.note.trim().split('\n').at(-1)!
    const broken = edit(markdown, cue, cue.replace(/约 (\d+) 秒/, (_, seconds) => `约 ${Number(seconds) + 5} 秒`))
    const result = buildTalkPlan(slideNotesOf(broken, DECK_PATH))
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.problems[0]).toContain(`第 ${slide.no} 页「${slide.title}」的计时提示有误`)
  })
})

describe('deckEntry', () => {
  it('takes the deck file slidev was started with, else slides.md', () => {
    expect(deckEntry(['node', 'slidev', 'build', '.scratch-x.md', '--out', 'o'], '/deck')).toBe('/deck/.scratch-x.md')
    expect(deckEntry(['node', 'slidev', '--port', '4000', '--open', 'false'], '/deck')).toBe('/deck/slides.md')
  })
})

describe('the timing cue, read strictly', () => {
  it('reads a cue only when it is the whole last line, spaces around it aside', () => {
    expect(parseTimingCue('要点\n   计时：约 45 秒（累计 14:15）  ')).toEqual({ ok: true, seconds: 45, cumulativeSeconds: 855 })
    for (const cue of ['备注：计时：约 45 秒', '计时：约 45 秒（累计 4:15）。', '计时：约 45 秒左右', '计时：约 45 秒（累计 4:15）（累计 4:15）'])
      expect(parseTimingCue(cue)).toEqual({ ok: false, problem: `计时提示格式有误：「${cue}」，应为「计时：约 N 秒（累计 M:SS）」` })
  })

  it('reads the English edition\'s cue, one second or many, with or without the running total', () => {
    expect(parseTimingCue('- Point.\nTiming: about 45 seconds (running total 14:15)', 'en')).toEqual({ ok: true, seconds: 45, cumulativeSeconds: 855 })
    expect(parseTimingCue('Timing: about 1 second', 'en')).toEqual({ ok: true, seconds: 1 })
    expect(parseTimingCue('Timing: about 120 seconds', 'en')).toEqual({ ok: true, seconds: 120 })
  })

  it('names a malformed English cue in the English form, and a line that only mentions timing as no cue', () => {
    for (const cue of ['Timing: 45 s', 'timing: about 45 seconds', 'Timing: about 45 seconds (running total 4:75)', 'Timing: about 45 seconds.', 'Timing'])
      expect(parseTimingCue(cue, 'en')).toEqual({ ok: false, problem: `the timing cue “${cue}” is not in the form “Timing: about N seconds (running total M:SS)”` })
    for (const line of ['Timings matter.', 'The timing: about 45 seconds', 'Say it. Timing: about 45 seconds', 'No cue here.'])
      expect(parseTimingCue(line, 'en')).toEqual({ ok: false, problem: 'the notes have no timing cue: their last line is “Timing: about N seconds (running total M:SS)”' })
    expect(parseTimingCue('Timing: about 0 seconds', 'en')).toEqual({ ok: false, problem: 'the timing cue gives the slide no time: “Timing: about 0 seconds” (a slide takes more than 0 seconds)' })
  })

  it('names the slide and the problem in the edition\'s language', () => {
    const en = (no: number, title: string, note: string) => ({ no, title, section: '', note })
    expect(buildTalkPlan([en(1, 'Cover', 'Timing: about 30 seconds (running total 0:30)'), en(2, 'Talent', 'Timing: about 60 seconds (running total 1:40)'), en(3, '', 'nothing')], 'en')).toEqual({
      ok: false,
      problems: [
        'Slide 2 (“Talent”): the running total should be 1:30 (0:30 before this slide, plus 60 seconds), not 1:40',
        'Slide 3: the notes have no timing cue: their last line is “Timing: about N seconds (running total M:SS)”',
      ],
    })
    expect(buildTalkPlan([], 'en')).toEqual({ ok: false, problems: ['the deck has no slides, so it has no timing plan'] })
    expect(planSlides([{ ...slide(1, '计时：约 0 秒'), title: '' }]).problems).toEqual([{ no: 1, message: '第 1 页的计时提示有误：本页时长应大于 0 秒，写的是「计时：约 0 秒」' }])
  })
})

describe('planning after a slide whose time is unknown', () => {
  it('leaves the slide out of the plan and takes the next written running total as it stands', () => {
    const { planned, problems } = planSlides([slide(1, '计时：约 30 秒'), slide(2, '没有计时'), slide(3, '计时：约 30 秒（累计 2:00）'), slide(4, '计时：约 10 秒（累计 2:20）')])
    expect(planned.map(s => [s.no, s.startSeconds, s.endSeconds])).toEqual([[1, 0, 30], [3, 90, 120], [4, 120, 130]])
    // The running total is taken once: slide 4's is checked against slide 3's again.
    expect(problems.map(problem => problem.no)).toEqual([2, 4])
  })

  it('goes on from the last known time when the next cue writes no running total', () => {
    const { planned } = planSlides([slide(1, '计时：约 30 秒'), slide(2, '没有计时'), slide(3, '计时：约 20 秒')])
    expect(planned.map(s => [s.no, s.startSeconds, s.endSeconds])).toEqual([[1, 0, 30], [3, 30, 50]])
  })

  it('never starts a slide before 0:00, and then names its running total', () => {
    const { planned, problems } = planSlides([slide(1, '没有计时'), slide(2, '计时：约 60 秒（累计 0:30）')])
    expect(planned.map(s => [s.startSeconds, s.endSeconds])).toEqual([[0, 60]])
    expect(problems.map(problem => problem.no)).toEqual([1, 2])
  })

  it('does not take a written running total as it stands when the slide before is known', () => {
    const { planned, problems } = planSlides([slide(1, '计时：约 30 秒'), slide(2, '计时：约 30 秒（累计 2:00）')])
    expect(planned.map(s => [s.startSeconds, s.endSeconds])).toEqual([[0, 30], [30, 60]])
    expect(problems.map(problem => problem.no)).toEqual([2])
  })
})
