import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readArticle } from '../../scripts/lint/textRules'
import { runLint } from '../../scripts/lint'
import { LAYOUT_NAMES } from '../../scripts/lint/layouts'
import { lintDeck } from '../../scripts/lint/lintDeck'
import { durationSeconds } from '../../scripts/lint/timing/index'
import { DECK_PATH } from '../support/deckSource'

const deck = readFileSync(DECK_PATH, 'utf8')
const article = readArticle()

/** The 1-based line of the first line of `deck` that contains `needle`. */
function lineOf(markdown: string, needle: string): number {
  const index = markdown.split('\n').findIndex(line => line.includes(needle))
  if (index < 0)
    throw new Error(`"${needle}" is not in the deck`)
  return index + 1
}

/** A copy of slides.md with one line replaced (the first that matches), failing loudly if none does. */
function plant(pattern: RegExp, replace: (line: string) => string, markdown = deck): string {
  const lines = markdown.split('\n')
  const index = lines.findIndex(line => pattern.test(line))
  if (index < 0)
    throw new Error(`no line of slides.md matches ${pattern}`)
  lines[index] = replace(lines[index])
  return lines.join('\n')
}

const lint = (markdown: string) => lintDeck(markdown, 'slides.md', article)

describe('npm run lint names the line of each kind of fault', () => {
  it('half-width punctuation in a slide body', () => {
    const broken = plant(/^[^-#>*\s<].*，/, line => line.replace('，', ','))
    const line = broken.split('\n').findIndex(text => /[^\d],/.test(text) && !text.startsWith(' ')) + 1
    expect(lint(broken)).toMatchObject([{ rule: 'typesetting', line }])
  })

  it('a number written another way, in a frontmatter label', () => {
    const broken = plant(/^ {4}label: /, line => `${line} 1,500`)
    expect(lint(broken)).toMatchObject([{ rule: 'typesetting', line: lineOf(broken, ' 1,500') }])
  })

  it('a quotation that is not word for word', () => {
    const broken = plant(/^> “.{6,}”$/, line => line.replace('“', '“据说'))
    expect(lint(broken)).toMatchObject([{ rule: 'quotation', line: lineOf(broken, '> “据说'), message: expect.stringContaining('引语与原文不一致') }])
  })

  it('words in “ ” that the article does not have, in a body, in notes and in a frontmatter field', () => {
    const paraphrase = plant(/^# .*[^“]$/, line => `${line}“文章大意如此”`)
    expect(lint(paraphrase)).toMatchObject([{ rule: 'quotation', line: lineOf(paraphrase, '“文章大意如此”'), message: expect.stringContaining('文章大意如此') }])
    const spaced = plant(/开放合作共享未来/, line => line.replace('开放合作共享未来', '开放合作 共享未来'))
    expect(lint(spaced)).toMatchObject([{ rule: 'quotation', line: lineOf(spaced, '开放合作 共享未来'), message: expect.stringContaining('开放合作 共享未来') }])
    const inNotes = plant(/^- .*。$/, line => `${line}他说“这是编的”。`)
    expect(lint(inNotes)).toMatchObject([{ rule: 'quotation', line: lineOf(inNotes, '这是编的') }])
    const inField = plant(/^ {4}label: /, line => `${line}“不是原文”`)
    expect(lint(inField)).toMatchObject([{ rule: 'quotation', line: lineOf(inField, '“不是原文”') }])
  })

  it('accepts the deck\'s own labels in “ ”: a chart label, a source, the derived mark', () => {
    const labels = plant(/^- .*。$/, line => `${line}见“钛媒体文中数据”和“推算”。`)
    expect(lint(labels)).toEqual([])
  })

  it('timing cues that add up to more than the headmatter\'s duration, at the last cue', () => {
    const short = deck.replace(/^duration: .*$/m, 'duration: 19min')
    const lastCue = short.split('\n').findLastIndex(line => line.startsWith('计时：')) + 1
    expect(lint(short)).toMatchObject([{ rule: 'timing', line: lastCue, message: expect.stringContaining('超过 duration: 19min（19:00）') }])
    expect(lint(deck.replace(/^duration: .*$/m, 'duration: 1h'))).toEqual([])
  })

  it('a blockquote without its attribution', () => {
    const attribution = deck.split('\n').find(line => line.startsWith('> —— '))!
    const broken = deck.replace(`>\n${attribution}\n`, '')
    const quoteLine = broken.split('\n').findIndex((line, index, lines) => line.startsWith('> “') && !lines[index - 1].startsWith('>')) + 1
    expect(lint(broken)).toContainEqual(expect.objectContaining({ rule: 'quotation', line: quoteLine, message: expect.stringContaining('缺少出处') }))
  })

  it('a timing cue whose running total is off, and one that is missing', () => {
    const offTotal = plant(/^计时：约 \d+ 秒（累计 /, line => line.replace(/（累计 (\d+):(\d\d)）/, (_, m, s) => `（累计 ${m}:${String((Number(s) + 1) % 60).padStart(2, '0')}）`))
    const firstCue = offTotal.split('\n').findIndex(line => line.startsWith('计时：')) + 1
    expect(lint(offTotal)).toMatchObject([{ rule: 'timing', line: firstCue, message: expect.stringContaining('累计应为') }])
    const missing = plant(/^计时：/, () => '这里忘了写时间')
    expect(lint(missing)).toMatchObject([{ rule: 'timing', line: lineOf(missing, '这里忘了写时间'), message: expect.stringContaining('缺少计时提示') }])
  })

  it('chart data: zod\'s message at the line of the field', () => {
    const broken = plant(/^ {4}unit: '%'$/, () => '    unit: 百分比')
    expect(lint(broken)).toMatchObject([{ rule: 'chart', line: lineOf(broken, 'unit: 百分比'), column: 11, message: expect.stringContaining('chart.series.unit') }])
  })

  it('figure data: a missing source at its figure', () => {
    const figures = deck.indexOf('\nfigures:\n')
    const source = deck.indexOf('\n    source: ', figures)
    const broken = `${deck.slice(0, source)}${deck.slice(deck.indexOf('\n', source + 1))}`
    const figureLine = broken.slice(0, figures + 1).split('\n').length + 1
    expect(lint(broken)).toMatchObject([{ rule: 'figures', line: figureLine, message: expect.stringContaining('figures[0].source') }])
  })

  it('an unknown layout, at its layout: line', () => {
    const broken = plant(/^layout: tiles$/, () => 'layout: tile')
    expect(lint(broken)).toMatchObject([{ rule: 'layout', line: lineOf(broken, 'layout: tile'), column: 9, message: expect.stringContaining('未知的版式「tile」') }])
  })

  it('a layout without what it needs: cards with no list, a chart with no chart:', () => {
    const noList = plant(/^layout: statement$/, () => 'layout: cards')
    expect(lint(noList)).toContainEqual(expect.objectContaining({ rule: 'layout', message: expect.stringContaining('需要一个项目列表') }))
    const noChart = plant(/^layout: statement$/, () => 'layout: chart')
    expect(lint(noChart)).toContainEqual(expect.objectContaining({ rule: 'chart', message: expect.stringContaining('缺少 chart 数据块') }))
  })

  it('more items than the layout\'s grid holds, at the list', () => {
    const tiles = deck.indexOf('layout: tiles')
    const list = deck.indexOf('\n1. ', tiles) + 1
    const broken = `${deck.slice(0, list)}${Array.from({ length: 7 }, (_, i) => `${i + 1}. 第 ${i + 1} 项`).join('\n')}\n${deck.slice(list).replace(/^(?:\d+\. .*\n)+/, '')}`
    expect(lint(broken)).toContainEqual(expect.objectContaining({ rule: 'layout', line: lineOf(broken, '1. 第 1 项'), message: expect.stringContaining('这里有 7 项') }))
  })

  it('HTML in a slide body', () => {
    const broken = plant(/^# /, line => `${line}\n\n<div class="card">卡片</div>`)
    expect(lint(broken)).toMatchObject([{ rule: 'markdown', line: lineOf(broken, '<div class="card">') }])
  })
})

describe('the lint command', () => {
  const folder = mkdtempSync(join(tmpdir(), 'deck-lint-'))
  const write = (name: string, text: string) => {
    writeFileSync(join(folder, name), text)
    return name
  }

  it('checks slides.md by default and exits 0 on the deck', () => {
    expect(runLint([], resolve(DECK_PATH, '..'))).toEqual({ code: 0, out: [], err: [] })
  })

  it('prints FILE:LINE:COL message (rule) and exits 1 on a problem', () => {
    const file = write('broken.md', plant(/^layout: tiles$/, () => 'layout: tile'))
    const result = runLint([file], folder)
    expect(result.code).toBe(1)
    expect(result.out).toEqual([expect.stringMatching(new RegExp(`^broken\\.md:${lineOf(readFileSync(join(folder, file), 'utf8'), 'layout: tile')}:9 .*未知的版式.* \\(layout\\)$`))])
  })

  it('answers bad input with one line and exit 2: a missing file, a file that is not a deck, a frontmatter that is not YAML', () => {
    const results = [
      runLint(['missing.md'], folder),
      runLint([write('notes.md', 'just some words\n')], folder),
      runLint([write('bad-yaml.md', '---\ntitle: [unclosed\n---\n\n# 标题\n')], folder),
      runLint(['--frobnicate'], folder),
    ]
    for (const result of results) {
      expect(result.code).toBe(2)
      expect(result.out).toEqual([])
      expect(result.err).toHaveLength(1)
      expect(result.err[0]).not.toMatch(/\n|at .*\.ts:\d+/)
    }
    expect(results.map(result => result.err[0])).toEqual([
      expect.stringContaining('找不到文件 missing.md'),
      expect.stringContaining('不是演示稿'),
      expect.stringContaining('不是有效的 YAML'),
      expect.stringContaining('用法'),
    ])
  })

  it('--fix rewrites the running totals after a slide is inserted, and nothing else', () => {
    const second = deck.indexOf('\n---\n', deck.indexOf('\n---\n', 4) + 5)
    const inserted = `${deck.slice(0, second)}\n---\nid: new-slide\nlayout: statement\ntitle: 新的一页\nsection: 开篇\n---\n\n# 新的一页\n\n**新加的一页，只写本页时间**\n\n<!--\n- 要点\n\n计时：约 40 秒\n-->\n${deck.slice(second)}`
    const file = write('inserted.md', inserted)
    expect(runLint([file], folder).out.filter(line => line.includes('(timing)')).length).toBeGreaterThan(5)
    const wrongTotals = lint(inserted).filter(problem => problem.message.includes('累计应为'))
    const result = runLint([file, '--fix'], folder)
    const fixed = readFileSync(join(folder, file), 'utf8')
    expect(fixed.replace(/（累计 \d+:\d\d）/g, '')).toBe(inserted.replace(/（累计 \d+:\d\d）/g, ''))
    expect(fixed).toContain('（累计 20:40）')
    // One line per rewrite, at the total it rewrote, in the lint's FILE:LINE:COL form.
    const rewrites = result.out.filter(line => line.endsWith('(timing --fix)'))
    expect(rewrites.map(line => Number(line.split(':')[1]))).toEqual(wrongTotals.map(problem => problem.line))
    for (const line of rewrites) {
      const [, lineNo, column] = /^inserted\.md:(\d+):(\d+) 已改写：累计 \d+:\d\d → (\d+:\d\d) \(timing --fix\)$/.exec(line) ?? []
      expect(fixed.split('\n')[Number(lineNo) - 1].slice(Number(column) - 1)).toMatch(/^（累计 \d+:\d\d）/)
    }
    // What is left: the talk now runs over the headmatter's duration, said at the last cue.
    expect(result.code).toBe(1)
    expect(result.out.filter(line => !line.endsWith('(timing --fix)'))).toEqual([
      `inserted.md:${fixed.split('\n').findLastIndex(line => line.startsWith('计时：')) + 1}:1 各页计时合计 20:40，超过 duration: 20min（20:00）：缩短几页的时间，或改第 1 页的 duration (timing)`,
    ])
    expect(runLint([file, '--fix'], folder).out.filter(line => line.endsWith('(timing --fix)'))).toEqual([])
  })
})

describe('durationSeconds reads Slidev\'s duration', () => {
  it('in minutes, hours and seconds, or a number of minutes', () => {
    expect(['20min', '1h30min', '90m', '45s', 20].map(durationSeconds)).toEqual([1200, 5400, 5400, 45, 1200])
  })

  it('and nothing it cannot read', () => {
    expect(['', 'twenty minutes', '20 parsecs', 0, undefined].map(durationSeconds)).toEqual([undefined, undefined, undefined, undefined, undefined])
  })
})

describe('the layouts', () => {
  it('are the files in layouts/, each with its contract', () => {
    const files = readdirSync(resolve(DECK_PATH, '../layouts')).filter(name => name.endsWith('.vue')).map(name => name.slice(0, -4))
    expect([...files].sort()).toEqual([...LAYOUT_NAMES].sort())
  })
})
