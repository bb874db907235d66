import { describe, expect, it } from 'vitest'
import { finishLog, moveTo, startLog } from '../../components/pacing/rehearsalLog'
import { planMismatches, rehearsalDestination, rehearsalFileName, validateRehearsalRecord } from '../../components/pacing/rehearsalRecord'
import { PLAN, sampleRecord } from '../support/rehearsalSample'

const START = new Date('2026-11-28T10:00:00.000Z')
const END = new Date('2026-11-28T10:03:00.000Z')

describe('the rehearsal log', () => {
  it('adds up the time on each slide, returns included, and lists every planned slide', () => {
    expect(sampleRecord()).toEqual({
      startedAt: '2026-11-28T10:00:00.000Z',
      endedAt: '2026-11-28T10:03:00.000Z',
      slides: [
        { no: 1, title: '封面', section: '', plannedSeconds: 30, actualSeconds: 20, visits: 1 },
        { no: 2, title: '开篇之问', section: '开篇', plannedSeconds: 60, actualSeconds: 105, visits: 2 },
        { no: 3, title: '新范式', section: '开篇', plannedSeconds: 50, actualSeconds: 25, visits: 2 },
      ],
    })
  })

  it('keeps a slide never shown at 0 s and 0 visits', () => {
    const record = finishLog(moveTo(startLog(1, 0), 3, 4000), 5000, PLAN, START, END)
    expect(record.slides.map(s => [s.actualSeconds, s.visits])).toEqual([[4, 1], [0, 0], [1, 1]])
  })

  it('refuses a clock that ran backwards (the stopwatch was reset mid-rehearsal)', () => {
    expect(() => moveTo(startLog(1, 5000), 2, 1000)).toThrow('排练计时倒退了：第 1 页')
  })
})

describe('the rehearsal record schema', () => {
  it('accepts what the log produces', () => {
    expect(validateRehearsalRecord(sampleRecord())).toEqual({ ok: true, record: sampleRecord() })
  })

  const cases: Array<[string, (record: any) => void, string]> = [
    ['a number as text', r => r.slides[1].actualSeconds = '100', 'slides[1].actualSeconds'],
    ['a negative time', r => r.slides[0].actualSeconds = -1, 'slides[0].actualSeconds'],
    ['a fractional slide number', r => r.slides[0].no = 1.5, 'slides[0].no'],
    ['slides out of order', r => r.slides.reverse(), 'slides[0].no'],
    ['a date that is not ISO', r => r.startedAt = 'gestern', 'startedAt'],
    ['an unknown field (a file name)', r => r.file = '../../package.json', '（整条记录）'],
    ['an unknown field in a slide', r => r.slides[0].path = '/etc/passwd', 'slides[0]'],
    ['a path in the slide number', r => r.slides[0].no = '../1', 'slides[0].no'],
    ['no slides', r => r.slides = [], 'slides'],
    ['a huge title', r => r.slides[0].title = 'x'.repeat(10_000), 'slides[0].title'],
    ['an end before the start', r => r.endedAt = '2026-11-28T09:00:00.000Z', 'endedAt'],
  ]
  for (const [name, spoil, field] of cases) {
    it(`rejects ${name}, naming the field`, () => {
      const record = structuredClone(sampleRecord()) as any
      spoil(record)
      const result = validateRehearsalRecord(record)
      expect(result.ok).toBe(false)
      expect(result.ok ? [] : result.problems.map(p => p.split(': ')[0])).toContain(field)
    })
  }

  it('rejects what is not an object', () => {
    for (const input of [null, [], 'record', 42])
      expect(validateRehearsalRecord(input).ok).toBe(false)
  })
})

describe('planMismatches', () => {
  it('finds nothing when the record matches the plan', () => {
    expect(planMismatches(sampleRecord(), PLAN)).toEqual([])
  })

  it('names the fields that disagree with the deck\'s plan', () => {
    const record = sampleRecord()
    record.slides[1].title = '../../../etc/passwd'
    record.slides[2].plannedSeconds = 5
    expect(planMismatches(record, PLAN)).toEqual(['slides[1].title: 应为「开篇之问」', 'slides[2].plannedSeconds: 应为 50'])
    expect(planMismatches({ ...record, slides: record.slides.slice(0, 2) }, PLAN)).toEqual(['slides: 记录有 2 页，演示稿有 3 页'])
  })
})

describe('rehearsalFileName', () => {
  it('is the date-time, safe as a file name, sorting by time', () => {
    expect(rehearsalFileName(new Date('2026-11-28T14:33:52.123Z'))).toBe('2026-11-28T14-33-52-123Z.json')
  })
})

describe('rehearsalDestination', () => {
  it('sends a rehearsal to the endpoint from the dev server and from a deck served on this machine (npm start)', () => {
    expect(rehearsalDestination(true, 'example.com')).toBe('endpoint')
    for (const host of ['localhost', '127.0.0.1', '[::1]'])
      expect(rehearsalDestination(false, host)).toBe('endpoint')
  })

  it('downloads it from a deck on any other host, sending nothing there', () => {
    expect(rehearsalDestination(false, 'talks.example.org')).toBe('download')
    expect(rehearsalDestination(false, '192.168.1.20')).toBe('download')
  })
})
