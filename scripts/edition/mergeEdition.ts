import type { DeckLang } from '../../components/deck/deckWords.ts'
import type { Edition } from './editions.ts'
import { formatDeckNumber } from '../../components/deck/deckWords.ts'
import { pairSlides, slideIdOf } from './slidePairing.ts'

/**
 * A translated slide is its source slide with the text replaced. The
 * translation's frontmatter holds only text: the headmatter's titles, each
 * slide's title and section, a chart's caption, labels, series name, unit,
 * source and how each derived value was derived, a figure card's label,
 * unit and source. Everything else (layout, chart kind, values, figure
 * values, route aliases, settings) is read from the source slide, so a
 * number lives in one place. Numbers in 万 and 亿 are scaled to plain
 * numbers, which the edition writes in its own way (862,000; US$60 billion).
 *
 * A text the translation lacks stays missing, never falls back to the
 * source's: the slide's chart or cards then show an error box naming the
 * field, and the lint names its line.
 */

/** The headmatter keys a translation writes. */
export const TRANSLATED_HEADMATTER_KEYS = ['title', 'titleTemplate', 'author', 'keywords', 'info'] as const
/** The slide frontmatter keys a translation writes. */
export const TRANSLATED_SLIDE_KEYS = ['title', 'section', 'chart', 'figures'] as const
/** Within them, the text fields a translation writes. */
export const TRANSLATED_CHART_KEYS = ['caption', 'labels', 'series'] as const
export const TRANSLATED_SERIES_KEYS = ['name', 'unit', 'source', 'derived'] as const
export const TRANSLATED_DERIVED_KEYS = ['how'] as const
export const TRANSLATED_FIGURE_KEYS = ['label', 'unit', 'source', 'derived'] as const

type Fields = Record<string, unknown>

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fieldsOf(value: unknown): Fields {
  return isFields(value) ? value : {}
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** The object without its undefined fields, so a schema reads a missing text as missing. */
function defined(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))
}

/** What a Chinese unit's leading 万 or 亿 multiplies by: `万人` → 10,000; `亿美元` → 100,000,000; `人` → 1. */
export function unitMagnitude(unit: unknown): number {
  if (typeof unit !== 'string')
    return 1
  const prefix = /^(万亿|亿|万)/.exec(unit.trim())?.[1]
  return prefix === '万亿' ? 1e12 : prefix === '亿' ? 1e8 : prefix === '万' ? 1e4 : 1
}

/** A source value in the translation's plain units: 6.62 万 → 66,200 (no floating-point dust). */
export function scaledValue(value: unknown, sourceUnit: unknown): unknown {
  return typeof value === 'number' ? Number((value * unitMagnitude(sourceUnit)).toPrecision(12)) : value
}

const ORDINAL_RANK = /^第\s*(\d+)\s*位$/

function englishOrdinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'
  return `${n}${suffix}`
}

/**
 * A figure card's value in the edition: a number scaled and written as the
 * edition writes numbers (600 亿 → `60 billion`); a rank (`第 11 位`) as an
 * ordinal (`11th`); other text (`6.53%`, `Quafu`) as it is.
 */
export function translatedFigureValue(value: unknown, sourceUnit: unknown, lang: DeckLang): unknown {
  if (typeof value === 'number')
    return formatDeckNumber(Number(scaledValue(value, sourceUnit)), lang)
  const rank = typeof value === 'string' ? ORDINAL_RANK.exec(value.trim()) : null
  if (rank && lang === 'en')
    return englishOrdinal(Number(rank[1]))
  return value
}

function mergeChart(source: unknown, translation: unknown): unknown {
  if (!isFields(source))
    return source
  const tr = fieldsOf(translation)
  const series = fieldsOf(source.series)
  const trSeries = fieldsOf(tr.series)
  const sourceLabels = listOf(source.labels)
  const labels = Array.isArray(tr.labels) ? tr.labels : undefined
  const trDerived = listOf(trSeries.derived)
  const derived = Array.isArray(series.derived)
    ? series.derived.map((item, index) => defined({
        label: labels?.[sourceLabels.indexOf(fieldsOf(item).label)],
        how: fieldsOf(trDerived[index]).how,
      }))
    : undefined
  return defined({
    ...source,
    caption: tr.caption,
    labels,
    series: isFields(source.series)
      ? defined({
          ...series,
          name: trSeries.name,
          unit: trSeries.unit,
          source: trSeries.source,
          values: Array.isArray(series.values) ? series.values.map(value => scaledValue(value, series.unit)) : series.values,
          derived,
        })
      : source.series,
  })
}

function mergeFigures(source: unknown, translation: unknown, lang: DeckLang): unknown {
  if (!Array.isArray(source))
    return source
  const tr = listOf(translation)
  return source.map((figure, index) => {
    if (!isFields(figure))
      return figure
    const trFigure = fieldsOf(tr[index])
    const value = translatedFigureValue(figure.value, figure.unit, lang)
    // A number's magnitude word goes with its unit, so the card's large figure is the number alone: 262.93 | billion yuan.
    const [number, magnitude] = typeof figure.value === 'number' ? String(value).split(' ') : [value, undefined]
    return defined({
      value: number,
      unit: figure.unit === undefined || trFigure.unit === undefined ? undefined : [magnitude, trFigure.unit].filter(Boolean).join(' '),
      label: trFigure.label,
      source: trFigure.source,
      derived: figure.derived === undefined ? undefined : trFigure.derived,
    })
  })
}

/** A translated slide's frontmatter: the source slide's, with the translation's text in place of the source's text. The pairing `id` is the file's, not the slide's: it is left out. */
export function mergeSlideFrontmatter(source: Fields, translation: Fields, lang: DeckLang): Fields {
  // A slide without a chart or cards gets none: merging a missing chart or list gives it back missing.
  return defined({
    ...source,
    id: undefined,
    title: translation.title,
    section: source.section === undefined ? undefined : translation.section,
    chart: mergeChart(source.chart, translation.chart),
    figures: mergeFigures(source.figures, translation.figures, lang),
  })
}

/** The translated headmatter (the first slide's frontmatter): the source's settings, the translation's titles, the edition's language and faces. */
export function mergeHeadmatter(source: Fields, translation: Fields, edition: Edition): Fields {
  const slide = mergeSlideFrontmatter(source, translation, edition.lang)
  const texts = Object.fromEntries(TRANSLATED_HEADMATTER_KEYS.map(key => [key, translation[key]]))
  const faces = edition.fonts.join(',')
  return defined({
    ...slide,
    ...texts,
    lang: edition.htmlLang,
    htmlAttrs: { ...fieldsOf(source.htmlAttrs), lang: edition.htmlLang },
    fonts: { ...fieldsOf(source.fonts), sans: faces, serif: faces, local: faces },
  })
}

/**
 * A translated deck's frontmatters, slide by slide: the headmatter first,
 * then each slide merged with the source slide of its `id` (slidePairing.ts);
 * a slide that pairs with none keeps only its text, so its chart or cards
 * show what is missing.
 */
export function mergeFrontmatters(source: readonly Fields[], translation: readonly Fields[], edition: Edition): Fields[] {
  const { sourceOf } = pairSlides(source.map(slideIdOf), translation.map(slideIdOf))
  return translation.map((slide, index) => index === 0
    ? mergeHeadmatter(source[0] ?? {}, slide, edition)
    : mergeSlideFrontmatter(source[sourceOf[index] ?? -1] ?? {}, slide, edition.lang))
}
