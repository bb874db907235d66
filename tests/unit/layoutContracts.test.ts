import type { LintSlide } from '../../scripts/lint/deckFile'
import { describe, expect, it } from 'vitest'
import { readDeckFile } from '../../scripts/lint/deckFile'
import { LAYOUT_CONTRACTS, LAYOUT_NAMES, layoutOf } from '../../scripts/lint/layouts'
import { dataProblems, fieldKeys, layoutProblems } from '../../scripts/lint/slideRules'
import { slideStructure } from '../../scripts/lint/slideStructure'

/** The second slide of a deck whose first is a plain cover: `frontmatter` (without its fences), then `body`. */
function slide(frontmatter: string, body: string): LintSlide {
  return readDeckFile(`---\ntitle: 封面\n---\n\n# 封面\n\n---\n${frontmatter}\n---\n\n${body}\n`, 'talk.md').slides[1]
}
// The second slide's frontmatter starts on line 8, its body on line 9 + its frontmatter's lines.

/** What a layout's contract says of a body, in each language. */
const contract = (layout: string, text: string) => ({
  zh: LAYOUT_CONTRACTS[layout](slideStructure(text.split('\n').map((line, index) => ({ line: 101 + index, text: line }))), 'zh'),
  en: LAYOUT_CONTRACTS[layout](slideStructure(text.split('\n').map((line, index) => ({ line: 101 + index, text: line }))), 'en'),
})

describe('layoutOf: the layout Slidev gives a slide', () => {
  it('is the one the author wrote, else the cover for the first slide and default for the others', () => {
    expect(layoutOf({ no: 1, layout: 'quote' })).toBe('quote')
    expect(layoutOf({ no: 3, layout: 'cards' })).toBe('cards')
    expect(layoutOf({ no: 1 })).toBe('cover')
    expect(layoutOf({ no: 2 })).toBe('default')
  })

  it('knows every layout by name', () => {
    expect(LAYOUT_NAMES).toEqual(Object.keys(LAYOUT_CONTRACTS))
    expect(LAYOUT_NAMES).toEqual(expect.arrayContaining(['cover', 'default', 'statement', 'quote', 'cards', 'compare', 'terms', 'tiles', 'people', 'figures', 'chart', 'section', 'agenda']))
  })
})

describe('every layout needs a # heading', () => {
  it.each(LAYOUT_NAMES)('%s', (layout) => {
    expect(contract(layout, '正文')).toEqual({ zh: { message: '需要一个 # 标题' }, en: { message: 'needs a # heading' } })
  })

  it('and the language is Chinese when none is given', () => {
    expect(LAYOUT_CONTRACTS.default(slideStructure([{ line: 1, text: '正文' }]))).toEqual({ message: '需要一个 # 标题' })
    expect(LAYOUT_CONTRACTS.cards(slideStructure([{ line: 1, text: '# 标题' }]))?.message).toMatch(/^需要一个项目列表/)
  })

  it('section, agenda, default, figures and chart need nothing else', () => {
    for (const layout of ['section', 'agenda', 'default', 'figures', 'chart'])
      expect(contract(layout, '# 标题')).toEqual({ zh: undefined, en: undefined })
  })
})

describe('what each layout needs besides its heading', () => {
  it('the cover: at most two paragraphs under its heading', () => {
    expect(contract('cover', '# 标题\n\n副标题\n\n来源')).toEqual({ zh: undefined, en: undefined })
    expect(contract('cover', '# 标题\n\n副标题\n\n来源\n\n第三段')).toEqual({
      zh: { message: '封面在标题下只放两段：副标题和来源' },
      en: { message: 'the cover holds two paragraphs under its heading: the subtitle and the source' },
    })
  })

  it('a statement: a paragraph in bold', () => {
    expect(contract('statement', '# 标题\n\n**主张**')).toEqual({ zh: undefined, en: undefined })
    expect(contract('statement', '# 标题\n\n不加粗的一段')).toEqual({
      zh: { message: '需要一段全部加粗的 **主张**' },
      en: { message: 'needs a paragraph in bold: the **statement**' },
    })
  })

  it('a quote: a quotation', () => {
    expect(contract('quote', '# 标题\n\n> “原文”\n> —— 某人')).toEqual({ zh: undefined, en: undefined })
    expect(contract('quote', '# 标题\n\n“原文”')).toEqual({
      zh: { message: '需要一段引语：> “原文”，下一行 > —— 姓名，职务' },
      en: { message: 'needs a quotation: > “Words”, then > — Name, title (our translation)' },
    })
  })
})

describe('the list layouts: the kind of list, how many items, bold headings', () => {
  const bold = (n: number) => Array.from({ length: n }, (_, i) => `- **第 ${i + 1} 项**\n  正文`).join('\n')
  const plain = (n: number) => Array.from({ length: n }, (_, i) => `- 第 ${i + 1} 项`).join('\n')
  const numbered = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. 第 ${i + 1} 项`).join('\n')

  it('cards: 2 to 4 bulleted items with bold headings', () => {
    for (const n of [2, 3, 4])
      expect(contract('cards', `# 标题\n\n${bold(n)}`)).toEqual({ zh: undefined, en: undefined })
    expect(contract('cards', '# 标题\n\n正文')).toEqual({
      zh: { message: '需要一个项目列表（- ），2–4 项，每项以 **小标题** 开头作为卡片', line: undefined },
      en: { message: 'needs a bulleted list (- ) of 2–4 items, each opening with a **bold heading** for its cards', line: undefined },
    })
    expect(contract('cards', `# 标题\n\n${bold(1)}`)).toEqual({
      zh: { message: '卡片应有 2–4 项，这里有 1 项（版面放不下或撑不满）', line: 103 },
      en: { message: 'its cards take 2–4 items, and here there are 1 (the layout cannot hold or fill that many)', line: 103 },
    })
    expect(contract('cards', `# 标题\n\n${bold(5)}`).zh).toEqual({ message: '卡片应有 2–4 项，这里有 5 项（版面放不下或撑不满）', line: 103 })
    expect(contract('cards', '# 标题\n\n- **甲**\n  正文\n- 乙没有小标题\n- 丙也没有')).toEqual({
      zh: { message: '卡片的每一项都以 **小标题** 开头，下一行缩进两格写正文', line: 105 },
      en: { message: 'each of its cards opens with a **bold heading**, and its text follows on the next line, indented two spaces', line: 105 },
    })
  })

  it('cards: a numbered list is the wrong kind, named at the list', () => {
    expect(contract('cards', `# 标题\n\n${numbered(3)}`).zh).toEqual({ message: '需要一个项目列表（- ），2–4 项，每项以 **小标题** 开头作为卡片', line: 103 })
  })

  it('compare: exactly two cards, said as one number', () => {
    expect(contract('compare', `# 标题\n\n${bold(2)}`)).toEqual({ zh: undefined, en: undefined })
    expect(contract('compare', `# 标题\n\n${bold(3)}`)).toEqual({
      zh: { message: '对比的两张卡片应有 2 项，这里有 3 项（版面放不下或撑不满）', line: 103 },
      en: { message: 'its two cards to compare take 2 items, and here there are 3 (the layout cannot hold or fill that many)', line: 103 },
    })
    expect(contract('compare', `# 标题\n\n${plain(2)}`).zh).toEqual({ message: '对比的两张卡片的每一项都以 **小标题** 开头，下一行缩进两格写正文', line: 103 })
  })

  it('terms: 2 to 4 bulleted items, bold or not', () => {
    expect(contract('terms', `# 标题\n\n${plain(2)}`)).toEqual({ zh: undefined, en: undefined })
    expect(contract('terms', `# 标题\n\n${plain(4)}`)).toEqual({ zh: undefined, en: undefined })
    expect(contract('terms', `# 标题\n\n${bold(3)}`)).toEqual({ zh: undefined, en: undefined })
    expect(contract('terms', `# 标题\n\n${plain(5)}`).zh?.message).toBe('关键词应有 2–4 项，这里有 5 项（版面放不下或撑不满）')
    expect(contract('terms', `# 标题\n\n${numbered(3)}`)).toEqual({
      zh: { message: '需要一个项目列表（- ），2–4 项作为关键词', line: 103 },
      en: { message: 'needs a bulleted list (- ) of 2–4 items for its key terms', line: 103 },
    })
  })

  it('tiles: 2 to 6 numbered items', () => {
    expect(contract('tiles', `# 标题\n\n${numbered(2)}`)).toEqual({ zh: undefined, en: undefined })
    expect(contract('tiles', `# 标题\n\n${numbered(6)}`)).toEqual({ zh: undefined, en: undefined })
    expect(contract('tiles', `# 标题\n\n${numbered(7)}`).en).toEqual({ message: 'its numbered tiles take 2–6 items, and here there are 7 (the layout cannot hold or fill that many)', line: 103 })
    expect(contract('tiles', `# 标题\n\n${plain(3)}`)).toEqual({
      zh: { message: '需要一个编号列表（1. 2. 3.），2–6 项作为编号块', line: 103 },
      en: { message: 'needs a numbered list (1. 2. 3.) of 2–6 items for its numbered tiles', line: 103 },
    })
  })

  it('people: 2 to 6 bulleted items, each a bold name', () => {
    expect(contract('people', `# 标题\n\n${bold(6)}`)).toEqual({ zh: undefined, en: undefined })
    expect(contract('people', `# 标题\n\n${bold(7)}`).zh?.message).toBe('人物（**姓名**，下一行写身份）应有 2–6 项，这里有 7 项（版面放不下或撑不满）')
    expect(contract('people', `# 标题\n\n${plain(3)}`).en).toEqual({ message: 'each of its people (**Name**, then their role on the next line) opens with a **bold heading**, and its text follows on the next line, indented two spaces', line: 103 })
  })
})

describe('layoutProblems: each problem of a slide\'s layout and Markdown, at its line', () => {
  it('none for a slide that has what its layout needs', () => {
    expect(layoutProblems(slide('layout: statement', '# 标题\n\n**主张**'))).toEqual([])
  })

  it('an unknown layout at its layout: value, naming the layouts there are', () => {
    const wrong = slide('title: 页\nlayout: tile', '# 标题')
    expect(layoutProblems(wrong)).toEqual([{ slide: 2, line: 9, column: 9, rule: 'layout', message: `第 2 页「页」：未知的版式「tile」，可用的版式：${LAYOUT_NAMES.join('、')}` }])
    expect(layoutProblems(wrong, 'en')).toEqual([{ slide: 2, line: 9, column: 9, rule: 'layout', message: `Slide 2 (“页”): there is no layout “tile”; the layouts are ${LAYOUT_NAMES.join(', ')}` }])
  })

  it('a missing heading at the layout: line, or at the slide\'s first line when it names no layout', () => {
    expect(layoutProblems(slide('layout: statement\ntitle: 页', '**主张**'))).toEqual([{ slide: 2, line: 8, column: 9, rule: 'layout', message: '第 2 页「页」的版式 statement：需要一个 # 标题' }])
    expect(layoutProblems(slide('title: 页', '正文'), 'en')).toEqual([{ slide: 2, line: 7, column: 1, rule: 'layout', message: 'Slide 2 (“页”), layout default: needs a # heading' }])
  })

  it('a list of the wrong length at the list\'s line', () => {
    expect(layoutProblems(slide('layout: cards', '# 标题\n\n- **只有一项**'))).toEqual([{ slide: 2, line: 13, column: 1, rule: 'layout', message: '第 2 页「标题」的版式 cards：卡片应有 2–4 项，这里有 1 项（版面放不下或撑不满）' }])
  })

  it('a second list and HTML, each at its line', () => {
    const problems = layoutProblems(slide('layout: default', '# 标题\n\n- 一\n\n<div>块</div>\n\n- 二'))
    expect(problems).toEqual([
      { slide: 2, line: 17, column: 1, rule: 'layout', message: '第 2 页「标题」：一页只放一个列表，这是第二个' },
      { slide: 2, line: 15, column: 1, rule: 'markdown', message: '第 2 页「标题」：用 Markdown 写，不用 HTML 标签；版式（layout:）负责样式' },
    ])
    expect(layoutProblems(slide('layout: default', '# 标题\n\n- 一\n\n<div>块</div>\n\n- 二'), 'en').map(problem => problem.message)).toEqual([
      'Slide 2 (“标题”): a slide holds one list, and this is a second',
      'Slide 2 (“标题”): write Markdown, not HTML tags; the layout (layout:) does the styling',
    ])
  })
})

describe('dataProblems: chart and figure data checked by the components\' schemas', () => {
  const chart = (values: string, caption = '说明') => `chart:\n  kind: bar\n  caption: ${caption}\n  labels: [甲, 乙]\n  series:\n    name: 人数\n    measure: count\n    unit: 万人\n    values: ${values}\n    source: 来源`

  it('none for good data, and none for a slide without a chart or figures', () => {
    expect(dataProblems(slide(`layout: chart\n${chart('[1, 2]')}`, '# 图'))).toEqual([])
    expect(dataProblems(slide('layout: statement', '# 标题\n\n**主张**'))).toEqual([])
  })

  it('a chart\'s fault at its field\'s line, in Chinese', () => {
    expect(dataProblems(slide(`layout: chart\ntitle: 图\n${chart('[650]')}`, '# 图'))).toEqual([
      { slide: 2, line: 18, column: 13, rule: 'chart', message: '第 2 页「图」的图表数据有误：chart.series.values：数值有 1 个，标签有 2 个，两者应一一对应' },
    ])
  })

  it('a chart block on a slide of another layout is checked too', () => {
    expect(dataProblems(slide(`layout: statement\n${chart('[650]')}`, '# 图'))).toMatchObject([{ rule: 'chart', line: 17 }])
  })

  it('a chart or figures layout without its block, at the frontmatter', () => {
    expect(dataProblems(slide('layout: chart', '# 图'))).toEqual([{ slide: 2, line: 8, column: 1, rule: 'chart', message: '第 2 页「图」的图表数据有误：chart：缺少 chart 数据块' }])
    expect(dataProblems(slide('layout: figures', '# 图'))).toEqual([{ slide: 2, line: 8, column: 1, rule: 'figures', message: '第 2 页「图」的数字卡片数据有误：figures：缺少 figures 数据块' }])
  })

  it('figures on a slide of another layout, each fault at its figure', () => {
    expect(dataProblems(slide('layout: statement\nfigures:\n  - value: 600\n    unit: 亿美元\n    label: 市场规模', '# 数字'))).toEqual([
      { slide: 2, line: 10, column: 5, rule: 'figures', message: expect.stringMatching(/^第 2 页「数字」的数字卡片数据有误：figures\[0\]\.source：/) },
    ])
  })

  it('in a translation: a missing text is the translator\'s to write; a wrong number is the source\'s, said so', () => {
    const problems = dataProblems(slide(`layout: chart\ntitle: Chart\n${chart('[650]', '""')}`, '# Chart'), 'en')
    expect(problems).toEqual([
      { slide: 2, line: 12, column: 12, rule: 'chart', message: 'Slide 2 (“Chart”): chart.caption needs its text in this edition (it is missing or empty)' },
      { slide: 2, line: 18, column: 13, rule: 'chart', message: expect.stringMatching(/^Slide 2 \(“Chart”\): chart\.series\.values \S.*; its value comes from the source deck, where npm run lint names it too$/) },
    ])
  })

  it('in a translation: every text field of a figure, down to an item of a list, is named as a text to write', () => {
    const figure = dataProblems(slide('layout: figures\ntitle: Figures\nfigures:\n  - value: 600\n    unit: ""\n    label: ""\n    source: ""', '# Figures'), 'en')
    expect(figure.map(problem => problem.message)).toEqual(expect.arrayContaining([
      'Slide 2 (“Figures”): figures[0].label needs its text in this edition (it is missing or empty)',
      'Slide 2 (“Figures”): figures[0].source needs its text in this edition (it is missing or empty)',
    ]))
    const labels = dataProblems(slide(`layout: chart\ntitle: Chart\n${chart('[1, 2]').replace('[甲, 乙]', '[甲, ""]')}`, '# Chart'), 'en')
    expect(labels.map(problem => problem.message)).toEqual(['Slide 2 (“Chart”): chart.labels[1] needs its text in this edition (it is missing or empty)'])
    // A long chart: the eleventh label, at an index of two digits.
    const eleven = Array.from({ length: 11 }, (_, i) => i < 10 ? `L${i}` : '""')
    const long = dataProblems(slide(`layout: chart\ntitle: Chart\n${chart(`[${eleven.map((_, i) => i + 1).join(', ')}]`).replace('[甲, 乙]', `[${eleven.join(', ')}]`)}`, '# Chart'), 'en')
    expect(long.map(problem => problem.message)).toEqual(['Slide 2 (“Chart”): chart.labels[10] needs its text in this edition (it is missing or empty)'])
  })
})

describe('fieldKeys: a field path as the keys of the frontmatter', () => {
  it('splits on dots and brackets, and reads an index as a number', () => {
    expect(fieldKeys('chart.series.values[2]')).toEqual(['chart', 'series', 'values', 2])
    expect(fieldKeys('figures[0].label')).toEqual(['figures', 0, 'label'])
    expect(fieldKeys('chart')).toEqual(['chart'])
    expect(fieldKeys('chart.v2x.12')).toEqual(['chart', 'v2x', 12])
    // Only a key of digits alone is an index.
    expect(fieldKeys('series2.2x[3]')).toEqual(['series2', '2x', 3])
  })
})
