/**
 * The deck's languages: what a page needs to know of every edition to offer
 * the others (the language switch), kept apart from the editions' words
 * (deckWords.ts) so that the first slide carries only this.
 */

export const DECK_LANGS = ['zh', 'en'] as const
export type DeckLang = (typeof DECK_LANGS)[number]

export interface Language {
  /** `<html lang>`, the PDF's /Lang, the PPTX's text language. */
  htmlLang: string
  /** The switch's label for this edition, in its own language. */
  name: string
  /** The switch's accessible name, in this edition's language. */
  switchLabel: string
  /** The faces its text is set in, first choice first (styles/deck.css sets the same as --deck-font). */
  faces: string[]
}

export const LANGUAGES: Record<DeckLang, Language> = {
  zh: { htmlLang: 'zh-CN', name: '中文', switchLabel: '切换语言', faces: ['Noto Sans SC'] },
  en: { htmlLang: 'en', name: 'English', switchLabel: 'Language', faces: ['Noto Sans', 'Noto Sans SC'] },
}

/** Where an edition is served: the source language at `/`, a translation under `/<lang>/` (`/en/12`). */
export function editionBase(lang: DeckLang): string {
  return lang === 'zh' ? '/' : `/${lang}/`
}

/** An export's file name in an edition: `slides.pdf` for the source language, `slides.en.pdf` for English, `png` → `png.en`. */
export function editionFileName(file: string, lang: DeckLang): string {
  return lang === 'zh' ? file : file.replace(/(\.[a-z]+)?$/, ext => `.${lang}${ext}`)
}

/** The edition a page or headmatter's `lang` names: English for any `en…` tag, Chinese otherwise. */
export function deckLangOf(lang: unknown): DeckLang {
  return typeof lang === 'string' && /^en\b/i.test(lang) ? 'en' : 'zh'
}
