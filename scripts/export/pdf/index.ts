/** The slides PDF: printing it from the print view, and finishing Chromium's tagged PDF for PDF/UA-1. */
export { printPdf, paintLineEndSpaces, setPrintHeadingLevels } from './printPdf'
export { finishWithCache } from './finishCache'
export { STANDARD_STRUCTURE_TYPES } from './structureTypes'
