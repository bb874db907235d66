/**
 * Pure mappings from what the browser measured on a slide (CSS pixels,
 * computed CSS values) to what PowerPoint wants (inches, points, hex colours).
 * No browser and no pptxgenjs here, so each rule is unit-tested on its own.
 */

/** PowerPoint's 16:9 widescreen slide is 13.333 in wide; the deck's canvas maps onto it. */
export const SLIDE_WIDTH_IN = 13.333

export interface SlideGeometry {
  widthIn: number
  heightIn: number
  /** Inches per CSS pixel of the deck's canvas. */
  inchesPerPx: number
}

export function slideGeometry(size: { width: number, height: number }): SlideGeometry {
  if (!(size.width > 0) || !(size.height > 0))
    throw new Error(`slide size must be positive, got ${size.width}×${size.height}`)
  const inchesPerPx = SLIDE_WIDTH_IN / size.width
  return { widthIn: SLIDE_WIDTH_IN, heightIn: round(size.height * inchesPerPx, 4), inchesPerPx }
}

export function pxToInches(px: number, geometry: SlideGeometry): number {
  return round(px * geometry.inchesPerPx, 4)
}

/** A CSS length on the canvas as a type size in points (1 in = 72 pt). */
export function pxToPoints(px: number, geometry: SlideGeometry): number {
  return round(px * geometry.inchesPerPx * 72, 1)
}

export interface BoxPx { x: number, y: number, width: number, height: number }
export interface BoxIn { x: number, y: number, w: number, h: number }

export function boxToInches(box: BoxPx, geometry: SlideGeometry): BoxIn {
  return { x: pxToInches(box.x, geometry), y: pxToInches(box.y, geometry), w: pxToInches(box.width, geometry), h: pxToInches(box.height, geometry) }
}

export interface HexColor {
  /** `RRGGBB`, upper case, no `#`, as pptxgenjs takes it. */
  hex: string
  /** 0 (invisible) to 1 (opaque). */
  alpha: number
}

/**
 * `rgb(27, 36, 48)`, `rgba(0, 0, 0, 0.5)`, `rgb(27 36 48 / 50%)`, `#1b2430`
 * or `#fff` → `{ hex: '1B2430', alpha }`. Throws on anything else, so an
 * unknown colour format is noticed rather than drawn black.
 */
export function cssColorToHex(value: string): HexColor {
  const text = value.trim().toLowerCase()
  const hexMatch = /^#([0-9a-f]{3,8})$/.exec(text)
  if (hexMatch) {
    let digits = hexMatch[1]
    if (digits.length === 3 || digits.length === 4)
      digits = [...digits].map(d => d + d).join('')
    if (digits.length !== 6 && digits.length !== 8)
      throw new Error(`unsupported CSS colour: ${value}`)
    const alpha = digits.length === 8 ? Number.parseInt(digits.slice(6), 16) / 255 : 1
    return { hex: digits.slice(0, 6).toUpperCase(), alpha: round(alpha, 3) }
  }
  const fn = /^rgba?\((.*)\)$/.exec(text)
  if (!fn)
    throw new Error(`unsupported CSS colour: ${value}`)
  const parts = fn[1].split(/[\s,/]+/).filter(Boolean)
  if (parts.length < 3 || parts.length > 4)
    throw new Error(`unsupported CSS colour: ${value}`)
  const channels = parts.slice(0, 3).map(part => clamp(part.endsWith('%') ? Number.parseFloat(part) * 2.55 : Number.parseFloat(part), 0, 255))
  const alphaPart = parts[3]
  const alpha = alphaPart === undefined ? 1 : alphaPart.endsWith('%') ? Number.parseFloat(alphaPart) / 100 : Number.parseFloat(alphaPart)
  if ([...channels, alpha].some(Number.isNaN))
    throw new Error(`unsupported CSS colour: ${value}`)
  return { hex: channels.map(c => Math.round(c).toString(16).padStart(2, '0')).join('').toUpperCase(), alpha: round(clamp(alpha, 0, 1), 3) }
}

/** PowerPoint has bold or not; CSS weights 600 and above are bold. */
export function isBold(fontWeight: string | number): boolean {
  const weight = fontWeight === 'bold' || fontWeight === 'bolder' ? 700 : Number(fontWeight)
  return weight >= 600
}

export type PptxAlign = 'left' | 'center' | 'right' | 'justify'

export function textAlign(cssAlign: string): PptxAlign {
  switch (cssAlign) {
    case 'center':
    case '-webkit-center':
      return 'center'
    case 'right':
    case 'end':
    case '-webkit-right':
      return 'right'
    case 'justify':
      return 'justify'
    default:
      return 'left'
  }
}

/** CSS `line-height` (computed: `normal` or a px length) in points. */
export function lineHeightPoints(lineHeight: string, fontSizePx: number, geometry: SlideGeometry): number {
  const px = lineHeight === 'normal' ? fontSizePx * 1.2 : Number.parseFloat(lineHeight)
  if (Number.isNaN(px))
    throw new Error(`unsupported line-height: ${lineHeight}`)
  return pxToPoints(px, geometry)
}

export type PptxBullet = false | { type?: 'number', numberType?: 'arabicPeriod' | 'alphaLcPeriod' | 'alphaUcPeriod' | 'romanLcPeriod' | 'romanUcPeriod', numberStartAt?: number, indent: number }

/** A list item's marker as a PowerPoint bullet: none, a bullet, or a number that goes on counting across text boxes. */
export function listBullet(styleType: string, number: number, indentPt: number): PptxBullet {
  const indent = Math.max(1, Math.round(indentPt))
  switch (styleType) {
    case 'none':
      return false
    case 'decimal':
    case 'decimal-leading-zero':
      return { type: 'number', numberType: 'arabicPeriod', numberStartAt: number, indent }
    case 'lower-alpha':
    case 'lower-latin':
      return { type: 'number', numberType: 'alphaLcPeriod', numberStartAt: number, indent }
    case 'upper-alpha':
    case 'upper-latin':
      return { type: 'number', numberType: 'alphaUcPeriod', numberStartAt: number, indent }
    case 'lower-roman':
      return { type: 'number', numberType: 'romanLcPeriod', numberStartAt: number, indent }
    case 'upper-roman':
      return { type: 'number', numberType: 'romanUcPeriod', numberStartAt: number, indent }
    default:
      return { indent }
  }
}

export interface Side { widthPx: number, color: string }
export interface Sides { top: Side, right: Side, bottom: Side, left: Side }

export interface EdgeBar { box: BoxPx, color: string }

/** Whether all four borders are drawn alike, so one outline on the shape draws them. */
export function uniformBorder(sides: Sides): Side | undefined {
  const all = [sides.top, sides.right, sides.bottom, sides.left]
  return all.every(side => side.widthPx === all[0].widthPx && side.color === all[0].color) && all[0].widthPx > 0 ? all[0] : undefined
}

/**
 * Borders that differ from side to side (a card's thick top rule, a quote's
 * left bar) as filled bars along the box's edges, each in its own colour.
 */
export function edgeBars(box: BoxPx, sides: Sides): EdgeBar[] {
  const bars: EdgeBar[] = []
  if (sides.top.widthPx > 0)
    bars.push({ box: { x: box.x, y: box.y, width: box.width, height: sides.top.widthPx }, color: sides.top.color })
  if (sides.bottom.widthPx > 0)
    bars.push({ box: { x: box.x, y: box.y + box.height - sides.bottom.widthPx, width: box.width, height: sides.bottom.widthPx }, color: sides.bottom.color })
  if (sides.left.widthPx > 0)
    bars.push({ box: { x: box.x, y: box.y, width: sides.left.widthPx, height: box.height }, color: sides.left.color })
  if (sides.right.widthPx > 0)
    bars.push({ box: { x: box.x + box.width - sides.right.widthPx, y: box.y, width: sides.right.widthPx, height: box.height }, color: sides.right.color })
  return bars
}

/**
 * Text boxes get a little more room than the browser needed, on the side the
 * text grows towards, so another renderer's slightly wider glyphs do not wrap
 * a line the slide shows whole.
 */
export function widenForRenderer(box: BoxPx, align: PptxAlign, slackPx: number): BoxPx {
  switch (align) {
    case 'center':
      return { ...box, x: box.x - slackPx / 2, width: box.width + slackPx }
    case 'right':
      return { ...box, x: box.x - slackPx, width: box.width + slackPx }
    default:
      return { ...box, width: box.width + slackPx }
  }
}

export interface ListItemLike {
  list?: { id: number }
  /** Parts of one block of mixed content (a quotation and its cite) share a flow. */
  flow?: number
  box: BoxPx
}

/** Whether `item` goes in the same text box as `previous`, the last item of a box: it is stacked under it and of one list or one flow with it. */
function continuesBox(previous: ListItemLike, item: ListItemLike): boolean {
  if (item.box.y < previous.box.y + previous.box.height - 1)
    return false
  if (previous.list && item.list)
    return previous.list.id === item.list.id && Math.abs(previous.box.x - item.box.x) < 1 && Math.abs(previous.box.width - item.box.width) < 1
  return !previous.list && !item.list && previous.flow !== undefined && previous.flow === item.flow
}

/**
 * Consecutive items of one list stacked in one column become one text box
 * with one paragraph each (a list in PowerPoint); items laid out side by side
 * (a grid of list items) stay separate boxes. So do the stacked parts of one
 * flow (a quotation and its attribution): in one box, a line more in the
 * viewer's font pushes what follows down instead of running into it.
 * Returns groups in input order.
 */
export function groupIntoTextBoxes<T extends ListItemLike>(items: T[]): T[][] {
  const groups: T[][] = []
  for (const item of items) {
    const last = groups.at(-1)
    const previous = last?.at(-1)
    if (last && previous && continuesBox(previous, item))
      last.push(item)
    else
      groups.push([item])
  }
  return groups
}

/**
 * How a text box fits its text in the viewer's font. Every box wraps at its
 * width. One paragraph (a label, a legend entry, a lead) shrinks to the room
 * the browser gave it, so it never runs into the box below; several
 * paragraphs in one box (a list, a quotation with its attribution) flow one
 * after another and the box grows to hold them.
 */
export function textFit(group: readonly unknown[]): 'shrink' | 'resize' {
  return group.length === 1 ? 'shrink' : 'resize'
}

/** The smallest box holding all of `boxes`. */
export function unionBox(boxes: readonly BoxPx[]): BoxPx {
  const x = Math.min(...boxes.map(box => box.x))
  const y = Math.min(...boxes.map(box => box.y))
  const right = Math.max(...boxes.map(box => box.x + box.width))
  const bottom = Math.max(...boxes.map(box => box.y + box.height))
  return { x, y, width: right - x, height: bottom - y }
}

/** A DrawingML preset pattern for each fill pattern of the deck's charts. */
export function patternPreset(pattern: 'solid' | 'diagonal' | 'dots' | 'cross'): string | undefined {
  return { solid: undefined, diagonal: 'wdUpDiag', dots: 'pct25', cross: 'lgGrid' }[pattern]
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
