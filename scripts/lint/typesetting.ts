/**
 * Chinese typesetting checks for the deck's text: full-width punctuation in
 * Chinese sentences, one way of writing numbers.
 */

const HAN = /\p{Script=Han}/u
/** Half-width marks that Chinese text writes full-width: ，：；？！（）“” and so on. */
const HALF_WIDTH = new Set([...',:;?!()"\''])

/** Which typesetting rule a problem breaks (the lint tells each in the edition's words, lintWords.ts). */
export type TypesettingRule = 'fullWidth' | 'thousands' | 'percentSpace' | 'minusChange'

/** Each rule in English: the browser tests' reports, and the lint's English words. */
export const TYPESETTING_RULES: Record<TypesettingRule, string> = {
  fullWidth: 'Chinese text takes full-width punctuation',
  thousands: 'numbers are written without a thousands separator (1500, not 1,500)',
  percentSpace: 'a percentage sits next to its number (7%, not 7 %)',
  minusChange: 'a change is written in words (as 同比下降 18.29%), not with a minus sign',
}

export interface TypesettingProblem {
  /** Where the text came from, e.g. "slide 3 notes". */
  where: string
  /** The offending characters with a little context. */
  excerpt: string
  /** Where the offending characters start in the text (UTF-16 offset). */
  index: number
  kind: TypesettingRule
  /** The rule in English (TYPESETTING_RULES). */
  rule: string
}

function excerpt(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 6), index + length + 6)
}

/** The nearest character before (step -1) or after (step 1) `index` that is not a space. */
function neighbour(chars: string[], index: number, step: 1 | -1): string {
  for (let i = index + step; i >= 0 && i < chars.length; i += step) {
    if (!/\s/.test(chars[i]))
      return chars[i]
  }
  return ''
}

/**
 * Each half-width mark next to a Chinese character (spaces between do not
 * count), and each half-width full stop that ends a Chinese sentence.
 */
export function halfWidthPunctuation(text: string, where: string): TypesettingProblem[] {
  const chars = [...text]
  const problems: TypesettingProblem[] = []
  let offset = 0
  chars.forEach((char, index) => {
    const before = neighbour(chars, index, -1)
    const after = neighbour(chars, index, 1)
    const wrong = HALF_WIDTH.has(char) ? HAN.test(before) || HAN.test(after) : char === '.' && HAN.test(before)
    if (wrong)
      problems.push({ where, excerpt: excerpt(text, offset, char.length), index: offset, kind: 'fullWidth', rule: TYPESETTING_RULES.fullWidth })
    offset += char.length
  })
  return problems
}

const NUMBER_RULES: Array<{ pattern: RegExp, kind: TypesettingRule }> = [
  { pattern: /\d,\d{3}/g, kind: 'thousands' },
  { pattern: /\d\s+%/g, kind: 'percentSpace' },
  { pattern: /[−-]\d+(?:\.\d+)?%/g, kind: 'minusChange' },
]

/** Numbers written another way than the deck's one way. */
export function numberStyle(text: string, where: string): TypesettingProblem[] {
  return NUMBER_RULES.flatMap(({ pattern, kind }) => [...text.matchAll(pattern)].map(match => ({
    where,
    excerpt: excerpt(text, match.index, match[0].length),
    index: match.index,
    kind,
    rule: TYPESETTING_RULES[kind],
  })))
}

/**
 * The text a reader sees in a slide's Markdown: attribute values of HTML
 * tags and components are kept (they are labels and titles), the tag syntax
 * around them is dropped.
 */
export function visibleText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, tag => ` ${[...tag.matchAll(/[\w:-]+="([^"]*)"/g)].map(match => match[1]).join(' ')} `)
}

/** Every string inside a frontmatter value, with its path: `chart.series.source`, and its keys: `['chart', 'series', 'source']`. */
export function frontmatterStrings(value: unknown, path = '', keys: Array<string | number> = []): Array<{ path: string, keys: Array<string | number>, text: string }> {
  if (typeof value === 'string')
    return [{ path, keys, text: value }]
  if (Array.isArray(value))
    return value.flatMap((item, index) => frontmatterStrings(item, `${path}[${index}]`, [...keys, index]))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => frontmatterStrings(item, path ? `${path}.${key}` : key, [...keys, key]))
  return []
}
