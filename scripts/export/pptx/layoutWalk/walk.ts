import type { BoxPx } from '../pptxMapping'
import type { ToRgba } from './colour'
import type { RawItem, RawSlide, WalkInput } from './rawLayout'
import type { Placement } from './shapes'
import { canvasRgba, isVisibleColour } from './colour'
import { cssPx, hasText, isHidden, isInline, isPicture, layoutChildren } from './dom'
import { boxOn, startAtFirstLine } from './geometry'
import { listOf } from './lists'
import { contentBox, shapeOf } from './shapes'
import { lineCount, textRuns } from './textRuns'

/**
 * Runs in the page (bundled by ../slideLayout.ts). Block boxes with a
 * background or border become shapes; runs of inline content become text
 * boxes (one per block, or per anonymous run of text beside blocks); a
 * chart's canvas becomes a chart; img/svg/video/other canvases become
 * pictures. A box covering the whole slide gives the slide its background
 * instead of a shape.
 */

/** One slide's walk: where it is, and what it has found so far. */
interface SlideWalk extends Placement {
  no: number
  items: RawItem[]
  listIds: Map<Element, number>
  chartIndex: number
  pictureIndex: number
  titled: boolean
  background: string
  /** The mixed-content block being walked (see RawText.flow), and how many such blocks the slide has had. */
  flow?: number
  flows: number
}

export function walkSlide({ id, no, width, height }: WalkInput): RawSlide {
  const container = document.getElementById(id)
  if (!container)
    throw new Error(`slide ${no}: no element #${id} in the print view`)
  const origin = container.getBoundingClientRect()
  const scale = origin.width / width
  const rgba = canvasRgba()
  const walk: SlideWalk = {
    no,
    size: { width, height },
    boxOf: rect => boxOn(rect, origin, scale),
    rgba,
    items: [],
    listIds: new Map(),
    chartIndex: 0,
    pictureIndex: 0,
    titled: false,
    flows: 0,
    background: pageBackground(container, rgba),
  }
  walkElement(walk, container)
  return { no, background: walk.background || rgba(getComputedStyle(document.body).backgroundColor), items: walk.items }
}

/** The first visible background colour of the container or an element around it; '' when none. */
function pageBackground(container: Element, rgba: ToRgba): string {
  for (let el: Element | null = container; el; el = el.parentElement) {
    const colour = rgba(getComputedStyle(el).backgroundColor)
    if (isVisibleColour(colour))
      return colour
  }
  return ''
}

function walkElement(walk: SlideWalk, el: Element): void {
  const style = getComputedStyle(el)
  if (isHidden(style))
    return
  if (el.tagName === 'CANVAS' && el.closest('[data-chart-state]')) {
    walk.items.push({ kind: 'chart', box: walk.boxOf(el.getBoundingClientRect()), index: walk.chartIndex++ })
    return
  }
  if (isPicture(el)) {
    pushPicture(walk, el)
    return
  }
  if (style.display !== 'contents')
    pushShape(walk, el, style)
  const children = layoutChildren(el)
  const meaningful = children.filter(node => node.nodeType !== Node.TEXT_NODE || hasText(node))
  if (meaningful.length > 0 && meaningful.every(isInline))
    pushText(walk, children, el, contentBox(el, style, walk.boxOf), true)
  else
    walkMixedContent(walk, el, children)
}

/** Marks the element to screenshot it by later, and records it as a picture. */
function pushPicture(walk: SlideWalk, el: Element): void {
  const marker = `${walk.no}-${walk.pictureIndex++}`
  el.setAttribute('data-pptx-picture', marker)
  const alt = el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? el.querySelector('title')?.textContent ?? ''
  walk.items.push({ kind: 'picture', box: walk.boxOf(el.getBoundingClientRect()), alt, marker })
}

function pushShape(walk: SlideWalk, el: Element, style: CSSStyleDeclaration): void {
  const { shape, background } = shapeOf(el, style, walk)
  if (background)
    walk.background = background
  if (shape)
    walk.items.push(shape)
}

/** Blocks and inline content side by side: each run of inline nodes between blocks is an anonymous text block. */
function walkMixedContent(walk: SlideWalk, el: Element, children: readonly Node[]): void {
  const outer = walk.flow
  const flow = walk.flows++
  const holdsText = children.some(node => isInline(node) && hasText(node))
  let group: Node[] = []
  const flush = () => {
    if (group.some(hasText)) {
      const range = document.createRange()
      range.setStartBefore(group[0])
      range.setEndAfter(group.at(-1)!)
      const box = startAtFirstLine(walk.boxOf(range.getBoundingClientRect()), [...range.getClientRects()].map(walk.boxOf))
      walk.flow = flow
      pushText(walk, group, el, box, false)
    }
    group = []
  }
  for (const node of children) {
    if (isInline(node)) {
      group.push(node)
      continue
    }
    flush()
    if (node instanceof Element) {
      // A block inside text (a quotation's cite) flows with that text; a block of blocks starts flows of its own.
      walk.flow = holdsText ? flow : undefined
      walkElement(walk, node)
    }
  }
  flush()
  walk.flow = outer
}

/** A text box for `nodes`, set in `owner`; `wholeElement` when they are all of owner's content (a title, a list item). */
function pushText(walk: SlideWalk, nodes: readonly Node[], owner: Element, box: BoxPx, wholeElement: boolean): void {
  const runs = textRuns(nodes, walk.rgba)
  if (!runs.some(run => run.text.trim()))
    return
  const style = getComputedStyle(owner)
  const isTitle = !walk.titled && owner.tagName === 'H1' && wholeElement
  if (isTitle)
    walk.titled = true
  walk.items.push({
    kind: 'text',
    box,
    runs,
    align: style.textAlign,
    lineHeight: style.lineHeight,
    fontSizePx: cssPx(style.fontSize),
    lines: lineCount(nodes),
    isTitle,
    list: wholeElement ? listOf(owner, true, walk.listIds) : undefined,
    flow: walk.flow,
  })
}
