import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readDeckFile } from '../../scripts/lint/deckFile'
import { LINT_WORDS } from '../../scripts/lint/lintWords'
import { ARTICLE_PATH, blockquotes, deckLabels, inlineQuotationProblems, NO_ARTICLE, normaliseForQuotes, quotationProblems, readArticle, typesettingProblems } from '../../scripts/lint/textRules'

/** One slide of a small deck written here: its frontmatter lines, body lines and notes lines. */
function slideOf({ fm = [], body = [], notes }: { fm?: string[], body?: string[], notes?: string[] }) {
  const markdown = ['---', 'title: 甲', ...fm, '---', '', ...body, ...notes ? ['', '<!--', ...notes, '-->'] : [], ''].join('\n')
  return { slide: readDeckFile(markdown, 'slides.md').slides[0], lineOf: (needle: string) => markdown.split('\n').findIndex(line => line.includes(needle)) + 1 }
}

const ARTICLE = normaliseForQuotes('施一公说：大模型改变了科研的方式。人才是第一资源。AI 新时代来了，GPT-4 发布。')

describe('Chinese typesetting of a slide', () => {
  it('names a fault in the body and the notes at its line and column, with the rule and the excerpt, in the words it is given', () => {
    const { slide, lineOf } = slideOf({ body: ['# 标题', '', '正文 <span title="标签">中文,</span>'], notes: ['增长 7 %。'] })
    expect(typesettingProblems(slide, LINT_WORDS.zh)).toEqual([
      { slide: 1, line: lineOf('正文'), column: 10, rule: 'typesetting', message: '中文用全角标点：“ 标签 中文,  ”' },
      { slide: 1, line: lineOf('增长'), column: 4, rule: 'typesetting', message: '百分号紧跟数字（写 7%，不写 7 %）：“增长 7 %。”' },
    ])
    expect(typesettingProblems(slide, LINT_WORDS.en).map(problem => problem.message)).toEqual([
      'Chinese text takes full-width punctuation: “ 标签 中文,  ”',
      'a percentage sits next to its number (7%, not 7 %): “增长 7 %。”',
    ])
  })

  it('tells each number rule in Chinese', () => {
    const { slide } = slideOf({ body: ['共 1,500 人，下降 -18.29%'] })
    expect(typesettingProblems(slide, LINT_WORDS.zh).map(problem => problem.message)).toEqual([
      '数字不用千位分隔符（写 1500，不写 1,500）：“共 1,500 人，下降 ”',
      '变化用文字写（如“同比下降 18.29%”），不用负号：“ 人，下降 -18.29%”',
    ])
  })

  it('checks the frontmatter\'s prose at its field, with its path, but not its keywords or fonts', () => {
    const { slide, lineOf } = slideOf({ fm: ['caption: 说明,文字', 'keywords: 中文,AI', 'fonts:', '  sans: 思源黑体,Noto', 'keywordsNote: 注,释'] })
    expect(typesettingProblems(slide, LINT_WORDS.zh)).toEqual([
      { slide: 1, line: lineOf('caption:'), column: 10, rule: 'typesetting', message: 'caption：中文用全角标点：“说明,文字”' },
      { slide: 1, line: lineOf('keywordsNote:'), column: 15, rule: 'typesetting', message: 'keywordsNote：中文用全角标点：“注,释”' },
    ])
    expect(typesettingProblems(slide, LINT_WORDS.en)[0].message).toBe('caption: Chinese text takes full-width punctuation: “说明,文字”')
  })
})

describe('the quotation check\'s folding', () => {
  it('folds each full-width mark to its half-width form', () => {
    expect(normaliseForQuotes('，：；？！（）‘’“”')).toBe(',:;?!()""""')
  })

  it('drops a space where Chinese meets Latin letters, digits or a percentage, and folds any other run of spaces to one', () => {
    expect(normaliseForQuotes('AI 新时代 来了，增长 7% 以上，GPT-4 发布')).toBe('AI新时代 来了,增长7%以上,GPT-4发布')
    expect(normaliseForQuotes('Café 咖啡')).toBe('Café咖啡')
    expect(normaliseForQuotes('a \n\t b')).toBe('a b')
  })
})

describe('a slide\'s blockquotes', () => {
  it('takes each run of > lines as one quotation', () => {
    const { slide } = slideOf({ body: ['> 一', '> 二', '', '> 三', '正文', '> 四'] })
    expect(blockquotes(slide).map(block => block.map(({ text }) => text))).toEqual([['> 一', '> 二'], ['> 三'], ['> 四']])
  })
})

describe('quotations set as blockquotes', () => {
  it('names a line that is neither a quotation nor the attribution, and a quotation without an attribution', () => {
    const { slide, lineOf } = slideOf({ body: ['', '> 人才是第一资源。', '>', '> —— 施一公', '', '> “人才是第一资源。”'] })
    expect(quotationProblems(slide, ARTICLE)).toEqual([
      { slide: 1, line: lineOf('> 人才是第一资源。'), column: 1, rule: 'quotation', message: '引用块只放文章原话：写成 > “原文”，最后一行 > —— 姓名，职务' },
      { slide: 1, line: lineOf('> “人才'), column: 1, rule: 'quotation', message: '引语缺少出处：在引用块最后加一行 > —— 姓名，职务' },
    ])
  })

  it('takes a quotation or an attribution only from the line\'s start: words before them make the line neither', () => {
    const { slide, lineOf } = slideOf({ body: ['', '> 他说 > “人才是第一资源。”', '> 见 > —— 施一公'] })
    expect(quotationProblems(slide, ARTICLE)).toEqual([
      { slide: 1, line: lineOf('他说'), column: 1, rule: 'quotation', message: '引用块只放文章原话：写成 > “原文”，最后一行 > —— 姓名，职务' },
      { slide: 1, line: lineOf('见 >'), column: 1, rule: 'quotation', message: '引用块只放文章原话：写成 > “原文”，最后一行 > —— 姓名，职务' },
      { slide: 1, line: lineOf('他说'), column: 1, rule: 'quotation', message: '引语缺少出处：在引用块最后加一行 > —— 姓名，职务' },
    ])
  })

  it('says, when the article is not beside the project, where it looked and what goes unchecked', () => {
    expect(NO_ARTICLE).toContain(ARTICLE_PATH)
    expect(NO_ARTICLE).toMatch(/引语没有逐字核对/)
  })

  it('names a quotation not in the article at column 3; takes the attribution only as > —— and a name', () => {
    const { slide, lineOf } = slideOf({ body: ['', '> “人才是唯一资源”', '> ——'] })
    expect(quotationProblems(slide, ARTICLE)).toEqual([
      { slide: 1, line: lineOf('唯一'), column: 3, rule: 'quotation', message: '引语与原文不一致（删去的部分写“……”）：“人才是唯一资源”' },
      expect.objectContaining({ line: lineOf('> ——'), message: expect.stringContaining('引用块只放文章原话') }),
      expect.objectContaining({ line: lineOf('唯一'), message: expect.stringContaining('引语缺少出处') }),
    ])
  })

  it('reads a quotation line only as > “…” from end to end', () => {
    const { slide } = slideOf({ body: ['', '> “人才是第一资源”，他说', '> 他说“人才是第一资源”', '> —— 施一公'] })
    expect(quotationProblems(slide, ARTICLE).map(problem => problem.message)).toEqual([
      expect.stringContaining('引用块只放文章原话'),
      expect.stringContaining('引用块只放文章原话'),
    ])
  })
})

describe('words in “ ” in prose', () => {
  it('names words the article does not have at their column in the body and the notes, but not in a blockquote', () => {
    const { slide, lineOf } = slideOf({ body: ['# 标题', '', '他说“人才是唯一资源”，又说“人才是第一资源”。', '', '> “资本要有远见”', '> —— 某人'], notes: ['- 备注里“科研靠运气”。'] })
    expect(inlineQuotationProblems(slide, ARTICLE, new Set())).toEqual([
      { slide: 1, line: lineOf('他说'), column: 3, rule: 'quotation', message: '“ ”里只放原文的话（或本稿自己的标签）；原文里没有：“人才是唯一资源”。转述请去掉引号' },
      { slide: 1, line: lineOf('备注里'), column: 6, rule: 'quotation', message: '“ ”里只放原文的话（或本稿自己的标签）；原文里没有：“科研靠运气”。转述请去掉引号' },
    ])
  })

  it('accepts the deck\'s own labels, folded alike, and checks the frontmatter\'s prose but not its keywords', () => {
    const { slide, lineOf } = slideOf({ fm: ['caption: 所谓“新质生产力”与“推算”', 'keywords: “关键词”'], body: ['说的是“新质 生产力”。'] })
    const labels = deckLabels([slide], ['推算'])
    expect(labels.has(normaliseForQuotes('所谓“新质生产力”与“推算”'))).toBe(true)
    expect(inlineQuotationProblems(slide, ARTICLE, labels)).toEqual([
      expect.objectContaining({ line: lineOf('说的是'), column: 4, message: expect.stringContaining('原文里没有：“新质 生产力”') }),
      { slide: 1, line: lineOf('caption:'), column: 10, rule: 'quotation', message: '“ ”里只放原文的话（或本稿自己的标签）；原文里没有：“新质生产力”。转述请去掉引号' },
    ])
    expect(inlineQuotationProblems(slide, ARTICLE, deckLabels([], ['推算', '新质生产力', '新质 生产力']))).toEqual([])
  })

  it('takes the deck\'s labels from every slide\'s frontmatter strings', () => {
    const { slide } = slideOf({ fm: ['chart:', '  labels: [一（二）, 三]'] })
    expect([...deckLabels([slide], ['推算'])].sort()).toEqual(['一(二)', '三', '推算', '甲'].sort())
  })
})

describe('the article', () => {
  const folder = mkdtempSync(join(tmpdir(), 'article-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('is read folded for the quotation check, and is undefined when it is not there', () => {
    const path = join(folder, 'article.zh.txt')
    writeFileSync(path, '他说：“AI 新时代”。')
    expect(readArticle(path)).toBe('他说:"AI新时代"。')
    expect(readArticle(join(folder, 'missing.txt'))).toBeUndefined()
  })
})

describe('blockquotes at the edges of a slide', () => {
  it('reads a quotation that opens a slide\'s body, right after its frontmatter', () => {
    const slide = readDeckFile('---\ntitle: 甲\n---\n> “人才是第一资源”\n> —— 施一公\n', 'slides.md').slides[0]
    expect(blockquotes(slide).map(block => block.map(({ text }) => text))).toEqual([['> “人才是第一资源”', '> —— 施一公']])
    expect(quotationProblems(slide, ARTICLE)).toEqual([])
  })

  it('takes a > line with only spaces after it as the block\'s blank line', () => {
    const { slide } = slideOf({ body: ['', '> “人才是第一资源”', '>   ', '> —— 施一公'] })
    expect(quotationProblems(slide, ARTICLE)).toEqual([])
  })
})
