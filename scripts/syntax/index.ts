/** The slide body's Markdown syntax: roles and the title slot. */
export { mayBreakAt, numbersWithUnits, phraseBreaks, phrasePieces, splitsNumberFromUnit } from './phrases.ts'
export type { PhrasePiece } from './phrases.ts'
export { assignRoles, ATTRIBUTION, markPhrases, moveTitleToSlot, slideSyntax, TITLE_SLOT } from './slideSyntax.ts'
