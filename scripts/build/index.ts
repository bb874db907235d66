/**
 * The build capability's entry module: the Vite plugins vite.config.ts lists,
 * in the order it lists them.
 */
export { deckFontSubsets } from './deckFontSubsets.ts'
export { editionsInDev } from './editionsInDev.ts'
export { phraseBreaksTable } from './phraseBreaksPlugin.ts'
export { pluginTimings } from './pluginTimings.ts'
export { timeMarkdownRules } from './timings.ts'
export { pointToDeckExport } from './pointToDeckExport.ts'
export { rehearsal } from './rehearsalPlugin.ts'
export { chartChunk, keepPrintView, notesOnDemand, slideGroups, startupModules, unusedFeaturesLeftOut } from './rewrites/index.ts'
