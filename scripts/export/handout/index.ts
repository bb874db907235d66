/** The handouts: 1 a page with the speaker notes, and 2, 3 or 6 a page (3 with ruled lines), on A4 or Letter. */
export { printNotesHandout, handoutSlideScale } from './notesHandout'
export { gridHandoutPlan, printGridHandout } from './gridHandout'
export type { GridPage, GridPlan } from './gridHandout'
export { handoutPages, handoutSheet, largestGrid, PAPER_SIZES } from './handoutLayout'
export type { Box, GridPerPage, HandoutSheet } from './handoutLayout'
export { handoutTitle, pageLabel } from './handoutWords'
