import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { displayWidth, formatRehearsalReport, latestRehearsalFile, loadRehearsal } from '../../scripts/rehearsal/rehearsalReport'
import { sampleRecord } from '../support/rehearsalSample'

const work = mkdtempSync(join(tmpdir(), 'rehearsal-report-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('formatRehearsalReport', () => {
  const report = formatRehearsalReport(sampleRecord(), 'rehearsals/x.json')

  it('lists every slide in seconds: planned, actual, the difference, visits and title', () => {
    expect(report).toContain([
      '逐页（秒）',
      '  页  计划  实际   差  到访  标题',
      '   1    30    20  -10     1  封面',
      '   2    60   105  +45     2  开篇之问',
      '   3    50    25  -25     2  新范式',
    ].join('\n'))
  })

  it('adds up each section and the whole talk in M:SS', () => {
    expect(report).toContain([
      '分章节（分：秒）',
      '  章节        计划  实际     差',
      '  （无章节）  0:30  0:20  -0:10',
      '  开篇        1:50  2:10  +0:20',
      '  合计        2:20  2:30  +0:10',
    ].join('\n'))
  })

  it('names the slides that ran longest over', () => {
    expect(report).toContain('超时最多的页\n  第 2 页「开篇之问」：超出 45 秒（计划 60 秒，实际 105 秒）')
    const onTime = sampleRecord()
    onTime.slides[1].actualSeconds = 60
    expect(formatRehearsalReport(onTime, 'f')).toContain('超时最多的页\n  没有超时的页')
  })
})

describe('displayWidth', () => {
  it('counts Chinese characters and full-width punctuation as two columns', () => {
    expect([displayWidth('abc'), displayWidth('开篇'), displayWidth('（无章节）'), displayWidth('GPT-4 之后')]).toEqual([3, 4, 10, 10])
  })
})

describe('reading rehearsal files', () => {
  it('reads a record and finds the latest by its date-time name', () => {
    const folder = join(work, 'rehearsals')
    rmSync(folder, { recursive: true, force: true })
    expect(() => latestRehearsalFile(folder)).toThrow('里还没有排练记录')
    mkdirSync(folder)
    for (const name of ['2026-11-28T09-00-00-000Z.json', '2026-11-28T10-00-00-000Z.json', '2026-11-27T23-00-00-000Z.json'])
      writeFileSync(join(folder, name), JSON.stringify(sampleRecord()))
    expect(latestRehearsalFile(folder)).toBe(join(folder, '2026-11-28T10-00-00-000Z.json'))
    expect(loadRehearsal(latestRehearsalFile(folder))).toEqual(sampleRecord())
  })

  it('explains a missing, broken or malformed file in one line', () => {
    const missing = join(work, 'nope.json')
    expect(() => loadRehearsal(missing)).toThrow(`找不到排练记录 ${missing}`)
    const broken = join(work, 'broken.json')
    writeFileSync(broken, '{"slides": [')
    expect(() => loadRehearsal(broken)).toThrow(`${broken} 不是合法的 JSON`)
    const wrong = join(work, 'wrong.json')
    writeFileSync(wrong, JSON.stringify({ ...sampleRecord(), slides: [{ ...sampleRecord().slides[0], actualSeconds: 'lots' }] }))
    expect(() => loadRehearsal(wrong)).toThrow(/^.*wrong\.json 不是有效的排练记录：slides\[0\]\.actualSeconds: [^\n]+$/)
  })
})

/** These start the command in a process of its own: give them time on a busy machine. */
const PROCESS_TIMEOUT = 30_000

describe('npm run rehearsal', () => {
  const run = (...args: string[]) => promisify(execFile)(resolve(import.meta.dirname, '../../node_modules/.bin/tsx'), ['scripts/rehearsal.ts', ...args], { cwd: resolve(import.meta.dirname, '../..') })

  it('prints the report of a given file', async () => {
    const file = join(work, 'given.json')
    writeFileSync(file, JSON.stringify(sampleRecord()))
    const { stdout } = await run(file)
    expect(stdout).toContain(`排练记录 ${file}`)
    expect(stdout).toContain('   2    60   105  +45     2  开篇之问')
  }, PROCESS_TIMEOUT)

  it('exits non-zero with a one-line error for a missing or malformed file', async () => {
    const broken = join(work, 'cli-broken.json')
    writeFileSync(broken, '[1, 2')
    for (const file of [join(work, 'absent.json'), broken]) {
      const failure = await run(file).then(() => undefined, (error: { code: number, stderr: string }) => error)
      expect(failure?.code).toBe(1)
      expect(failure?.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^rehearsal: .*(找不到排练记录|不是合法的 JSON)/)])
    }
  }, PROCESS_TIMEOUT)
})
