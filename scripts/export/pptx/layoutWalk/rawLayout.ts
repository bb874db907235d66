import type { BoxPx, Sides } from '../pptxMapping'

/**
 * What the print view draws on each slide, measured in the browser: boxes in
 * the canvas's CSS pixels (0,0 is the slide's top left), computed styles as
 * CSS gives them, colours normalised to `rgba()`. The PPTX exporter turns
 * this into shapes with pptxMapping's pure functions.
 */

export interface RawRun {
  text: string
  /** A line break (`<br>`) before this run's text. */
  breakBefore: boolean
  fontSizePx: number
  fontWeight: string
  italic: boolean
  underline: boolean
  color: string
}

export interface RawList {
  /** Items with the same id belong to one list element. */
  id: number
  ordered: boolean
  styleType: string
  /** The item's number in its list (ordered lists). */
  number: number
  /** Room the marker takes left of the text, in px. */
  indentPx: number
}

export interface RawText {
  kind: 'text'
  box: BoxPx
  runs: RawRun[]
  align: string
  lineHeight: string
  fontSizePx: number
  /** How many lines the browser set the text in. */
  lines: number
  /** The slide's title (its first h1). */
  isTitle: boolean
  list?: RawList
  /**
   * Text and blocks that share one block of mixed content (a quotation and
   * its cite) share this number; the exporter keeps them in one text box, so
   * the second flows after the first in any font.
   */
  flow?: number
}

export interface RawShape {
  kind: 'shape'
  box: BoxPx
  /** Background colour, or the first colour of a background gradient; absent when none. */
  fill?: string
  sides: Sides
  radiusPx: number
}

export interface RawChart {
  kind: 'chart'
  box: BoxPx
  /** Which chart of the slide, in document order. */
  index: number
}

export interface RawPicture {
  kind: 'picture'
  box: BoxPx
  alt: string
  /** Value of the `data-pptx-picture` attribute the walk put on it, to screenshot it by. */
  marker: string
}

export type RawItem = RawText | RawShape | RawChart | RawPicture

export interface RawSlide {
  no: number
  /** The slide's background colour. */
  background: string
  /** Back to front, in document order. */
  items: RawItem[]
}

/** Which slide to walk: its container's id, its number and the canvas size in CSS pixels. */
export interface WalkInput { id: string, no: number, width: number, height: number }
