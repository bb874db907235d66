import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readDeckFile } from '../../scripts/lint/deckFile'
import { lintDeck } from '../../scripts/lint/lintDeck'
import { runLint } from '../../scripts/lint'
import { DECK_PATH } from '../support/deckSource'

const source = readFileSync(DECK_PATH, 'utf8')
const EN_PATH = resolve(DECK_PATH, '../slides.en.md')
const english = readFileSync(EN_PATH, 'utf8')

/** A deck file cut into its slides' lines, by slide id, so a test can add, drop or move a slide and join it again. */
function slidesOf(markdown: string): Array<{ id: string, lines: string[] }> {
  const lines = markdown.split('\n')
  const slides = readDeckFile(markdown, 'deck.md').slides
  return slides.map((slide, index) => ({
    id: String(slide.frontmatter.id),
    lines: lines.slice(slide.startLine - 1, (slides[index + 1]?.startLine ?? lines.length + 1) - 1),
  }))
}
const join_ = (slides: Array<{ lines: string[] }>) => slides.flatMap(slide => slide.lines).join('\n')

/** The English deck with the first line matching `pattern` replaced, failing loudly if none does. */
function plant(pattern: RegExp, replace: (line: string) => string, markdown = english): string {
  const lines = markdown.split('\n')
  const index = lines.findIndex(line => pattern.test(line))
  if (index < 0)
    throw new Error(`no line of slides.en.md matches ${pattern}`)
  lines[index] = replace(lines[index])
  return lines.join('\n')
}

const lineOf = (markdown: string, needle: string) => markdown.split('\n').findIndex(line => line.includes(needle)) + 1
const lint = (markdown: string, sourceMarkdown = source) => lintDeck(markdown, EN_PATH, undefined, sourceMarkdown)
/** The problems a change brings, apart from those the edition has as it stands (told apart by their message, whatever the slide's number). */
const newProblems = (markdown: string, sourceMarkdown = source) => {
  const unnumbered = (message: string) => message.replace(/^Slide \d+/, 'Slide')
  const before = new Set(lint(english).map(problem => unnumbered(problem.message)))
  return lint(markdown, sourceMarkdown).filter(problem => !before.has(unnumbered(problem.message)))
}

/** A slide for both editions: the same id, a statement and its notes, `seconds` long. */
const newSlide = (id: string, lang: 'zh' | 'en', seconds = 10) => lang === 'zh'
  ? `---\nid: ${id}\nlayout: statement\ntitle: 新页 ${id}\nsection: 人才\n---\n\n# 新页\n\n**新加的一页**\n\n<!--\n- 要点。\n\n计时：约 ${seconds} 秒\n-->\n`.split('\n')
  : `---\nid: ${id}\ntitle: "New slide ${id}"\nsection: "Talent"\n---\n\n# A new slide\n\n**A slide just added**\n\n<!--\n- The point.\n\nTiming: about ${seconds} seconds\n-->\n`.split('\n')

const zhSlides = slidesOf(source)
const enSlides = slidesOf(english)
// The middle of the talk: where a translator met the new slides in the issue (the talent section).
const middle = Math.floor(zhSlides.length / 2)
const insertAt = (slides: typeof zhSlides, index: number, ...added: Array<{ id: string, lines: string[] }>) => [...slides.slice(0, index), ...added, ...slides.slice(index)]

describe('the English edition is kept in step with slides.md', () => {
  it('passes as it stands', () => {
    expect(lint(english)).toEqual([])
  })

  it('pairs slides by id: two slides added to the source are named once each, where they belong, and every other slide still pairs', () => {
    const zh = join_(insertAt(zhSlides, middle, { id: 'new-one', lines: newSlide('new-one', 'zh') }, { id: 'new-two', lines: newSlide('new-two', 'zh') }))
    const problems = newProblems(english, zh).filter(problem => problem.rule !== 'timing')
    const before = enSlides[middle - 1]
    // The last line of the slide they follow: the line before the next slide's opening ---.
    const belongs = lineOf(english, `id: ${enSlides[middle].id}`) - 2
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'edition', line: belongs, message: `slides.md has a slide with no translation here: its slide ${middle + 1} (id: new-one). Add it after the slide with id ${before.id}` }),
      expect.objectContaining({ rule: 'edition', line: belongs, message: `slides.md has a slide with no translation here: its slide ${middle + 2} (id: new-two). Add it after the slide with id new-one` }),
    ])
    // The translator adds them, and the files are in step again (their running totals, both over by the new slides' time, are --fix's to rewrite).
    const en = join_(insertAt(enSlides, middle, { id: 'new-one', lines: newSlide('new-one', 'en') }, { id: 'new-two', lines: newSlide('new-two', 'en') }))
    expect(newProblems(en, zh).filter(problem => problem.rule !== 'speaking' && problem.rule !== 'timing')).toEqual([])
  })

  it('names a slide dropped from the translation, one the source does not have, one without an id and one out of order, each once', () => {
    const dropped = join_(enSlides.filter((_, index) => index !== middle))
    expect(newProblems(dropped).filter(problem => problem.rule === 'edition').map(problem => problem.message)).toEqual([expect.stringContaining(`(id: ${enSlides[middle].id}). Add it after the slide with id ${enSlides[middle - 1].id}`)])
    const unknown = plant(new RegExp(`^id: ${enSlides[middle].id}$`), () => 'id: not-in-the-source')
    expect(newProblems(unknown).filter(problem => problem.rule === 'edition')).toEqual(expect.arrayContaining([
      expect.objectContaining({ line: lineOf(unknown, 'id: not-in-the-source'), message: expect.stringContaining('has the id “not-in-the-source”, which slides.md does not have') }),
    ]))
    const noId = plant(new RegExp(`^id: ${enSlides[middle].id}$`), () => '# no id here')
    expect(newProblems(noId).filter(problem => problem.rule === 'edition').map(problem => problem.message)).toEqual(expect.arrayContaining([expect.stringContaining(`has no id: the editions pair their slides by id, so every slide has one (here, id: ${enSlides[middle].id})`)]))
    const swapped = join_([...enSlides.slice(0, middle), enSlides[middle + 1], enSlides[middle], ...enSlides.slice(middle + 2)])
    expect(newProblems(swapped).filter(problem => problem.rule === 'edition').map(problem => problem.message)).toEqual([expect.stringContaining(`is out of order: in slides.md it comes after the slide with id ${enSlides[middle - 1].id}`)])
  })

  it('tells a translator every problem in English', () => {
    const broken = join_([
      ...enSlides.slice(0, 2).map(slide => ({ lines: slide.lines.map(line => line.replace(/^title: (.*)$/, 'title: $1\nlayout: quote')) })),
      ...enSlides.slice(3).map(slide => ({ lines: slide.lines.map(line => line.replace(/^Timing: about (\d+) seconds/, 'Timing: about 0 seconds')) })),
      { lines: newSlide('new-one', 'en') },
    ])
    const messages = lint(broken).map(problem => problem.message)
    expect(messages.length).toBeGreaterThan(10)
    expect(messages.filter(message => /\p{Script=Han}|[\u3000-\u303F\uFF00-\uFFEF]/u.test(message))).toEqual([])
  })

  it('names, at its line, a layout or a number written in the translation: they live in slides.md', () => {
    const withLayout = plant(/^title: /, line => `${line}\nlayout: quote`, join_(enSlides.slice(0, 2)) === '' ? english : english.replace(/\n---\n/, '\n---\n'))
    const problems = lint(withLayout)
    expect(problems).toContainEqual(expect.objectContaining({ line: lineOf(withLayout, 'layout: quote'), rule: 'edition', message: expect.stringContaining('writes layout, which belongs in slides.md') }))
    const withValues = plant(/^ {4}unit: /, line => `${line}\n    values: [1, 2]`)
    expect(lint(withValues)).toContainEqual(expect.objectContaining({ line: lineOf(withValues, 'values: [1, 2]'), message: expect.stringContaining('writes chart.series.values, which belongs in slides.md') }))
  })

  it('names a chart whose labels no longer match the source\'s, and a missing text at the chart, in English', () => {
    const fewer = plant(/^ {2}labels: \[/, () => '  labels: ["One"]')
    expect(lint(fewer).map(problem => problem.message)).toEqual(expect.arrayContaining([expect.stringMatching(/has 1 chart\.labels where the source has \d+/)]))
    const noCaption = plant(/^ {2}caption: /, () => '')
    expect(lint(noCaption)).toContainEqual(expect.objectContaining({ rule: 'chart', message: expect.stringContaining('chart.caption needs its text in this edition') }))
  })

  it('names a timing cue missing, and totals that run longer or shorter than the source\'s', () => {
    const noCue = plant(/^Timing: about \d+ seconds/, () => '')
    expect(lint(noCue)).toContainEqual(expect.objectContaining({ rule: 'timing', message: expect.stringContaining('the notes have no timing cue') }))
    const last = english.split('\n').findLast(line => line.startsWith('Timing: '))!
    const seconds = Number(/about (\d+)/.exec(last)![1])
    for (const changed of [seconds + 10, seconds - 5]) {
      const edited = plant(new RegExp(`^${last.replace(/[()]/g, '\\$&')}$`), () => `Timing: about ${changed} seconds`)
      expect(lint(edited)).toContainEqual(expect.objectContaining({ rule: 'timing', line: edited.split('\n').findLastIndex(line => line.startsWith('Timing: ')) + 1, message: expect.stringMatching(/the timing cues add up to \d+:\d\d here and to 20:00 in the source/) }))
    }
  })

  it('names a quotation not marked as a translation, and one more or fewer than the source\'s', () => {
    const unmarked = plant(/^> — .*\(our translation\)$/, line => line.replace(' (our translation)', ''))
    expect(lint(unmarked)).toContainEqual(expect.objectContaining({ rule: 'quotation', message: expect.stringContaining('(our translation)') }))
    const extra = plant(/^# /, line => `${line}\n\n> “An added quotation.”\n>\n> — Somebody (our translation)`)
    expect(lint(extra).map(problem => problem.message)).toEqual(expect.arrayContaining([expect.stringMatching(/has \d+ quotation\(s\) where the source has \d+/)]))
  })

  it('names quotation marks round words the source slide does not quote', () => {
    const slide = readDeckFile(source, 'slides.md').slides.find(slide => slide.no > 1 && !slide.notes.some(({ text }) => /[“「《]/.test(text)))!
    const id = String(slide.frontmatter.id)
    const at = lineOf(english, `id: ${id}`)
    const lines = english.split('\n')
    const notes = lines.findIndex((line, index) => index > at && line.startsWith('<!--'))
    lines.splice(notes + 1, 0, '- As they put it, “a paraphrase in quotation marks”.')
    const planted = lines.join('\n')
    expect(newProblems(planted).filter(problem => problem.rule !== 'speaking')).toEqual([expect.objectContaining({ rule: 'quotation', line: notes + 2, message: expect.stringContaining('notes put 1 passage(s) in quotation marks, but the same part of the source slide quotes 0') })])
  })

  it('names a name in another form than the style sheet\'s, and a person the source slide names whom the translation drops', () => {
    const reversed = plant(/Shi Yigong/, line => line.replace('Shi Yigong', 'Yigong Shi'))
    expect(newProblems(reversed)).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'names', line: lineOf(reversed, 'Yigong Shi'), message: expect.stringContaining('writes “Yigong Shi”: the edition writes Shi Yigong throughout') })]))
    const id = String(readDeckFile(source, 'slides.md').slides.find(slide => slide.no > 1 && slide.body.some(({ text }) => text.includes('朱嘉明')))!.frontmatter.id)
    const chunk = enSlides.find(slide => slide.id === id)!
    const dropped = join_(enSlides.map(slide => slide === chunk ? { lines: slide.lines.map(line => line.replace(/Zhu Jiaming|Zhu/g, 'the speaker')) } : slide))
    expect(newProblems(dropped).filter(problem => problem.rule === 'names').map(problem => problem.message)).toEqual([expect.stringContaining('never names Zhu Jiaming, whom the source slide names')])
    // Told in English only: a translator who reads no Chinese can act on it.
    expect(newProblems(dropped).filter(problem => /\p{Script=Han}/u.test(problem.message))).toEqual([])
  })

  it('names English typesetting faults: Chinese or full-width characters, straight quotes, a hyphen in a range', () => {
    const faults = plant(/^# /, () => '# How could "OpenAI" in 2022-2023 surpass 微软？')
    const messages = lint(faults).filter(problem => problem.rule === 'typesetting').map(problem => problem.message)
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringContaining('curly quotes'),
      expect.stringContaining('en dash'),
      expect.stringContaining('no Chinese characters or full-width punctuation'),
    ]))
  })
})

describe('npm run lint -- --fix', () => {
  const folder = mkdtempSync(join(tmpdir(), 'lint-fix-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('rewrites the running totals of every edition, each told in its own language', () => {
    const stale = (markdown: string) => markdown.replace(/（累计 \d+:\d\d）/, '（累计 0:01）').replace(/\(running total \d+:\d\d\)/, '(running total 0:01)')
    writeFileSync(join(folder, 'slides.md'), stale(source))
    writeFileSync(join(folder, 'slides.en.md'), stale(english))
    const { out } = runLint(['--fix'], folder)
    expect(out.filter(line => line.endsWith('(timing --fix)'))).toEqual([
      expect.stringMatching(/^slides\.md:\d+:\d+ 已改写：累计 0:01 → \d+:\d\d \(timing --fix\)$/),
      expect.stringMatching(/^slides\.en\.md:\d+:\d+ rewrote the running total 0:01 → \d+:\d\d \(timing --fix\)$/),
    ])
    expect(readFileSync(join(folder, 'slides.md'), 'utf8')).toBe(source)
    expect(readFileSync(join(folder, 'slides.en.md'), 'utf8')).toBe(english)
  })
})
