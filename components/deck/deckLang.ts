import type { DeckWords } from './deckWords'
import type { DeckLang } from './languages'
import { DECK_WORDS } from './deckWords'
import { deckLangOf } from './languages'

/**
 * The edition this page shows: its `<html lang>`, which Slidev writes from
 * the headmatter (setup/preparser.ts sets it per edition). Read from the
 * page, not from Slidev's configs module, which would cost the first slide
 * a chunk of its own.
 */
export const deckLang: DeckLang = deckLangOf(document.documentElement.lang)

/** The words the deck's components write, in this page's edition. */
export const deckWords: DeckWords = DECK_WORDS[deckLang]
