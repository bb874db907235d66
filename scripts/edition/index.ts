/** The deck's editions: which exist, where each is served, and how a translation merges with the source deck. */
export { ALL_EDITIONS, editionFileName, editionFileOf, editionLangOf, EDITIONS, isDeckLang, SOURCE_LANG, sourceFileOf } from './editions.ts'
export type { Edition } from './editions.ts'
export { parseEditionDeck } from './editionDeck.ts'
export { mergeFrontmatters, mergeHeadmatter, mergeSlideFrontmatter, scaledValue, translatedFigureValue, TRANSLATED_CHART_KEYS, TRANSLATED_DERIVED_KEYS, TRANSLATED_FIGURE_KEYS, TRANSLATED_HEADMATTER_KEYS, TRANSLATED_SERIES_KEYS, TRANSLATED_SLIDE_KEYS, unitMagnitude } from './mergeEdition.ts'
export { pairSlides, SLIDE_ID, slideIdOf } from './slidePairing.ts'
export type { SlidePairing } from './slidePairing.ts'
