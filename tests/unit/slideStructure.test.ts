import { describe, expect, it } from 'vitest'
import { slideStructure } from '../../scripts/lint/slideStructure'

/** A slide body whose first line is line `first` of the file. */
const body = (text: string, first = 10) => text.split('\n').map((line, index) => ({ line: first + index, text: line }))

describe('slideStructure reads what a layout needs from a slide body, each at its line in the file', () => {
  it('the first top-level # title, not a ## heading, not one inside a quotation or a list', () => {
    expect(slideStructure(body('## 小标题\n\n> # 引语里的标题\n\n- # 列表里的标题\n\n# 标题\n\n# 第二个标题')).titleLine).toBe(16)
    expect(slideStructure(body('## 小标题\n\n正文')).titleLine).toBeUndefined()
  })

  it('a bulleted list, its line and each item\'s, and whether each opens with a bold heading', () => {
    const { list, extraLists } = slideStructure(body('# 标题\n\n- **第一** 正文\n- 第二 **不是小标题**\n- **第三**\n  下一行的正文'))
    expect(list).toEqual({ ordered: false, line: 12, items: [{ line: 12, boldHeading: true }, { line: 13, boldHeading: false }, { line: 14, boldHeading: true }] })
    expect(extraLists).toEqual([])
  })

  it('a numbered list as ordered', () => {
    expect(slideStructure(body('# 标题\n\n1. 一\n2. 二')).list).toMatchObject({ ordered: true, line: 12, items: [{ line: 12 }, { line: 13 }] })
  })

  it('an empty item, or one that opens with an empty heading, has no bold heading', () => {
    expect(slideStructure(body('- **一**\n-')).list?.items).toEqual([{ line: 10, boldHeading: true }, { line: 11, boldHeading: false }])
    expect(slideStructure(body('- #\n- **二**')).list?.items).toEqual([{ line: 10, boldHeading: false }, { line: 11, boldHeading: true }])
  })

  it('no list when there is none', () => {
    expect(slideStructure(body('# 标题\n\n正文')).list).toBeUndefined()
  })

  it('not the items of a list nested in an item, nor a list inside a quotation', () => {
    const { list, extraLists } = slideStructure(body('# 标题\n\n> - 引语里的列表\n\n- 一\n  - 一之一\n  - 一之二\n- 二'))
    expect(list).toEqual({ ordered: false, line: 14, items: [{ line: 14, boldHeading: false }, { line: 17, boldHeading: false }] })
    expect(extraLists).toEqual([])
  })

  it('a second top-level list as an extra, at its line, without adding its items to the first', () => {
    const { list, extraLists } = slideStructure(body('# 标题\n\n- 一\n- 二\n\n正文\n\n1. 三\n2. 四\n\n正文\n\n- 五'))
    expect(list).toEqual({ ordered: false, line: 12, items: [{ line: 12, boldHeading: false }, { line: 13, boldHeading: false }] })
    expect(extraLists).toEqual([17, 22])
  })

  it('top-level quotations, each at its first line', () => {
    expect(slideStructure(body('# 标题\n\n> “第一段”\n> —— 某人\n\n正文\n\n> “第二段”\n\n- > 列表里的引语')).quotes).toEqual([12, 17])
  })

  it('a paragraph in bold as a statement, any other paragraph as a paragraph', () => {
    const structure = slideStructure(body('# 标题\n\n**全部加粗**\n\n**开头加粗**，后面不是\n\n前面不是，**结尾加粗**\n\n**两段** **加粗**\n\n普通的一段\n\n- 列表里的一段'))
    expect(structure.statements).toEqual([12])
    expect(structure.paragraphs).toEqual([14, 16, 18, 20])
  })

  it('counts lines from the first line of the body, or from 1 when the body is empty', () => {
    expect(slideStructure(body('# 标题', 1)).titleLine).toBe(1)
    expect(slideStructure(body('\n\n# 标题', 40)).titleLine).toBe(42)
    expect(slideStructure([])).toEqual({ extraLists: [], quotes: [], statements: [], paragraphs: [], htmlLines: [] })
  })
})

describe('slideStructure finds HTML in a slide body', () => {
  const html = (text: string) => slideStructure(body(text)).htmlLines

  it('an HTML block and an inline tag, at their lines', () => {
    expect(html('# 标题\n\n<div class="card">卡片</div>\n\n正文里有 <span>标签</span>。\n\n换行<br/>之后')).toEqual([12, 14, 16])
  })

  it('a one-letter tag, bare or with attributes', () => {
    expect(html('正文<b>粗</b>')).toEqual([10])
    expect(html('<p class="lead">段落</p>')).toEqual([10])
  })

  it('not HTML that is commented out, in a block (indented or not) or inline', () => {
    expect(html('<!-- <div>旧的写法</div> -->\n\n  <!-- <div>旧的写法</div> -->\n\n正文 <!-- <b>旧</b> --> 正文')).toEqual([])
  })

  it('a tag with attributes, a self-closing tag and a bare tag, in lower case', () => {
    expect(html('<img src="a.png">')).toEqual([10])
    expect(html('正文<br>正文')).toEqual([10])
    expect(html('正文<custom-tag/>')).toEqual([10])
  })

  it('but not a comment, a component (upper case), or a < in text', () => {
    expect(html('# 标题\n\n<!-- 写作时的提醒 -->\n\n正文 <!-- 行内注释 --> 正文\n\n<DeckProblems :messages="[]" />\n\n3 < 5，a<b')).toEqual([])
  })

  it('a comment before a tag in the same block is still HTML', () => {
    expect(html('<div>\n<!-- 注释 -->\n</div>')).toEqual([10])
  })

  it('not a tag in a code span or a code block', () => {
    expect(html('正文 `<div>` 正文\n\n```html\n<div>代码</div>\n```')).toEqual([])
  })
})
