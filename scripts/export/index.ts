/**
 * The export capability's entry module: what other capabilities use, kept
 * light, since `npm start` loads it before it serves the deck (the PDF
 * libraries alone take about 0.3 s to load). The exports themselves load in
 * export.ts, each from its own module, when a target needs it; the heavier
 * parts have entries of their own: ./pdf/index.ts, ./pptx/index.ts and
 * ./live/index.ts.
 */
export { assertWritable, replaceFolder, writeAtomically } from './atomicWrite'
export { BUILD_INPUTS, ensureBuild } from './deckBuild'
