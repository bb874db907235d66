/**
 * The build plugins that rewrite code or config Slidev generates. Each names,
 * at its top, the upstream file and the shape it relies on;
 * tests/unit/slidevUpstream.test.ts checks those shapes in the installed
 * @slidev/cli and @slidev/client and names the file that changed.
 */
export { chartChunk } from './chartChunk.ts'
export { keepPrintView } from './keepPrintView.ts'
export { notesOnDemand } from './notesOnDemand.ts'
export { slideGroups } from './slideGroups.ts'
export { startupModules } from './startupModules.ts'
export { unusedFeaturesLeftOut } from './unusedFeatures.ts'
