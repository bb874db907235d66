import type { LintSlide } from '../deckFile'
import type { LintWords } from '../lintWords'
import type { LintProblem } from '../problem'
import { frontmatterStrings } from '../typesetting'

/**
 * The people the talk names, each in one English form throughout the English
 * edition: the style sheet a translator follows (docs/editions.en.md), and
 * the lint's check of it. Chinese names are written family name first, as
 * English-language media write them (Shi Yigong), except where the person
 * goes by an English name (Robin Li, Harry Shum, Xiang Zhang).
 */
export interface PersonName {
  /** As slides.md writes the name. */
  zh: string
  /** The one English form. */
  en: string
  /** The part an English sentence may use alone after the first mention: the family name. */
  family: string
  /** Forms that are not the English form: given name first, a hyphenated or split given name. */
  wrong: readonly string[]
}

/** A Chinese name; the table writes the given name's syllables apart (`YiGong`), the English form joins them (Shi Yigong). */
const chinese = (zh: string, family: string, given: string): PersonName => {
  const syllables = given.split(/(?=[A-Z])/)
  const joined = given[0] + given.slice(1).toLowerCase()
  const rest = joined.slice(syllables[0].length)
  const wrong = [`${joined} ${family}`, ...syllables.length > 1 ? [`${family} ${syllables[0]}-${rest}`, `${family} ${syllables.join(' ')}`] : []]
  return { zh, en: `${family} ${joined}`, family, wrong }
}
const english = (zh: string, en: string, family: string, wrong: readonly string[] = []): PersonName => ({ zh, en, family, wrong })

export const PERSON_NAMES: readonly PersonName[] = [
  english('李彦宏', 'Robin Li', 'Li', ['Li Yanhong', 'Yanhong Li']),
  chinese('施一公', 'Shi', 'YiGong'),
  english('沈向洋', 'Harry Shum', 'Shum', ['Shen Xiangyang', 'Xiangyang Shen']),
  english('纳德拉', 'Satya Nadella', 'Nadella'),
  chinese('陆奇', 'Lu', 'Qi'),
  chinese('王志刚', 'Wang', 'ZhiGang'),
  chinese('徐晓兰', 'Xu', 'XiaoLan'),
  chinese('朱嘉明', 'Zhu', 'JiaMing'),
  chinese('龚克', 'Gong', 'Ke'),
  english('霍普克罗夫特', 'John Hopcroft', 'Hopcroft'),
  english('帕塔普蒂安', 'Ardem Patapoutian', 'Patapoutian'),
  english('比尔·盖茨', 'Bill Gates', 'Gates'),
  chinese('束为', 'Shu', 'Wei'),
  chinese('刘凯', 'Liu', 'Kai'),
  chinese('曾玉', 'Zeng', 'Yu'),
  chinese('刘芹', 'Liu', 'Qin'),
  english('张翔', 'Xiang Zhang', 'Zhang', ['Zhang Xiang']),
  chinese('林志佳', 'Lin', 'ZhiJia'),
]

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const wordPattern = (text: string) => new RegExp(`(?<![\\p{L}-])${escape(text)}(?![\\p{L}-])`, 'u')

function slideTexts(slide: LintSlide): Array<{ line: number, column: number, text: string }> {
  return [
    ...[...slide.body, ...slide.notes].map(({ line, text }) => ({ line, column: 1, text })),
    ...frontmatterStrings(slide.frontmatter).map(({ keys, text }) => ({ ...slide.fieldPosition(keys), text })),
  ]
}

/**
 * A name in a form other than the style sheet's, at its line; and a person
 * the source slide names whom the translated slide never names (not even by
 * family name): an attribution lost in translation.
 */
export function nameProblems(slide: LintSlide, source: LintSlide | undefined, words: LintWords, names: readonly PersonName[] = PERSON_NAMES): LintProblem[] {
  const texts = slideTexts(slide)
  const wrongForms = texts.flatMap(({ line, column, text }) => names.flatMap(person => person.wrong
    .filter(form => wordPattern(form).test(text))
    .map(form => ({ slide: slide.no, line, column, rule: 'names', message: words.wrongName(slide, form, person.en) }))))
  if (!source)
    return wrongForms
  const sourceText = slideTexts(source).map(({ text }) => text).join('\n')
  const englishText = texts.map(({ text }) => text).join('\n')
  const lost = names.filter(person => sourceText.includes(person.zh) && !wordPattern(person.family).test(englishText))
    .map(person => ({ slide: slide.no, line: slide.startLine, column: 1, rule: 'names', message: words.lostName(slide, person.zh, person.en) }))
  return [...wrongForms, ...lost]
}
