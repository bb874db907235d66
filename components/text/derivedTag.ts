import { DECK_WORDS } from '../deck/deckWords'

/** The mark a figure or chart value carries when the deck computed it from the article's figures (the notes quote it as “推算”). */
export const DERIVED_TAG = DECK_WORDS.zh.derived
