import type { RehearsalRecord, SlideRecord } from '../../components/pacing/rehearsalRecord.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateRehearsalRecord } from '../../components/pacing/rehearsalRecord.ts'
import { formatClock } from '../../components/pacing/talkPlan.ts'

/** A rehearsal record read from disk; any problem is one line naming the file (and the field). */
export function loadRehearsal(path: string): RehearsalRecord {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  }
  catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(code === 'ENOENT' ? `找不到排练记录 ${path}` : `读不了排练记录 ${path}:${(error as Error).message}`)
  }
  let input: unknown
  try {
    input = JSON.parse(text)
  }
  catch (error) {
    throw new Error(`${path} 不是合法的 JSON:${(error as Error).message}`)
  }
  const result = validateRehearsalRecord(input)
  if (!result.ok)
    throw new Error(`${path} 不是有效的排练记录：${result.problems.join('；')}`)
  return result.record
}

/** The newest record in `folder` (names are date-times, so the last name is the newest). */
export function latestRehearsalFile(folder: string): string {
  let names: string[] = []
  try {
    names = readdirSync(folder).filter(name => name.endsWith('.json')).sort()
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw error
  }
  if (names.length === 0)
    throw new Error(`${folder} 里还没有排练记录：在演讲者视图按「开始排练」和「结束排练」录一次，或用 npm run rehearsal -- 文件 指定一份`)
  return join(folder, names.at(-1)!)
}

/** Columns a string takes in a terminal: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  return [...text].reduce((width, char) => width + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(char) ? 2 : 1), 0)
}

function cell(text: string | number, width: number, align: 'left' | 'right'): string {
  const value = String(text)
  const padding = ' '.repeat(Math.max(0, width - displayWidth(value)))
  return align === 'left' ? value + padding : padding + value
}

/** Rows of cells as aligned text: numbers right, words left. */
function table(header: string[], rows: (string | number)[][], align: ('left' | 'right')[]): string[] {
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map(row => displayWidth(String(row[column])))))
  return [header, ...rows].map(row => `  ${row.map((value, column) => cell(value, widths[column], align[column])).join('  ').trimEnd()}`)
}

const signed = (value: number, format: (v: number) => string) => value > 0 ? `+${format(value)}` : value < 0 ? `-${format(value)}` : format(0)
const seconds = (value: number) => String(Math.round(Math.abs(value)))
const NO_SECTION = '（无章节）'

interface Totals { name: string, planned: number, actual: number }

function sectionTotals(slides: readonly SlideRecord[]): Totals[] {
  const sections = new Map<string, Totals>()
  for (const slide of slides) {
    const name = slide.section || NO_SECTION
    const totals = sections.get(name) ?? { name, planned: 0, actual: 0 }
    totals.planned += slide.plannedSeconds
    totals.actual += slide.actualSeconds
    sections.set(name, totals)
  }
  return [...sections.values()]
}

/** The rehearsal against its plan: per slide (seconds), per section and in total (M:SS), and the slides that ran longest over. */
export function formatRehearsalReport(record: RehearsalRecord, file: string, longestCount = 3): string {
  const planned = record.slides.reduce((sum, slide) => sum + slide.plannedSeconds, 0)
  const actual = record.slides.reduce((sum, slide) => sum + slide.actualSeconds, 0)
  const over = record.slides
    .map(slide => ({ slide, over: slide.actualSeconds - slide.plannedSeconds }))
    .filter(entry => Math.round(entry.over) > 0)
    .sort((a, b) => b.over - a.over)
    .slice(0, longestCount)
  return [
    `排练记录 ${file}（${record.startedAt} 开始）`,
    '',
    '逐页（秒）',
    ...table(
      ['页', '计划', '实际', '差', '到访', '标题'],
      record.slides.map(slide => [slide.no, slide.plannedSeconds, seconds(slide.actualSeconds), signed(slide.actualSeconds - slide.plannedSeconds, seconds), slide.visits, slide.title]),
      ['right', 'right', 'right', 'right', 'right', 'left'],
    ),
    '',
    '分章节（分：秒）',
    ...table(
      ['章节', '计划', '实际', '差'],
      [...sectionTotals(record.slides), { name: '合计', planned, actual }].map(s => [s.name, formatClock(s.planned), formatClock(s.actual), signed(s.actual - s.planned, formatClock)]),
      ['left', 'right', 'right', 'right'],
    ),
    '',
    '超时最多的页',
    ...over.length > 0
      ? over.map(({ slide, over }) => `  第 ${slide.no} 页「${slide.title}」：超出 ${seconds(over)} 秒（计划 ${slide.plannedSeconds} 秒，实际 ${seconds(slide.actualSeconds)} 秒）`)
      : ['  没有超时的页'],
  ].join('\n')
}
