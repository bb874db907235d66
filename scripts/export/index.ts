/**
 * The export capability's entry module. The heavier parts have entries of
 * their own, loaded only by the exports that need them: ./pptx/index.ts and
 * ./live/index.ts.
 */
export { assertWritable, replaceFolder, writeAtomically } from './atomicWrite'
export { BUILD_INPUTS, ensureBuild } from './deckBuild'
export { handoutTitle, printHandout } from './handout'
export { printPdf } from './pdf/index'
export { loadPrintView, openPrintView, switchPrintViewScheme, waitForPrintView } from './printView'
export type { PrintViewOptions } from './printView'
export { captureSlides, writePngs } from './slidePictures'
export { readSpeakerNotes } from './speakerNotes'
export type { SlideNotes } from './speakerNotes'
