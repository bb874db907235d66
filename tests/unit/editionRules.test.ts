import { describe, expect, it } from 'vitest'
import { readDeckFile } from '../../scripts/lint/deckFile'
import { LINT_WORDS } from '../../scripts/lint/lintWords'
import { editionProblems, englishProblemsIn, englishTypesettingProblems, idProblems, structureProblems } from '../../scripts/lint/translation/editionRules'

/**
 * The translation rules on small decks written here: a source (slides.md)
 * and its translation (slides.en.md), each slide given as its frontmatter
 * lines, body lines and notes lines.
 */
interface SlideSpec {
  fm?: string[]
  body?: string[]
  notes?: string[]
}

const deck = (slides: SlideSpec[]) => slides.map(({ fm = [], body = [], notes }) =>
  ['---', ...fm, '---', '', ...body, ...notes ? ['', '<!--', ...notes, '-->'] : [], ''].join('\n')).join('\n')

/** A slide with an id (or none) and a heading. */
const titled = (id: string | undefined, title = id ?? 'untitled', more: SlideSpec = {}): SlideSpec => ({
  fm: [...id === undefined ? [] : [`id: ${id}`], `title: ${title}`, ...more.fm ?? []],
  body: [`# ${title}`, ...more.body ?? []],
  notes: more.notes,
})

const lineOf = (markdown: string, needle: string, from = 0) => markdown.split('\n').findIndex((line, index) => index >= from && line.includes(needle)) + 1

const problemsOf = (en: string, zh: string) => editionProblems(readDeckFile(en, 'slides.en.md'), readDeckFile(zh, 'slides.md'), LINT_WORDS.en)
const messagesOf = (en: string, zh: string) => problemsOf(en, zh).map(problem => problem.message)

describe('pairing a translation with its source by id', () => {
  it('passes a translation whose slides have the source\'s ids in the source\'s order', () => {
    const zh = deck([titled('cover'), titled('a'), titled('b')])
    const en = deck([titled('cover'), titled('a'), titled('b')])
    expect(problemsOf(en, zh)).toEqual([])
  })

  it('names a cover that takes another id than the source\'s cover, at its id line; a cover without an id, or a source cover without one, is not named', () => {
    const zh = deck([titled('cover'), titled('a')])
    const en = deck([titled('intro'), titled('a')])
    expect(problemsOf(en, zh)).toEqual([{ slide: 1, line: 2, column: 1, rule: 'edition', message: 'Slide 1 (“intro”) is the cover: it pairs with slide 1 of slides.md, and takes no other slide’s id' }])
    expect(problemsOf(deck([titled(undefined, 'Cover'), titled('a')]), zh)).toEqual([])
    expect(problemsOf(en, deck([titled(undefined, 'Cover'), titled('a')]))).toEqual([])
  })

  it('names a slide without an id at its first line, suggesting the id of the untranslated source slide after the previous pair', () => {
    const zh = deck([titled('cover'), titled('a'), titled('b'), titled('c')])
    const en = deck([titled('cover'), titled('a'), titled(undefined, 'B'), titled(undefined, 'B again'), titled('c')])
    const startOf = (title: string) => lineOf(en, `title: ${title}`) - 1
    expect(problemsOf(en, zh).filter(problem => /has no id/.test(problem.message))).toEqual([
      { slide: 3, line: startOf('B'), column: 1, rule: 'edition', message: 'Slide 3 (“B”) has no id: the editions pair their slides by id, so every slide has one (here, id: b)' },
      // The slide before it pairs with nothing: the suggestion is the one after the last slide that pairs.
      { slide: 4, line: startOf('B again'), column: 1, rule: 'edition', message: 'Slide 4 (“B again”) has no id: the editions pair their slides by id, so every slide has one (here, id: b)' },
    ])
  })

  it('suggests no id when the source slide after the previous pair is translated already', () => {
    const zh = deck([titled('cover'), titled('a'), titled('b')])
    const en = deck([titled('cover'), titled('a'), titled('b'), titled(undefined, 'Extra')])
    expect(messagesOf(en, zh)).toEqual(['Slide 4 (“Extra”) has no id: the editions pair their slides by id, so every slide has one'])
  })

  it('names an id the source does not have and an id repeated, each at its id line, and the source slide left untranslated', () => {
    const zh = deck([titled('cover'), titled('a'), titled('b')])
    const en = deck([titled('cover'), titled('a'), titled('a', 'Again'), titled('zzz')])
    const problems = problemsOf(en, zh)
    expect(problems).toEqual([
      { slide: 4, line: lineOf(en, 'id: zzz'), column: 1, rule: 'edition', message: 'Slide 4 (“zzz”) has the id “zzz”, which slides.md does not have: delete the slide, or give it the id of the slide it translates' },
      { slide: 3, line: lineOf(en, 'id: a', lineOf(en, 'id: a')), column: 1, rule: 'edition', message: 'Slide 3 (“Again”) repeats the id “a” of slide 2: each slide has its own id' },
      expect.objectContaining({ rule: 'edition', message: 'slides.md has a slide with no translation here: its slide 3 (id: b). Add it after the slide with id a' }),
    ])
  })

  it('names a slide out of order, with the source slide it comes after, or the cover', () => {
    const zh = deck([titled('cover'), titled('a'), titled('b'), titled('c')])
    const swapped = deck([titled('cover'), titled('a'), titled('c'), titled('b')])
    expect(problemsOf(swapped, zh)).toEqual([{ slide: 4, line: lineOf(swapped, 'id: b'), column: 1, rule: 'edition', message: 'Slide 4 (“b”) is out of order: in slides.md it comes after the slide with id a' }])
    const first = deck([titled('cover'), titled('b'), titled('a'), titled('c')])
    expect(messagesOf(first, zh)).toEqual(['Slide 3 (“a”) is out of order: in slides.md it comes right after the cover'])
  })

  it('names an untranslated source slide at the last line of the slide it belongs after, or at the file\'s last line', () => {
    const zh = deck([titled('cover'), titled('a'), titled('b'), titled('c')])
    const en = deck([titled('cover', 'Cover', { body: ['', 'Words.'] }), titled('b'), titled('c', 'C', { notes: ['- Said.'] })])
    const problems = problemsOf(en, zh)
    expect(problems).toEqual([{ slide: 1, line: lineOf(en, 'id: b') - 2, column: 1, rule: 'edition', message: 'slides.md has a slide with no translation here: its slide 2 (id: a). Add it after the cover' }])
    expect(en.split('\n')[problems[0].line]).toBe('---')
    // After the last slide: its last line, the notes' closing -->.
    const tail = deck([titled('cover'), titled('a', 'A', { notes: ['- Said.', ''] })])
    expect(problemsOf(tail, deck([titled('cover'), titled('a'), titled('b')]))).toEqual([
      { slide: 2, line: lineOf(tail, '-->', lineOf(tail, '- Said.')), column: 1, rule: 'edition', message: 'slides.md has a slide with no translation here: its slide 3 (id: b). Add it after the slide with id a' },
    ])
  })

  it('leaves a source slide without an id to the source\'s own id check', () => {
    const zh = deck([titled('cover'), titled(undefined, '无 id'), titled('b')])
    expect(problemsOf(deck([titled('cover'), titled('b')]), zh)).toEqual([])
  })
})

describe('what a translation writes in its frontmatter', () => {
  it('names each field that belongs in the source, at its line: the cover may write the headmatter\'s text, the other slides may not', () => {
    const zh = deck([titled('cover'), titled('a')])
    const en = deck([
      titled('cover', 'Cover', { fm: ['author: Someone', 'info: About', 'theme: default'] }),
      titled('a', 'A', { fm: ['author: Someone', 'layout: quote'] }),
    ])
    expect(problemsOf(en, zh)).toEqual([
      { slide: 1, line: lineOf(en, 'theme: default'), column: 8, rule: 'edition', message: 'Slide 1 (“Cover”) writes theme, which belongs in slides.md: a translation writes text only (title, titleTemplate, author, keywords, info; id, title, section, and the words of charts and figure cards)' },
      { slide: 2, line: lineOf(en, 'author: Someone', 8), column: 9, rule: 'edition', message: 'Slide 2 (“A”) writes author, which belongs in slides.md: a translation writes text only (id, title, section, and the words of charts and figure cards)' },
      expect.objectContaining({ slide: 2, line: lineOf(en, 'layout: quote'), message: expect.stringContaining('writes layout,') }),
    ])
  })

  it('names the chart\'s, its series\', a derived value\'s and a figure\'s numbers by their path', () => {
    const chart = (extra: string[]) => ['chart:', '  type: bar', '  caption: C', '  labels: [x, y]', '  series:', '    name: S', '    values: [1, 2]', '    derived:', '      - index: 1', '        how: sum', ...extra]
    const zh = deck([titled('cover'), titled('a', 'A', { fm: [...chart([]), 'figures:', '  - value: 3', '    label: F'] })])
    const en = deck([titled('cover'), titled('a', 'A', { fm: ['chart:', '  caption: C', '  labels: [x, y]', '  type: bar', '  series:', '    name: S', '    values: [1, 2]', '    derived:', '      - how: sum', '        index: 1', 'figures:', '  - label: F', '    value: 3'] })])
    expect(problemsOf(en, zh).map(({ line, message }) => [line, message.replace(/, which belongs.*/, '')])).toEqual([
      [lineOf(en, 'type: bar'), 'Slide 2 (“A”) writes chart.type'],
      [lineOf(en, 'values: [1, 2]'), 'Slide 2 (“A”) writes chart.series.values'],
      [lineOf(en, 'index: 1'), 'Slide 2 (“A”) writes chart.series.derived.0.index'],
      [lineOf(en, 'value: 3'), 'Slide 2 (“A”) writes figures.0.value'],
    ])
  })

  it('names labels, derived values and figures that differ in number from the source\'s, and a figure that loses its unit', () => {
    const zh = deck([titled('cover'), titled('a', 'A', { fm: ['chart:', '  labels: [甲, 乙]', '  series:', '    derived:', '      - how: 推算', 'figures:', '  - label: 一', '    unit: 亿元', '  - label: 二'] })])
    const en = deck([titled('cover'), titled('a', 'A', { fm: ['chart:', '  labels: [One]', '  series:', '    derived: []', 'figures:', '  - label: One', '  - label: Two', '    unit: people', '  - label: Three'] })])
    expect(problemsOf(en, zh)).toEqual([
      { slide: 2, line: lineOf(en, 'labels: [One]'), column: 11, rule: 'edition', message: 'Slide 2 (“A”) has 1 chart.labels where the source has 2: translate them one for one' },
      { slide: 2, line: lineOf(en, 'derived: []'), column: 14, rule: 'edition', message: 'Slide 2 (“A”) has 0 chart.series.derived where the source has 1: translate them one for one' },
      { slide: 2, line: lineOf(en, '- label: One'), column: 3, rule: 'edition', message: 'Slide 2 (“A”) has 3 figures where the source has 2: translate them one for one' },
      { slide: 2, line: lineOf(en, '- label: One'), column: 5, rule: 'figures', message: 'Slide 2 (“A”): figures[0] has no unit, but the source’s number has one (亿元): write it in English' },
    ])
  })

  it('counts a list the translation writes where the source has none, and none where neither has one', () => {
    const zh = deck([titled('cover'), titled('a')])
    const en = deck([titled('cover'), titled('a', 'A', { fm: ['figures:', '  - label: One'] })])
    expect(messagesOf(en, zh)).toEqual(['Slide 2 (“A”) has 1 figures where the source has 0: translate them one for one'])
    expect(messagesOf(deck([titled('cover'), titled('a', 'A', { fm: ['chart:', '  caption: C'] })]), zh)).toEqual([])
  })
})

describe('quotations in a translation', () => {
  const quote = ['', '> “大模型改变了科研。”', '>', '> —— 施一公']
  it('names a slide with more or fewer quotations than the source\'s, at its first quotation or its first line', () => {
    const zh = deck([titled('cover'), titled('a', 'A', { body: quote })])
    const two = deck([titled('cover'), titled('a', 'A', { body: ['', '> “One.”', '>', '> — Shi Yigong (our translation)', '', 'Between.', '', '> “Two.”', '>', '> — Shi Yigong (our translation)'] })])
    expect(problemsOf(two, zh)).toEqual([{ slide: 2, line: lineOf(two, '> “One.”'), column: 1, rule: 'quotation', message: 'Slide 2 (“A”) has 2 quotation(s) where the source has 1: each quotation translates one on the same slide of the source' }])
    const none = deck([titled('cover'), titled('a', 'A')])
    expect(problemsOf(none, zh)).toEqual([expect.objectContaining({ line: lineOf(none, '# A') - 1, message: expect.stringContaining('has 0 quotation(s) where the source has 1') })])
  })

  it('names a quotation whose attribution does not end with the translation mark, at the attribution, or at the quotation when it has none', () => {
    const zh = deck([titled('cover'), titled('a', 'A', { body: quote })])
    const marked = (attribution: string[]) => deck([titled('cover'), titled('a', 'A', { body: ['', '> “Big models changed research.”', '>', ...attribution] })])
    expect(problemsOf(marked(['> — Shi Yigong (our translation)  ']), zh)).toEqual([])
    const unmarked = marked(['> — Shi Yigong'])
    expect(problemsOf(unmarked, zh)).toEqual([{ slide: 2, line: lineOf(unmarked, '> — Shi Yigong'), column: 1, rule: 'quotation', message: 'Slide 2 (“A”) quotes a translation: end the attribution line with “(our translation)”, as in > — Name, title (our translation)' }])
    // The last attribution line is the one that carries the mark.
    const twoLines = marked(['> — Shi Yigong (our translation)', '> — Westlake University'])
    expect(problemsOf(twoLines, zh)).toEqual([expect.objectContaining({ line: lineOf(twoLines, 'Westlake') })])
    const bare = marked([])
    expect(problemsOf(bare, zh)).toEqual([expect.objectContaining({ line: lineOf(bare, 'Big models'), message: expect.stringContaining('quotes a translation') })])
  })
})

describe('the body\'s list against the source\'s', () => {
  const slideWith = (markdown: string, path: string) => readDeckFile(markdown, path).slides[1]
  const check = (en: string[], zh: string[]) => {
    const enDeck = deck([titled('cover'), titled('a', 'A', { body: ['', ...en] })])
    return { problems: structureProblems(slideWith(enDeck, 'slides.en.md'), slideWith(deck([titled('cover'), titled('a', 'A', { body: ['', ...zh] })]), 'slides.md'), LINT_WORDS.en), enDeck }
  }

  it('passes a list of the same length and kind, and a slide where either has no list', () => {
    expect(check(['- One', '- Two'], ['- 一', '- 二']).problems).toEqual([])
    expect(check(['Prose.'], ['- 一', '- 二']).problems).toEqual([])
    expect(check(['- One', '- Two'], ['正文。']).problems).toEqual([])
  })

  it('names a list of another length or numbered differently, at the list', () => {
    const { problems, enDeck } = check(['- One'], ['- 一', '- 二'])
    expect(problems).toEqual([{ slide: 2, line: lineOf(enDeck, '- One'), column: 1, rule: 'edition', message: 'Slide 2 (“A”) has a list of 1 items where the source has 2: translate the items one for one' }])
    expect(check(['1. One', '2. Two'], ['- 一', '- 二']).problems.map(problem => problem.message)).toEqual(['Slide 2 (“A”) has a list of 2 items where the source has 2, and numbers it differently: translate the items one for one'])
  })
})

describe('the timing total against the source\'s', () => {
  it('names a total that differs at the last cue, or at the last slide\'s first line when it has no notes', () => {
    const zh = deck([titled('cover', '封面', { notes: ['计时：约 30 秒'] }), titled('a', 'A', { notes: ['计时：约 30 秒'] })])
    const en = deck([titled('cover', 'Cover', { notes: ['Timing: about 30 seconds'] }), titled('a', 'A', { notes: ['Timing: about 20 seconds', '   '] })])
    expect(problemsOf(en, zh)).toEqual([{ slide: 2, line: lineOf(en, 'about 20 seconds'), column: 1, rule: 'timing', message: 'the timing cues add up to 0:50 here and to 1:00 in the source: both editions take the same time' }])
    // A last slide with no cue: the total is the slides' before it.
    const short = deck([titled('cover', 'Cover', { notes: ['Timing: about 30 seconds'] }), titled('a', 'A')])
    expect(problemsOf(short, zh)).toEqual([expect.objectContaining({ slide: 2, line: lineOf(short, 'id: a') - 1, message: expect.stringContaining('add up to 0:30 here') })])
  })

  it('compares no total when either edition has no cue at all', () => {
    const zh = deck([titled('cover'), titled('a')])
    const en = deck([titled('cover', 'Cover', { notes: ['Timing: about 30 seconds'] }), titled('a')])
    expect(problemsOf(en, zh)).toEqual([])
    expect(problemsOf(deck([titled('cover'), titled('a')]), deck([titled('cover', '封面', { notes: ['计时：约 30 秒'] }), titled('a')]))).toEqual([])
  })
})

describe('a source deck\'s ids', () => {
  const ids = (slides: SlideSpec[]) => {
    const markdown = deck(slides)
    return { problems: idProblems(readDeckFile(markdown, 'slides.md'), LINT_WORDS.zh), markdown }
  }

  it('asks nothing of a deck with no ids at all', () => {
    expect(ids([titled(undefined, '封面'), titled(undefined, '一')]).problems).toEqual([])
  })

  it('names a slide without an id once another has one, an id not well formed, and an id repeated, each at its line', () => {
    const { problems, markdown } = ids([titled('cover'), titled(undefined, '一'), titled('Bad_Id'), titled('cover', '又一')])
    expect(problems).toEqual([
      { slide: 2, line: lineOf(markdown, 'title: 一') - 1, column: 1, rule: 'edition', message: '第 2 页「一」没有 id：本稿按 id 与各语言版本逐页配对，每页写一个' },
      { slide: 3, line: lineOf(markdown, 'id: Bad_Id'), column: 5, rule: 'edition', message: '第 3 页「Bad_Id」的 id「Bad_Id」只能用小写英文字母、数字和连字符，如 talent-returnees' },
      { slide: 4, line: lineOf(markdown, 'title: 又一') - 1, column: 5, rule: 'edition', message: '第 4 页「又一」的 id「cover」与第 1 页相同：每页的 id 不同' },
    ])
  })
})

describe('English typesetting', () => {
  it('finds each fault with eight characters of context either side', () => {
    expect(englishProblemsIn('The range 2022-2023 is long enough here')).toEqual([
      { index: 13, rule: 'a range takes an en dash (25–30), not a hyphen', excerpt: 'ange 2022-2023 is l' },
    ])
    expect(englishProblemsIn('“x” 中 y')).toEqual([{ index: 4, rule: 'English text has no Chinese characters or full-width punctuation', excerpt: '“x” 中 y' }])
    expect(englishProblemsIn('It\'s "so"').map(problem => problem.index)).toEqual([2, 5, 8])
  })

  it('takes — and – and a line of dashes, but not a double hyphen', () => {
    expect(englishProblemsIn('Yes — no – maybe ---')).toEqual([])
    expect(englishProblemsIn('Yes—-- no')).toEqual([])
    expect(englishProblemsIn('Yes -- no').map(problem => [problem.index, problem.rule])).toEqual([[4, 'a dash is written — or –, not --']])
    expect(englishProblemsIn('Yes--no').map(problem => problem.index)).toEqual([3])
  })

  it('checks the body, the notes and the frontmatter\'s prose but not its keywords, each at its line and column', () => {
    const markdown = deck([{ fm: ['title: A "title"', 'keywords: 中文, AI'], body: ['# Heading', '', '<span title="中">x</span> and 2-3'], notes: ['Said 中.'] }])
    const slide = readDeckFile(markdown, 'slides.en.md').slides[0]
    expect(englishTypesettingProblems(slide)).toEqual([
      { slide: 1, line: lineOf(markdown, '<span'), column: 2, rule: 'typesetting', message: 'English text has no Chinese characters or full-width punctuation: “ 中 x   and”' },
      { slide: 1, line: lineOf(markdown, '<span'), column: 12, rule: 'typesetting', message: 'a range takes an en dash (25–30), not a hyphen: “x   and 2-3”' },
      { slide: 1, line: lineOf(markdown, 'Said'), column: 6, rule: 'typesetting', message: 'English text has no Chinese characters or full-width punctuation: “Said 中.”' },
      { slide: 1, line: 2, column: 8, rule: 'typesetting', message: 'title: English text takes curly quotes and apostrophes (“ ” ‘ ’): “A "title"”' },
      { slide: 1, line: 2, column: 8, rule: 'typesetting', message: 'title: English text takes curly quotes and apostrophes (“ ” ‘ ’): “A "title"”' },
    ])
  })
})

describe('the edges of the translation rules', () => {
  it('names an id at its own line when the frontmatter opens with another field', () => {
    const zh = deck([titled('cover'), titled('a'), titled('b')])
    const idSecond = (id: string, title: string): SlideSpec => ({ fm: [`title: ${title}`, `id: ${id}`], body: [`# ${title}`] })
    const en = deck([idSecond('intro', 'Cover'), idSecond('zzz', 'Z'), idSecond('zzz', 'Z again'), idSecond('b', 'B'), idSecond('a', 'A')])
    const at = (message: RegExp) => problemsOf(en, zh).find(problem => message.test(problem.message))?.line
    expect(at(/is the cover/)).toBe(lineOf(en, 'id: intro'))
    expect(at(/which slides\.md does not have/)).toBe(lineOf(en, 'id: zzz'))
    expect(at(/repeats the id/)).toBe(lineOf(en, 'id: zzz', lineOf(en, 'id: zzz')))
    expect(at(/is out of order/)).toBe(lineOf(en, 'id: a'))
  })

  it('suggests the source slide after the previous pair, not the first one untranslated', () => {
    const zh = deck([titled('cover'), titled('a'), titled('b'), titled('c')])
    const en = deck([titled('cover'), titled('b'), titled(undefined, 'C')])
    expect(messagesOf(en, zh).filter(message => /has no id/.test(message))).toEqual(['Slide 3 (“C”) has no id: the editions pair their slides by id, so every slide has one (here, id: c)'])
  })

  it('reads a chart or a figure left empty as having no fields', () => {
    const zh = deck([titled('cover'), titled('a', 'A', { fm: ['chart:', '  labels: [甲]'] })])
    const en = deck([titled('cover'), titled('a', 'A', { fm: ['chart:', 'figures:', '  -'] })])
    expect(messagesOf(en, zh)).toEqual([
      'Slide 2 (“A”) has 0 chart.labels where the source has 1: translate them one for one',
      'Slide 2 (“A”) has 1 figures where the source has 0: translate them one for one',
    ])
  })

  it('names a missing quotation at the slide\'s first line when the slide has no body', () => {
    const zh = deck([titled('cover'), titled('a', 'A', { body: ['', '> “一”', '>', '> —— 某人'] })])
    const en = [deck([titled('cover')]), '---', 'id: a', 'title: A', '---', '<!--', '- Said.', '-->', ''].join('\n')
    expect(problemsOf(en, zh)).toEqual([expect.objectContaining({ slide: 2, line: lineOf(en, 'id: a') - 1, rule: 'quotation', message: expect.stringContaining('has 0 quotation(s) where the source has 1') })])
  })

  it('takes as the attribution only a line that opens with > and a dash, with or without a space', () => {
    const zh = deck([titled('cover'), titled('a', 'A', { body: ['', '> “一”', '> “二”', '>', '> —— 某人'] })])
    const quoted = (lines: string[]) => deck([titled('cover'), titled('a', 'A', { body: ['', ...lines] })])
    expect(problemsOf(quoted(['> “One.”', '>— Someone (our translation)']), zh)).toEqual([])
    const arrow = quoted(['> “One.”', '> “Less > — more.”'])
    expect(problemsOf(arrow, zh)).toEqual([expect.objectContaining({ line: lineOf(arrow, '> “One.”'), message: expect.stringContaining('quotes a translation') })])
  })

  it('checks a nested field named keywords: only the headmatter\'s keywords are not prose', () => {
    const markdown = deck([{ fm: ['info:', '  keywords: 中文'] }])
    expect(englishTypesettingProblems(readDeckFile(markdown, 'slides.en.md').slides[0]).map(problem => problem.message)).toEqual(Array.from({ length: 2 }, () => 'info.keywords: English text has no Chinese characters or full-width punctuation: “中文”'))
  })
})
