/**
 * The words the deck's components write themselves, per edition: the mark of
 * a derived value, a chart's text alternative and source line, the error
 * boxes' headings, the reading view's controls, the language switch. The
 * slides' own text comes from slides.md and slides.en.md; only these come
 * from code. One table per language, the same keys in each (TypeScript holds
 * them together).
 */

export const DECK_LANGS = ['zh', 'en'] as const
export type DeckLang = (typeof DECK_LANGS)[number]

/** The presenter view's pace panel, per edition. */
export interface PaceWords {
  notStarted: string
  onPlan: string
  behind: string
  ahead: string
  remaining: string
  over: string
  thisSlide: string
  start: string
  end: string
  rehearsing: string
  interrupted: string
  saving: string
  saved: (file: string) => string
  downloaded: (file: string) => string
  notSaved: (why: string, file: string) => string
  planBroken: (problems: string[]) => string
}

export interface DeckWords {
  /** The edition's language tag: `<html lang>`, the PDF's /Lang, the PPTX's text language. */
  htmlLang: string
  /** The mark a figure or chart value carries when the deck computed it from the article's figures. */
  derived: string
  /** The same word opening the line that says how: `推算：…`, `Estimate: …`. */
  derivedNote: string
  /** The agenda's pointer to a section's first slide: `第 7 页`, `Slide 7`. */
  slideNumber: (no: number) => string
  /** The heading of the lint's error box on a slide. */
  slideProblems: string
  /** The handout's title, from the deck's. */
  handoutTitle: (deckTitle: string) => string
  /** The label above a slide's notes in the handout. */
  speakerNotes: string
  pace: PaceWords
  /** Between a label and what follows it: `：` or `: `. */
  colon: string
  /** Between items of one line: `；` or `; `. */
  separator: string
  /** Around a unit or an aside: `（…）` or ` (…)`. */
  aside: (text: string) => string
  /** A sentence's end: `。` or `. `. */
  stop: string
  source: string
  chartKinds: { bar: string, doughnut: string }
  chartFailed: string
  figuresFailed: string
  notesToggle: string
  /** The reading view's notes under a slide: their heading, their accessible name, the line while they load. */
  script: { heading: string, label: (no: number) => string, loading: string }
  pdfLink: string
  /** The name a downloaded PDF of this edition is saved under. */
  pdfFileName: string
  /** The switch's label for this edition, in its own language. */
  languageName: string
  /** The switch's accessible name, in this edition's language. */
  languageSwitch: string
}

export const DECK_WORDS: Record<DeckLang, DeckWords> = {
  zh: {
    htmlLang: 'zh-CN',
    derived: '推算',
    derivedNote: '推算',
    slideNumber: no => `第 ${no} 页`,
    slideProblems: '这一页有问题（npm run lint 同样报告）',
    handoutTitle: title => `${title}（讲义）`,
    speakerNotes: '演讲者备注',
    pace: {
      notStarted: '未开始计时',
      onPlan: '按计划',
      behind: '落后',
      ahead: '提前',
      remaining: '剩余',
      over: '超时',
      thisSlide: '本页',
      start: '开始排练',
      end: '结束排练',
      rehearsing: '排练中',
      interrupted: '排练已中断：计时器被重置',
      saving: '正在保存',
      saved: file => `已保存 ${file}`,
      downloaded: file => `已下载 ${file}`,
      notSaved: (why, file) => `服务器未保存（${why}），已下载 ${file}`,
      planBroken: problems => `计时计划有误：${problems.join('；')}`,
    },
    colon: '：',
    separator: '；',
    aside: text => `（${text}）`,
    stop: '。',
    source: '来源',
    chartKinds: { bar: '柱状图', doughnut: '环形图' },
    chartFailed: '图表无法绘制',
    figuresFailed: '数字卡片无法显示',
    notesToggle: '显示讲稿',
    script: { heading: '讲稿', label: no => `第 ${no} 页讲稿`, loading: '讲稿加载中……' },
    pdfLink: '下载本演示稿 PDF',
    pdfFileName: '中关村论坛 OpenAI 创新样板 2023.pdf',
    languageName: '中文',
    languageSwitch: '切换语言',
  },
  en: {
    htmlLang: 'en',
    derived: 'estimate',
    derivedNote: 'Estimate',
    slideNumber: no => `Slide ${no}`,
    slideProblems: 'This slide has problems (npm run lint reports them too)',
    handoutTitle: title => `${title} (handout)`,
    speakerNotes: 'Speaker notes',
    pace: {
      notStarted: 'Timer not started',
      onPlan: 'On plan',
      behind: 'Behind',
      ahead: 'Ahead',
      remaining: 'Left',
      over: 'Over',
      thisSlide: 'This slide',
      start: 'Start rehearsal',
      end: 'End rehearsal',
      rehearsing: 'Rehearsing',
      interrupted: 'Rehearsal stopped: the timer was reset',
      saving: 'Saving',
      saved: file => `Saved ${file}`,
      downloaded: file => `Downloaded ${file}`,
      notSaved: (why, file) => `Not saved by the server (${why}); downloaded ${file}`,
      planBroken: problems => `The timing plan has problems: ${problems.join('; ')}`,
    },
    colon: ': ',
    separator: '; ',
    aside: text => ` (${text})`,
    stop: '. ',
    source: 'Source',
    chartKinds: { bar: 'Bar chart', doughnut: 'Doughnut chart' },
    chartFailed: 'The chart cannot be drawn',
    figuresFailed: 'The figures cannot be shown',
    notesToggle: 'Show the script',
    script: { heading: 'Script', label: no => `Script of slide ${no}`, loading: 'Loading the script…' },
    pdfLink: 'Download this deck as PDF',
    pdfFileName: 'zgc-forum-2023-openai-model.en.pdf',
    languageName: 'English',
    languageSwitch: 'Language',
  },
}

/** Where an edition is served: the source language at `/`, a translation under `/<lang>/` (`/en/12`). */
export function editionBase(lang: DeckLang): string {
  return lang === 'zh' ? '/' : `/${lang}/`
}

/** An export's file name in an edition: `slides.pdf` for the source language, `slides.en.pdf` for English, `png` → `png.en`. */
export function editionFileName(file: string, lang: DeckLang): string {
  return lang === 'zh' ? file : file.replace(/(\.[a-z]+)?$/, ext => `.${lang}${ext}`)
}

/** The edition a headmatter's `lang:` names: English for any `en…` tag, Chinese otherwise. */
export function deckLangOf(lang: unknown): DeckLang {
  return typeof lang === 'string' && /^en\b/i.test(lang) ? 'en' : 'zh'
}

const BILLION = 1e9
const MILLION = 1e6

/**
 * A number as the edition writes it. Chinese: no thousands separators, at most
 * two decimals (1500, 6.62). English: grouped thousands, and millions and
 * billions in words, as the English press writes them (862,000; 6.5 million;
 * 262.93 billion).
 */
export function formatDeckNumber(value: number, lang: DeckLang): string {
  if (lang === 'zh')
    return value.toLocaleString('zh-CN', { maximumFractionDigits: 2, useGrouping: false })
  const magnitude = Math.abs(value)
  if (magnitude >= BILLION)
    return `${(value / BILLION).toLocaleString('en', { maximumFractionDigits: 2 })} billion`
  if (magnitude >= MILLION)
    return `${(value / MILLION).toLocaleString('en', { maximumFractionDigits: 2 })} million`
  return value.toLocaleString('en', { maximumFractionDigits: 2 })
}

/** A number with its unit: `1500 人`, `7%`, `862,000 people`. */
export function formatDeckValue(value: number, unit: string, lang: DeckLang): string {
  const number = formatDeckNumber(value, lang)
  return unit === '%' ? `${number}%` : `${number} ${unit}`
}
