import type { DeckLang } from '../deck/deckWords'
import type { BoxRole, FitProblem, FitSource } from './fitChecks'

/**
 * What does not fit on a slide, in each edition's words: the dev server's
 * box (FitProblems.vue) and the browser tests' reports (in English) say it
 * the same way. Apart from the deck's other words (components/deck/deckWords.ts):
 * only the dev server loads them.
 */
export interface FitWords {
  heading: string
  roles: Record<BoxRole, string>
  /** Where to fix it: the file, the slide, the field or part, and its line when known. */
  where: (at: FitPlace) => string
  /** Between where and what. */
  colon: string
  outsideSlide: (role: string, text: string, by: number) => string
  intoFooter: (role: string, text: string, by: number) => string
  cutOff: (role: string, text: string, by: number) => string
  textOverflow: (role: string, text: string, by: number) => string
  axisTitle: (text: string, width: number, length: number, by: number) => string
  axisLabel: (no: number, text: string, width: number, space: number, by: number) => string
}

/** Where a problem is: the slide's file (its name), its number, what in it, and the file's line of that (from 1) when known. */
export interface FitPlace {
  file?: string
  slide: number
  source: FitSource
  line?: number
}

export const FIT_WORDS: Record<DeckLang, FitWords> = {
  zh: {
    heading: '这一页有文字放不下（开发服务器量出，npm test 同样报告）',
    roles: { heading: '标题', card: '卡片', item: '列表项', paragraph: '段落', figure: '数字卡片', caption: '图注', legend: '图例', quote: '引语', chart: '图表', footer: '页脚', box: '元素' },
    where: ({ file, slide, source, line }) => [
      file,
      `第 ${slide} 页`,
      source.kind === 'field' ? source.field : source.kind === 'heading' ? '标题（# 行）' : source.kind === 'item' ? `第 ${source.no} 个列表项` : source.kind === 'body' ? '正文' : undefined,
    ].filter(Boolean).join(' ') + (line ? `（第 ${line} 行）` : ''),
    colon: '：',
    outsideSlide: (role, text, by) => `${role}「${text}」超出幻灯片边缘 ${by} px`,
    intoFooter: (role, text, by) => `${role}「${text}」压到页脚上 ${by} px`,
    cutOff: (role, text, by) => `${role}「${text}」有 ${by} px 被截掉`,
    textOverflow: (role, text, by) => `「${text}」超出所在的${role} ${by} px`,
    axisTitle: (text, width, length, by) => `坐标轴标题「${text}」宽 ${width} px，坐标轴只有 ${length} px，长了 ${by} px`,
    axisLabel: (no, text, width, space, by) => `坐标轴第 ${no} 个标签「${text}」宽 ${width} px，只有 ${space} px 的位置，宽了 ${by} px`,
  },
  en: {
    heading: 'Text does not fit on this slide (measured by the dev server; npm test reports it too)',
    roles: { heading: 'heading', card: 'card', item: 'list item', paragraph: 'paragraph', figure: 'figure card', caption: 'caption', legend: 'legend', quote: 'quote', chart: 'chart', footer: 'footer', box: 'box' },
    where: ({ file, slide, source, line }) => [
      file,
      `slide ${slide}`,
      source.kind === 'field' ? source.field : source.kind === 'heading' ? 'the title (# line)' : source.kind === 'item' ? `list item ${source.no}` : source.kind === 'body' ? 'the body' : undefined,
      line ? `line ${line}` : undefined,
    ].filter(Boolean).join(', '),
    colon: ': ',
    outsideSlide: (role, text, by) => `the ${role} “${text}” runs ${by} px past the slide's edge`,
    intoFooter: (role, text, by) => `the ${role} “${text}” runs ${by} px into the footer`,
    cutOff: (role, text, by) => `the ${role} “${text}” is cut off: ${by} px of it hidden`,
    textOverflow: (role, text, by) => `“${text}” runs ${by} px out of its ${role}`,
    axisTitle: (text, width, length, by) => `the axis title “${text}” is ${width} px of text on a ${length} px axis, ${by} px too long`,
    axisLabel: (no, text, width, space, by) => `axis label ${no} “${text}” is ${width} px wide in ${space} px of room, ${by} px too wide`,
  },
}

/** A length for a message: whole pixels, an overrun rounded up (1.2 px over reads "2 px", never "1 px" of a rule that allows 1). */
const px = (value: number) => Math.round(value)
const over = (value: number) => Math.ceil(value)

/** What does not fit, in `lang`'s words. */
export function describeFit(problem: FitProblem, lang: DeckLang): string {
  const words = FIT_WORDS[lang]
  switch (problem.rule) {
    case 'outside-slide':
      return words.outsideSlide(words.roles[problem.box.role], problem.box.text, over(problem.by))
    case 'into-footer':
      return words.intoFooter(words.roles[problem.box.role], problem.box.text, over(problem.by))
    case 'cut-off':
      return words.cutOff(words.roles[problem.box.role], problem.box.text, over(problem.by))
    case 'text-overflow':
      return words.textOverflow(words.roles[problem.box.role], problem.text, over(problem.by))
    case 'axis-title':
      return words.axisTitle(problem.text, px(problem.width), px(problem.length), over(problem.by))
    case 'axis-label':
      return words.axisLabel(problem.no, problem.text, px(problem.width), px(problem.space), over(problem.by))
  }
}

/** A problem as one line, where first: `slides.en.md, slide 12, chart.series.name, line 397: the axis title …`. */
export function fitMessage(problem: FitProblem, lang: DeckLang, place: Omit<FitPlace, 'source'>): string {
  const words = FIT_WORDS[lang]
  return `${words.where({ ...place, source: sourceOfFit(problem) })}${words.colon}${describeFit(problem, lang)}`
}

/** Where an author changes what a problem is about: an axis's title is the series' name, its labels the chart's labels. */
export function sourceOfFit(problem: FitProblem): FitSource {
  if (problem.rule === 'axis-title')
    return { kind: 'field', field: 'chart.series.name' }
  if (problem.rule === 'axis-label')
    return { kind: 'field', field: `chart.labels[${problem.no - 1}]` }
  return problem.box.source
}

/**
 * The line (from 0) of a slide's frontmatter `yaml` (as written, without its
 * `---` lines) that holds `field`, followed key by key (`figures[1].label`:
 * the second item under `figures:`, then its `label:`). Undefined when it is
 * not written there (a value the source deck gives a translation).
 */
export function fieldLine(yaml: string, field: string): number | undefined {
  const lines = yaml.split('\n')
  const after = (from: number, pattern: RegExp) => {
    const found = lines.findIndex((line, index) => index >= from && pattern.test(line))
    return found < 0 ? undefined : found
  }
  let at: number | undefined = 0
  for (const step of field.split('.')) {
    const [, key, nth] = /^(\w+)(?:\[(\d+)\])?$/.exec(step) ?? []
    at = at === undefined || !key ? undefined : after(at, new RegExp(`^\\s*(?:-\\s+)?${key}:`))
    // A list written as a block: its nth `- ` item (a flow list [a, b] stays on the key's line).
    if (at !== undefined && nth !== undefined && /:\s*$/.test(lines[at])) {
      for (let n = 0; at !== undefined && n <= Number(nth); n++)
        at = after(at + 1, /^\s*-\s/)
    }
  }
  return at
}
