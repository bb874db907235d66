/**
 * The words the deck's components write themselves, per edition: the mark of
 * a derived value, a chart's text alternative and source line, the error
 * boxes' headings, the reading view's controls, the language switch. The
 * slides' own text comes from slides.md and slides.en.md; only these come
 * from code. One table per language, the same keys in each (TypeScript holds
 * them together).
 */

import type { DeckLang } from './languages.ts'
import { LANGUAGES } from './languages.ts'

export { DECK_LANGS, deckLangOf, editionBase, editionFileName } from './languages.ts'
export type { DeckLang } from './languages.ts'

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
  /** The link beside it to the handout of `perPage` slides a page, with lines for notes (components/deck/downloads.ts). */
  handoutLink: (perPage: number) => string
  /** The name a downloaded handout is saved under. */
  handoutFileName: string
  /** The switch's label for this edition, in its own language. */
  languageName: string
  /** The switch's accessible name, in this edition's language. */
  languageSwitch: string
}

export const DECK_WORDS: Record<DeckLang, DeckWords> = {
  zh: {
    htmlLang: LANGUAGES.zh.htmlLang,
    derived: '推算',
    derivedNote: '推算',
    slideNumber: no => `第 ${no} 页`,
    slideProblems: '这一页有问题（npm run lint 同样报告）',
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
    handoutLink: perPage => `下载讲义（每页 ${perPage} 张）`,
    handoutFileName: '中关村论坛 OpenAI 创新样板讲义 2023.pdf',
    languageName: LANGUAGES.zh.name,
    languageSwitch: LANGUAGES.zh.switchLabel,
  },
  en: {
    htmlLang: LANGUAGES.en.htmlLang,
    derived: 'estimate',
    derivedNote: 'Estimate',
    slideNumber: no => `Slide ${no}`,
    slideProblems: 'This slide has problems (npm run lint reports them too)',
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
    handoutLink: perPage => `Download the handout (${perPage} slides a page)`,
    handoutFileName: 'zgc-forum-2023-openai-model-handout.en.pdf',
    languageName: LANGUAGES.en.name,
    languageSwitch: LANGUAGES.en.switchLabel,
  },
}

const TRILLION = 1e12
const BILLION = 1e9
const MILLION = 1e6

/**
 * A number as the edition writes it. Chinese: no thousands separators, at most
 * two decimals (1500, 6.62). English: grouped thousands, and millions,
 * billions and trillions in words, as the English press writes them (862,000;
 * 6.5 million; 262.93 billion; 1.5 trillion, not 1,500 billion).
 */
export function formatDeckNumber(value: number, lang: DeckLang): string {
  if (lang === 'zh')
    return value.toLocaleString('zh-CN', { maximumFractionDigits: 2, useGrouping: false })
  const magnitude = Math.abs(value)
  if (magnitude >= TRILLION)
    return `${(value / TRILLION).toLocaleString('en', { maximumFractionDigits: 2 })} trillion`
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
