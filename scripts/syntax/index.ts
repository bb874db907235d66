/** The slide body's Markdown syntax: roles and the title slot. */
export { phraseBreaks, phrasePieces } from './phrases.ts'
export { assignRoles, ATTRIBUTION, markPhrases, moveTitleToSlot, slideSyntax, TITLE_SLOT } from './slideSyntax.ts'
