import { describe, expect, it } from 'vitest'
import { DeckReadError, readDeckFile } from '../../scripts/lint/deckFile'

/** The text of each line, without its number. */
const texts = (lines: Array<{ text: string }>) => lines.map(({ text }) => text)

describe('readDeckFile reads each slide with the lines it stands on', () => {
  const markdown = [
    '---', // 1
    'title: 封面', // 2
    'layout: cover', // 3
    '---', // 4
    '', // 5
    '# 封面标题', // 6
    '', // 7
    '---', // 8
    'layout: statement', // 9
    '---', // 10
    '', // 11
    '# 第二页的标题', // 12
    '', // 13
    '**主张**', // 14
    '', // 15
    '---', // 16
    '', // 17
    '正文，没有标题', // 18
    '',
  ].join('\n')
  // Read in each test, not while the tests are collected: a fault in reading then fails a test rather than the file.
  const read = () => readDeckFile(markdown, 'talk.md')

  it('numbers the slides from 1, each at the line of its opening --- (the line after it when it has no frontmatter, as Slidev counts)', () => {
    const { path, slides } = read()
    expect(path).toBe('talk.md')
    expect(slides.map(slide => [slide.no, slide.startLine])).toEqual([[1, 1], [2, 8], [3, 17]])
  })

  it('takes the title from the frontmatter, else from the # heading, else none', () => {
    const { slides } = read()
    expect(slides.map(slide => slide.title)).toEqual(['封面', '第二页的标题', ''])
  })

  it('gives the layout the author wrote, and none where there is none', () => {
    const { slides } = read()
    expect(slides.map(slide => slide.layout)).toEqual(['cover', 'statement', undefined])
  })

  it('gives each body line its line number in the file', () => {
    const { slides } = read()
    expect(slides[1].body).toEqual([{ line: 11, text: '' }, { line: 12, text: '# 第二页的标题' }, { line: 13, text: '' }, { line: 14, text: '**主张**' }, { line: 15, text: '' }])
    expect(slides[2].body.find(({ text }) => text.startsWith('正文'))).toEqual({ line: 18, text: '正文，没有标题' })
  })

  it('reads a layout that is not a string as no layout, and keeps it in the frontmatter', () => {
    const [slide] = readDeckFile('---\nlayout: 3\n---\n\n# 标题\n', 'talk.md').slides
    expect(slide.layout).toBeUndefined()
    expect(slide.frontmatter).toEqual({ layout: 3 })
  })

  it('takes a title that is not a string as its text', () => {
    expect(readDeckFile('---\ntitle: 2026\n---\n\n# 别的\n', 'talk.md').slides[0].title).toBe('2026')
  })
})

describe('readDeckFile splits a slide into its body and its notes', () => {
  const slideOf = (body: string) => readDeckFile(`---\nlayout: statement\n---\n\n${body}`, 'talk.md').slides[0]

  it('takes the last <!-- --> block as the notes, without its marks, each line at its number', () => {
    const slide = slideOf('# 标题\n\n<!--\n要点\n计时：约 10 秒\n-->\n')
    expect(slide.body).toEqual([{ line: 4, text: '' }, { line: 5, text: '# 标题' }, { line: 6, text: '' }])
    expect(slide.notes).toEqual([{ line: 7, text: '' }, { line: 8, text: '要点' }, { line: 9, text: '计时：约 10 秒' }, { line: 10, text: '' }])
  })

  it('reads a one-line comment as one line of notes', () => {
    const slide = slideOf('# 标题\n\n<!-- 一句备注 -->\n')
    expect(texts(slide.notes)).toEqual([' 一句备注 '])
    expect(texts(slide.body)).toEqual(['', '# 标题', ''])
  })

  it('finds the marks with spaces around them, and blank lines after the notes', () => {
    const slide = slideOf('# 标题\n\n  <!-- 开头\n结尾 -->  \n\n  \n')
    expect(texts(slide.notes)).toEqual(['   开头', '结尾   '])
    expect(texts(slide.body)).toEqual(['', '# 标题', ''])
  })

  it('takes only the last of two comments as the notes', () => {
    const slide = slideOf('# 标题\n<!-- 写作时的提醒 -->\n正文\n<!--\n备注\n-->\n')
    expect(texts(slide.notes)).toEqual(['', '备注', ''])
    expect(texts(slide.body)).toEqual(['', '# 标题', '<!-- 写作时的提醒 -->', '正文'])
  })

  it('has no notes when text follows the last comment', () => {
    const slide = slideOf('# 标题\n<!-- 提醒 -->\n正文\n')
    expect(slide.notes).toEqual([])
    expect(texts(slide.body)).toEqual(['', '# 标题', '<!-- 提醒 -->', '正文', ''])
  })

  it('has no notes when a comment closes that never opened', () => {
    const slide = slideOf('# 标题\n正文 -->\n')
    expect(slide.notes).toEqual([])
    expect(texts(slide.body)).toEqual(['', '# 标题', '正文 -->', ''])
  })

  it('has no notes when a comment opens only after the last close', () => {
    const slide = slideOf('# 标题\n正文 -->\n<!-- 没有结尾\n')
    expect(slide.notes).toEqual([])
  })

  it('reads a comment on the slide\'s first line as its notes', () => {
    const [slide] = readDeckFile('---\nlayout: statement\n---\n<!-- 只有备注 -->\n', 'talk.md').slides
    expect(slide.notes).toEqual([{ line: 4, text: ' 只有备注 ' }])
    expect(slide.body).toEqual([])
  })

  it('keeps a body of blank lines whole', () => {
    const [, blank] = readDeckFile('# 标题\n\n---\nlayout: statement\n---\n\n\n', 'talk.md').slides
    expect(blank.notes).toEqual([])
    expect(blank.body).toEqual([{ line: 6, text: '' }, { line: 7, text: '' }, { line: 8, text: '' }])
  })

  it('has no notes and the whole body when there is no comment', () => {
    const slide = slideOf('# 标题\n\n正文\n')
    expect(slide.notes).toEqual([])
    expect(texts(slide.body)).toEqual(['', '# 标题', '', '正文', ''])
  })
})

describe('a slide\'s fieldPosition names the line and column of a frontmatter field', () => {
  const markdown = [
    '---', // 1
    'title: 图表', // 2
    'chart:', // 3
    '  series:', // 4
    '    values:', // 5
    '      - 10', // 6
    '      - 20', // 7
    '      - 30', // 8
    '---', // 9
    '', // 10
    '# 图表', // 11
    '', // 12
    '---', // 13
    '', // 14
    '# 没有 frontmatter', // 15
    '',
  ].join('\n')
  const read = () => readDeckFile(markdown, 'talk.md').slides

  it('at the field\'s value, down to a list item', () => {
    const [chart] = read()
    expect(chart.fieldPosition(['chart', 'series', 'values', 2])).toEqual({ line: 8, column: 9 })
    expect(chart.fieldPosition(['chart', 'series', 'values'])).toEqual({ line: 6, column: 7 })
    expect(chart.fieldPosition(['chart', 'series'])).toEqual({ line: 5, column: 5 })
    expect(chart.fieldPosition(['title'])).toEqual({ line: 2, column: 8 })
  })

  it('at the nearest field that exists, when the field is missing', () => {
    const [chart] = read()
    expect(chart.fieldPosition(['chart', 'series', 'labels', 0])).toEqual({ line: 5, column: 5 })
    expect(chart.fieldPosition(['chart', 'series', 'values', 7])).toEqual({ line: 6, column: 7 })
  })

  it('at the frontmatter\'s first line, when no part of the path exists or the path is empty', () => {
    const [chart] = read()
    expect(chart.fieldPosition(['figures', 0])).toEqual({ line: 2, column: 1 })
    expect(chart.fieldPosition([])).toEqual({ line: 2, column: 1 })
  })

  it('at the frontmatter\'s first line, a comment, when the field is missing', () => {
    const [first] = readDeckFile('---\n# 作者的注释\n\nlayout: cover\n---\n\n# 封面\n', 'talk.md').slides
    expect(first.fieldPosition(['layout'])).toEqual({ line: 4, column: 9 })
    expect(first.fieldPosition(['title'])).toEqual({ line: 2, column: 1 })
  })

  it('just after the opening --- of a slide that has no frontmatter', () => {
    const [, plain] = read()
    expect(plain.fieldPosition(['layout'])).toEqual({ line: 15, column: 1 })
  })

  it('at the first line of a file that opens without ---', () => {
    const [first] = readDeckFile('# 标题\n\n正文\n', 'talk.md').slides
    expect(first.fieldPosition(['layout'])).toEqual({ line: 1, column: 1 })
    // Even when that line ends with dashes.
    const [dashed] = readDeckFile('# 从前---\n\n正文\n', 'talk.md').slides
    expect(dashed.fieldPosition(['layout'])).toEqual({ line: 1, column: 1 })
  })

  it('in a frontmatter written as a ```yaml block at the top of the file', () => {
    const [first] = readDeckFile('```yaml\nlayout: cover\ntitle: 封面\n```\n\n# 封面\n', 'talk.md').slides
    expect(first.layout).toBe('cover')
    expect(first.fieldPosition(['title'])).toEqual({ line: 3, column: 8 })
    expect(first.fieldPosition(['layout'])).toEqual({ line: 2, column: 9 })
  })
})

describe('readDeckFile refuses a file that is not a deck, in the file\'s language', () => {
  const failure = (markdown: string, path: string) => {
    try {
      readDeckFile(markdown, path)
    }
    catch (error) {
      expect(error).toBeInstanceOf(DeckReadError)
      return (error as Error).message
    }
    throw new Error('read as a deck')
  }

  it('a frontmatter that is not YAML, at its line, without YAML\'s own position', () => {
    const zh = failure('---\ntitle: 好\n---\n\n# 一\n\n---\ntitle: "没有结尾\nlayout: cover\n---\n\n# 二\n', 'talk.md')
    expect(zh).toMatch(/^talk\.md:(\d+): 第 2 页的 frontmatter 不是有效的 YAML:\S/)
    expect(zh).not.toMatch(/at line \d+|\n/)
    const en = failure('---\ntitle: fine\n---\n\n# One\n\n---\ntitle: "no end\nlayout: cover\n---\n\n# Two\n', 'talk.en.md')
    expect(en).toMatch(/^talk\.en\.md:(\d+): slide 2’s frontmatter is not valid YAML: \S/)
    expect(en).not.toMatch(/at line \d+|\n/)
    expect(Number(/:(\d+):/.exec(zh)![1])).toBe(Number(/:(\d+):/.exec(en)![1]))
  })

  it('leaves out YAML\'s own position, however long its numbers', () => {
    const keys = Array.from({ length: 10 }, (_, i) => `k${i}: ${i}`).join('\n')
    const message = failure(`---\n${keys}\nlongkeyname: a: b\n---\n\n# 一\n`, 'talk.md')
    expect(message).toBe('talk.md:12: 第 1 页的 frontmatter 不是有效的 YAML:Nested mappings are not allowed in compact mappings')
  })

  it('names the line of the YAML fault within the frontmatter', () => {
    // A key written twice: YAML names the second.
    expect(failure('---\ntitle: 好\nlayout: cover\ntitle: 又一个\n---\n\n# 一\n', 'talk.md')).toMatch(/^talk\.md:4: 第 1 页/)
    expect(failure('# 一\n\n---\nlayout: cover\ntitle: 好\nlayout: quote\n---\n\n# 二\n', 'talk.md')).toMatch(/^talk\.md:6: 第 2 页/)
  })

  it('a frontmatter whose YAML cannot be made into values, in one line', () => {
    expect(failure('---\ntitle: *nowhere\n---\n\n# 一\n', 'talk.md')).toBe('无法读取演示稿：Unresolved alias (the anchor must be set before the alias): nowhere')
    expect(failure('---\ntitle: *nowhere\n---\n\n# One\n', 'talk.en.md')).toBe('cannot read the deck: Unresolved alias (the anchor must be set before the alias): nowhere')
  })

  it('a file with no frontmatter and no # heading', () => {
    expect(failure('just some words\n\nand more\n', 'notes.md')).toBe('notes.md: 不是演示稿：没有一页有 frontmatter 或 # 标题')
    expect(failure('just some words\n\n## a second-level heading\n', 'notes.en.md')).toBe('notes.en.md: not a deck: no slide has a frontmatter or a # heading')
    expect(failure('#hashtag, not a heading\n', 'notes.md')).toContain('不是演示稿')
  })

  it('but reads a file whose only sign of a deck is a frontmatter, or a # heading on a later slide', () => {
    expect(readDeckFile('---\nlayout: cover\n---\n\nwords\n', 'talk.md').slides).toHaveLength(1)
    expect(readDeckFile('words\n\n---\n\n# 标题\n', 'talk.md').slides).toHaveLength(2)
  })
})
