import type { DeckLang } from '../../components/deck/deckWords.ts'
import { DECK_LANGS, editionBase, editionFileName, LANGUAGES } from '../../components/deck/languages.ts'

/**
 * The deck's editions. Chinese is the source: slides.md holds every slide's
 * layout, chart values and figure values, and its text. Each other edition
 * is a file beside it, slides.<lang>.md, that holds only text (see
 * mergeEdition.ts), and is built and served under /<lang>/.
 */
export interface Edition {
  lang: DeckLang
  /** The deck file, relative to the project. */
  file: string
  /** `<html lang>`, the PDF's /Lang, the PPTX's text language. */
  htmlLang: string
  /** Where the edition is served: `/` for the source, `/<lang>/` for a translation. */
  base: string
  /** The faces the edition's text is set in, first choice first: the headmatter's `fonts.sans`. */
  fonts: string[]
}

export const SOURCE_LANG: DeckLang = 'zh'

export const EDITIONS: Record<DeckLang, Edition> = {
  zh: { lang: 'zh', file: 'slides.md', htmlLang: LANGUAGES.zh.htmlLang, base: editionBase('zh'), fonts: LANGUAGES.zh.faces },
  en: { lang: 'en', file: 'slides.en.md', htmlLang: LANGUAGES.en.htmlLang, base: editionBase('en'), fonts: LANGUAGES.en.faces },
}

export const ALL_EDITIONS: Edition[] = DECK_LANGS.map(lang => EDITIONS[lang])

export function isDeckLang(value: string): value is DeckLang {
  return (DECK_LANGS as readonly string[]).includes(value)
}

const TRANSLATION_FILE = /\.([a-z]{2})\.md$/

/** The edition of a deck file by its name: `talk.en.md` is English, anything else the source language. */
export function editionLangOf(path: string): DeckLang {
  const lang = TRANSLATION_FILE.exec(path)?.[1]
  return lang && isDeckLang(lang) ? lang : SOURCE_LANG
}

/** The source deck a translation is merged with: `talk.en.md` → `talk.md`; a source file is its own. */
export function sourceFileOf(path: string): string {
  return editionLangOf(path) === SOURCE_LANG ? path : path.replace(TRANSLATION_FILE, '.md')
}

/** The file of `lang`'s edition beside a source deck: `talk.md` → `talk.en.md`. */
export function editionFileOf(sourcePath: string, lang: DeckLang): string {
  return lang === SOURCE_LANG ? sourcePath : sourcePath.replace(/\.md$/, `.${lang}.md`)
}

export { editionFileName }
