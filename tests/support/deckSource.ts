import type { DeckLang } from '../../components/deck/deckWords'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describeProblems, validateChartSpec } from '../../components/charts/chartSpec'
import { ALL_EDITIONS, parseEditionDeck } from '../../scripts/edition/index'

export interface SourceSlide {
  /** 1-based, as Slidev numbers slides. */
  no: number
  title: string
  layout: string
  frontmatter: Record<string, any>
  /** The frontmatter's YAML as written, without its fences. */
  frontmatterRaw: string
  content: string
  note: string
}

export const DECK_PATH = resolve(import.meta.dirname, '../../slides.md')

/** An edition as the browser tests open it: its deck file, its slides (merged with the source's) and where the build serves it. */
export interface TestEdition {
  lang: DeckLang
  path: string
  /** The edition's address under the static deck's root: '' for the source, 'en/' for English. */
  prefix: string
  slides: SourceSlide[]
}

/** Every edition the project has (slides.md, and slides.en.md when it exists): the walks go through each. */
export const TEST_EDITIONS: TestEdition[] = ALL_EDITIONS
  .map(edition => ({ lang: edition.lang, path: resolve(import.meta.dirname, '../..', edition.file), prefix: edition.base.slice(1) }))
  .filter(edition => existsSync(edition.path))
  .map(edition => ({ ...edition, slides: readDeck(edition.path) }))

export function readDeck(path = DECK_PATH): SourceSlide[] {
  return parseDeck(readFileSync(path, 'utf8'), path)
}

/** A deck's slides as Slidev reads them: a translation's frontmatter merged with its source's (scripts/edition). */
export function parseDeck(markdown: string, path = DECK_PATH): SourceSlide[] {
  return parseEditionDeck(path, markdown).slides.map((slide, index) => ({
    no: index + 1,
    title: String(slide.frontmatter.title ?? slide.title ?? ''),
    layout: String(slide.frontmatter.layout ?? (index === 0 ? 'cover' : 'default')),
    frontmatter: slide.frontmatter,
    frontmatterRaw: slide.frontmatterRaw ?? '',
    content: slide.content,
    note: slide.note ?? '',
  }))
}

export function chartSlides(slides = readDeck()): SourceSlide[] {
  return slides.filter(slide => slide.frontmatter.chart !== undefined)
}

/** The chart slides with their validated specs; throws, naming the slide, if one is invalid. */
export function validChartSlides(slides = readDeck()) {
  return chartSlides(slides).map((slide) => {
    const result = validateChartSpec(slide.frontmatter.chart)
    if (!result.ok)
      throw new Error(describeProblems({ page: slide.no, title: slide.title }, result.problems))
    return { ...slide, spec: result.spec }
  })
}

/** Every chart block that fails validation, as the error box would word it. */
export function chartErrors(slides: SourceSlide[]): string[] {
  return chartSlides(slides).flatMap((slide) => {
    const result = validateChartSpec(slide.frontmatter.chart)
    return result.ok ? [] : [describeProblems({ page: slide.no, title: slide.title }, result.problems)]
  })
}

export const SECTION_TITLES = [
  '大模型如何变革科技创新？',
  '中国如何引进顶尖科技人才？',
  '资本在 AI 与科技创新中的作用是什么？',
] as const
