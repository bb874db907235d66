import { canvasRgba } from './colour'
import { layoutChildren } from './dom'
import { listOf } from './lists'
import { shapeOf } from './shapes'
import { lineCount, textRuns } from './textRuns'
import { walkSlide } from './walk'

/**
 * The bundle's entry (../slideLayout.ts bundles it with esbuild and adds it
 * to the page): the walk, and its pieces for tests on fixture pages.
 */
export const layoutWalk = { walkSlide, textRuns, lineCount, listOf, shapeOf, layoutChildren, canvasRgba }

export type LayoutWalk = typeof layoutWalk

declare global {
  interface Window {
    deckLayoutWalk?: LayoutWalk
  }
}

window.deckLayoutWalk = layoutWalk
