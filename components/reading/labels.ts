import type { DeckLang } from '../deck/deckWords.ts'
import { DECK_LANGS, DECK_WORDS } from '../deck/deckWords.ts'
import { LINKED_HANDOUT_PER_PAGE } from '../deck/downloads.ts'

/**
 * The words of the reading view's own controls at the top of the page, in
 * an edition: its PDF and handout links and notes toggle, and the language switch's names
 * of the other editions. They share the first screen with the cover, so the
 * font build puts their characters in the cover's subset
 * (scripts/build/fontSubsets.ts): a phone's first screen then needs no glyph
 * from the rest of the deck.
 */
export function firstScreenLabels(lang: DeckLang): string[] {
  return [DECK_WORDS[lang].notesToggle, DECK_WORDS[lang].pdfLink, DECK_WORDS[lang].handoutLink(LINKED_HANDOUT_PER_PAGE), ...DECK_LANGS.filter(other => other !== lang).map(other => DECK_WORDS[other].languageName)]
}
