import type { DeckLang, DeckWords } from './deckWords'
import configs from '#slidev/configs'
import { DECK_WORDS, deckLangOf } from './deckWords'

/** The edition this page shows, from the headmatter's `lang:` (set per edition by setup/preparser.ts). */
export const deckLang: DeckLang = deckLangOf((configs as { lang?: unknown }).lang)

/** The words the deck's components write, in this page's edition. */
export const deckWords: DeckWords = DECK_WORDS[deckLang]
