import { parseSync } from '@slidev/parser'
import { editionLangOf } from '../edition/index.ts'

/**
 * A deck file as the lint reads it: each slide with its frontmatter, body and
 * notes, and where each stands in the file, so a problem can name its line.
 */

/** A line of the file: its 1-based number and its text. */
export interface FileLine {
  line: number
  text: string
}

export interface LintSlide {
  /** 1-based, as Slidev numbers slides. */
  no: number
  title: string
  /** The `layout:` the author wrote, if any. */
  layout?: string
  frontmatter: Record<string, unknown>
  /** 1-based line of the slide's first line (its opening `---`, or the file's first line). */
  startLine: number
  /** The slide body without its notes, line by line. */
  body: FileLine[]
  /** The speaker notes (inside `<!-- -->`), line by line. */
  notes: FileLine[]
  /** The 1-based line and column of a frontmatter field, e.g. `['chart', 'series', 'values', 2]`; the nearest field that exists. */
  fieldPosition: (path: readonly (string | number)[]) => { line: number, column: number }
}

export interface DeckFile {
  path: string
  slides: LintSlide[]
}

/** A deck that cannot be read at all: not Markdown slides, or a frontmatter that is not YAML. */
export class DeckReadError extends Error {}

function lineAndColumn(text: string, offset: number): { line: number, column: number } {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: before.at(-1)!.length + 1 }
}

/** The part of a `yaml` Document the lint reads: a node's source range. */
interface YamlDoc {
  getIn: (path: readonly unknown[], keepScalar: true) => unknown
}

function positionIn(doc: YamlDoc | undefined, raw: string, firstLine: number, path: readonly (string | number)[]) {
  for (let depth = path.length; depth > 0 && doc; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined
    if (node?.range) {
      const { line, column } = lineAndColumn(raw, node.range[0])
      return { line: firstLine + line - 1, column }
    }
  }
  return { line: firstLine, column: 1 }
}

/** Splits a slide's lines into its body and its notes: the last `<!-- … -->` block, as Slidev reads notes. */
function bodyAndNotes(lines: FileLine[]): { body: FileLine[], notes: FileLine[] } {
  const close = lines.findLastIndex(({ text }) => text.trim().endsWith('-->'))
  const open = close < 0 ? -1 : lines.slice(0, close + 1).findLastIndex(({ text }) => text.trim().startsWith('<!--'))
  if (open < 0 || lines.slice(close + 1).some(({ text }) => text.trim() !== ''))
    return { body: lines, notes: [] }
  const inner = lines.slice(open, close + 1).map(({ line, text }) => ({ line, text: text.replace('<!--', '').replace('-->', '') }))
  return { body: lines.slice(0, open), notes: inner }
}

/** Why a file cannot be read as a deck, in the language of the file's edition. */
const READ_WORDS = {
  zh: {
    unreadable: (why: string) => `无法读取演示稿：${why}`,
    yaml: (place: string, no: number, why: string) => `${place}: 第 ${no} 页的 frontmatter 不是有效的 YAML:${why}`,
    notDeck: (path: string) => `${path}: 不是演示稿：没有一页有 frontmatter 或 # 标题`,
  },
  en: {
    unreadable: (why: string) => `cannot read the deck: ${why}`,
    yaml: (place: string, no: number, why: string) => `${place}: slide ${no}’s frontmatter is not valid YAML: ${why}`,
    notDeck: (path: string) => `${path}: not a deck: no slide has a frontmatter or a # heading`,
  },
}

export function readDeckFile(markdown: string, path: string): DeckFile {
  const words = READ_WORDS[editionLangOf(path)]
  let parsed: ReturnType<typeof parseSync>
  try {
    parsed = parseSync(markdown, path)
  }
  catch (error) {
    throw new DeckReadError(words.unreadable((error as Error).message.split('\n')[0]))
  }
  const fileLines = markdown.split('\n')
  const slides = parsed.slides.map((slide, index): LintSlide => {
    const frontmatterFirstLine = index === 0 && !fileLines[0].startsWith('---') ? 1 : slide.start + 2
    const yamlError = slide.frontmatterDoc?.errors[0]
    if (yamlError) {
      const line = frontmatterFirstLine + (yamlError.linePos?.[0].line ?? 1) - 1
      throw new DeckReadError(words.yaml(`${path}:${line}`, index + 1, yamlError.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')))
    }
    const contentLines = fileLines.slice(slide.contentStart, slide.end).map((text, i) => ({ line: slide.contentStart + i + 1, text }))
    const frontmatter = slide.frontmatter as Record<string, unknown>
    return {
      no: index + 1,
      title: String(frontmatter.title ?? slide.title ?? ''),
      layout: typeof frontmatter.layout === 'string' ? frontmatter.layout : undefined,
      frontmatter,
      startLine: slide.start + 1,
      ...bodyAndNotes(contentLines),
      fieldPosition: path => positionIn(slide.frontmatterDoc as YamlDoc | undefined, slide.frontmatterRaw ?? '', frontmatterFirstLine, path),
    }
  })
  const looksLikeDeck = slides.some(slide => Object.keys(slide.frontmatter).length > 0 || slide.body.some(({ text }) => /^# \S/.test(text)))
  if (!looksLikeDeck)
    throw new DeckReadError(words.notDeck(path))
  return { path, slides }
}
