import type { BoxPx, Sides } from '../pptxMapping'
import type { ToRgba } from './colour'
import type { RawShape } from './rawLayout'
import { firstGradientColour, isVisibleColour } from './colour'
import { cssPx } from './dom'
import { coversSlide, insetBox, isDegenerate } from './geometry'

/** What the walk needs to place a box: the slide's size, the box of a client rectangle, colours as rgba(). */
export interface Placement {
  size: { width: number, height: number }
  boxOf: (rect: DOMRect) => BoxPx
  rgba: ToRgba
}

export interface ShapeFound {
  shape?: RawShape
  /** The slide's background, from a box that covers the slide. */
  background?: string
}

/** Each border side's width (0 when it does not show) and colour. */
export function bordersOf(style: CSSStyleDeclaration, rgba: ToRgba): Sides {
  const side = (name: 'top' | 'right' | 'bottom' | 'left') => {
    const widthPx = style.getPropertyValue(`border-${name}-style`) === 'none' ? 0 : cssPx(style.getPropertyValue(`border-${name}-width`))
    const color = rgba(style.getPropertyValue(`border-${name}-color`))
    return { widthPx: isVisibleColour(color) ? widthPx : 0, color }
  }
  return { top: side('top'), right: side('right'), bottom: side('bottom'), left: side('left') }
}

/**
 * A block with a background or a border as a shape; one that covers the
 * slide gives the slide its background instead (and a shape only for its
 * border). Nothing for a box with neither, or too small to draw.
 */
export function shapeOf(el: Element, style: CSSStyleDeclaration, { size, boxOf, rgba }: Placement): ShapeFound {
  const sides = bordersOf(style, rgba)
  const colour = rgba(style.backgroundColor)
  const gradient = firstGradientColour(style.backgroundImage)
  const fill = isVisibleColour(colour) ? colour : gradient ? rgba(gradient) : undefined
  const bordered = Object.values(sides).some(s => s.widthPx > 0)
  if (!fill && !bordered)
    return {}
  const box = boxOf(el.getBoundingClientRect())
  if (isDegenerate(box))
    return {}
  if (coversSlide(box, size) && fill)
    return { background: fill, shape: bordered ? { kind: 'shape', box, sides, radiusPx: 0 } : undefined }
  return { shape: { kind: 'shape', box, fill, sides, radiusPx: cssPx(style.borderTopLeftRadius) } }
}

/** The box inside an element's border and padding. */
export function contentBox(el: Element, style: CSSStyleDeclaration, boxOf: Placement['boxOf']): BoxPx {
  return insetBox(boxOf(el.getBoundingClientRect()), {
    top: cssPx(style.borderTopWidth) + cssPx(style.paddingTop),
    right: cssPx(style.borderRightWidth) + cssPx(style.paddingRight),
    bottom: cssPx(style.borderBottomWidth) + cssPx(style.paddingBottom),
    left: cssPx(style.borderLeftWidth) + cssPx(style.paddingLeft),
  })
}
