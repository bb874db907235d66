import { DECK_LANGS, DECK_WORDS } from '../deck/deckWords.ts'

/**
 * The words of the reading view's own controls at the top of the page, in
 * every edition. They share the first screen with the cover, so the font
 * build puts their characters in the cover's subset
 * (scripts/build/fontSubsets.ts): a phone's first screen then needs no glyph
 * from the rest of the deck.
 */
export const FIRST_SCREEN_LABELS = DECK_LANGS.flatMap(lang => [DECK_WORDS[lang].notesToggle, DECK_WORDS[lang].pdfLink, DECK_WORDS[lang].languageName])
