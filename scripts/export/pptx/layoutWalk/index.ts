/**
 * The layout walk: typed modules that run in the browser, bundled into one
 * script by ../slideLayout.ts. Node code takes from here only the types and
 * the bundle's entry file.
 */
export const BROWSER_ENTRY = new URL('./browserEntry.ts', import.meta.url)
export type { LayoutWalk } from './browserEntry'
export type { RawChart, RawItem, RawList, RawPicture, RawRun, RawShape, RawSlide, RawText, WalkInput } from './rawLayout'
