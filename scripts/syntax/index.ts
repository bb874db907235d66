/** The slide body's Markdown syntax: roles and the title slot. */
export { assignRoles, ATTRIBUTION, moveTitleToSlot, slideSyntax, TITLE_SLOT } from './slideSyntax.ts'
