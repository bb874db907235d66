import type { Page } from 'playwright-core'
import type { DeckInfo } from '../../project/index'
import type { BoxPx, Sides } from './pptxMapping'
import { printAnchorId } from '../../../components/deck/slideIndex'

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

interface WalkInput { id: string, no: number, width: number, height: number }

/**
 * Runs in the page. Self-contained: no imports, every helper inside.
 * Block boxes with a background or border become shapes; runs of inline
 * content become text boxes (one per block, or per anonymous run of text
 * beside blocks); a chart's canvas becomes a chart; img/svg/video/other
 * canvases become pictures. A box covering the whole slide gives the slide
 * its background instead of a shape.
 */
function walkSlide({ id, no, width, height }: WalkInput): RawSlide {
  const container = document.getElementById(id)
  if (!container)
    throw new Error(`slide ${no}: no element #${id} in the print view`)
  const origin = container.getBoundingClientRect()
  const scale = origin.width / width
  const items: RawItem[] = []
  const probe = document.createElement('canvas')
  probe.width = 1
  probe.height = 1
  const paint = probe.getContext('2d', { willReadFrequently: true })!
  const listIds = new Map<Element, number>()
  let chartIndex = 0
  let pictureIndex = 0
  let titled = false
  let background = ''

  const rgba = (value: string): string => {
    paint.clearRect(0, 0, 1, 1)
    paint.fillStyle = '#000'
    paint.fillStyle = value
    paint.fillRect(0, 0, 1, 1)
    const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data
    return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`
  }
  const visibleColour = (value: string) => !/,\s*0\.000\)$/.test(value)
  const px = (value: string) => Number.parseFloat(value) || 0
  const boxOf = (rect: DOMRect): BoxPx => ({
    x: (rect.left - origin.left) / scale,
    y: (rect.top - origin.top) / scale,
    width: rect.width / scale,
    height: rect.height / scale,
  })
  const isInline = (node: Node) => node.nodeType === Node.TEXT_NODE
    || (node instanceof Element && getComputedStyle(node).display === 'inline' && !isPicture(node))
  const isPicture = (el: Element) => ['IMG', 'SVG', 'VIDEO', 'CANVAS'].includes(el.tagName.toUpperCase())
  const hidden = (style: CSSStyleDeclaration) => style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0
  /** Children as the layout sees them: `display: contents` elements are see-through. */
  const layoutChildren = (el: Element): Node[] => [...el.childNodes].flatMap(node =>
    node instanceof Element && getComputedStyle(node).display === 'contents' ? layoutChildren(node) : [node])

  const runsOf = (nodes: Node[]) => {
    const runs: RawRun[] = []
    let breakNext = false
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement!
        const style = getComputedStyle(parent)
        if (hidden(style))
          return
        const text = (node.textContent ?? '').replace(/\s+/g, ' ')
        if (!text)
          return
        runs.push({
          text,
          breakBefore: breakNext,
          fontSizePx: px(style.fontSize),
          fontWeight: style.fontWeight,
          italic: style.fontStyle === 'italic',
          underline: style.textDecorationLine.includes('underline'),
          color: rgba(style.color),
        })
        breakNext = false
      }
      else if (node instanceof Element) {
        if (node.tagName === 'BR') {
          breakNext = true
          return
        }
        if (hidden(getComputedStyle(node)))
          return
        node.childNodes.forEach(visit)
      }
    }
    nodes.forEach(visit)
    // White space collapses as the browser collapses it: none at the ends of a line, one between words.
    for (let i = 0; i < runs.length; i++) {
      const atLineStart = i === 0 || runs[i].breakBefore || runs[i - 1].text.endsWith(' ')
      if (atLineStart)
        runs[i].text = runs[i].text.replace(/^ /, '')
      const atLineEnd = i === runs.length - 1 || runs[i + 1].breakBefore
      if (atLineEnd)
        runs[i].text = runs[i].text.replace(/ $/, '')
    }
    return runs.filter(run => run.text || run.breakBefore)
  }

  const listOf = (el: Element, leadingBlock: boolean): RawList | undefined => {
    const item = el.tagName === 'LI' ? el : leadingBlock ? el.parentElement?.closest('li') : null
    if (!item || (item !== el && item.querySelector(':scope > *') !== el))
      return undefined
    const list = item.parentElement!
    if (!listIds.has(list))
      listIds.set(list, listIds.size + 1)
    const siblings = [...list.children].filter(child => child.tagName === 'LI')
    const start = list instanceof HTMLOListElement ? list.start : 1
    const listStyle = getComputedStyle(list)
    return {
      id: listIds.get(list)!,
      ordered: list.tagName === 'OL',
      styleType: getComputedStyle(item).listStyleType,
      number: start + siblings.indexOf(item),
      indentPx: px(listStyle.paddingLeft) || px(getComputedStyle(item).fontSize),
    }
  }

  /** Lines are told apart by the vertical centres of text fragments (glyph boxes may overlap the next line's). */
  const lineCount = (nodes: Node[]) => {
    const rects: DOMRect[] = []
    const collect = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim()) {
        const range = document.createRange()
        range.selectNodeContents(node)
        rects.push(...[...range.getClientRects()].filter(rect => rect.width > 0 && rect.height > 0))
      }
      node.childNodes.forEach(collect)
    }
    nodes.forEach(collect)
    const centre = (rect: DOMRect) => rect.top + rect.height / 2
    rects.sort((a, b) => centre(a) - centre(b))
    let lines = 0
    let lineCentre = -Infinity
    for (const rect of rects) {
      if (centre(rect) > lineCentre + rect.height / 2) {
        lines++
        lineCentre = centre(rect)
      }
    }
    return Math.max(1, lines)
  }

  const pushText = (nodes: Node[], owner: Element, box: BoxPx, wholeElement: boolean) => {
    const runs = runsOf(nodes)
    if (!runs.some(run => run.text.trim()))
      return
    const style = getComputedStyle(owner)
    const isTitle = !titled && owner.tagName === 'H1' && wholeElement
    if (isTitle)
      titled = true
    items.push({
      kind: 'text',
      box,
      runs,
      align: style.textAlign,
      lineHeight: style.lineHeight,
      fontSizePx: px(style.fontSize),
      lines: lineCount(nodes),
      isTitle,
      list: wholeElement ? listOf(owner, true) : undefined,
    })
  }

  const contentBox = (el: Element, style: CSSStyleDeclaration): BoxPx => {
    const box = boxOf(el.getBoundingClientRect())
    const left = px(style.borderLeftWidth) + px(style.paddingLeft)
    const top = px(style.borderTopWidth) + px(style.paddingTop)
    const right = px(style.borderRightWidth) + px(style.paddingRight)
    const bottom = px(style.borderBottomWidth) + px(style.paddingBottom)
    return { x: box.x + left, y: box.y + top, width: Math.max(0, box.width - left - right), height: Math.max(0, box.height - top - bottom) }
  }

  const shapeOf = (el: Element, style: CSSStyleDeclaration) => {
    const side = (name: 'Top' | 'Right' | 'Bottom' | 'Left') => {
      const widthPx = style.getPropertyValue(`border-${name.toLowerCase()}-style`) === 'none' ? 0 : px(style.getPropertyValue(`border-${name.toLowerCase()}-width`))
      const color = rgba(style.getPropertyValue(`border-${name.toLowerCase()}-color`))
      return { widthPx: visibleColour(color) ? widthPx : 0, color }
    }
    const sides = { top: side('Top'), right: side('Right'), bottom: side('Bottom'), left: side('Left') }
    const colour = rgba(style.backgroundColor)
    const gradient = /(rgba?\([^)]*\)|#[0-9a-f]{3,8})/i.exec(style.backgroundImage === 'none' ? '' : style.backgroundImage)?.[1]
    const fill = visibleColour(colour) ? colour : gradient ? rgba(gradient) : undefined
    const bordered = Object.values(sides).some(s => s.widthPx > 0)
    if (!fill && !bordered)
      return
    const box = boxOf(el.getBoundingClientRect())
    if (box.width < 0.5 || box.height < 0.5)
      return
    const coversSlide = box.width >= width * 0.98 && box.height >= height * 0.98
    if (coversSlide && fill) {
      background = fill
      if (!bordered)
        return
      items.push({ kind: 'shape', box, sides, radiusPx: 0 })
      return
    }
    items.push({ kind: 'shape', box, fill, sides, radiusPx: px(style.borderTopLeftRadius) })
  }

  const walk = (el: Element) => {
    const style = getComputedStyle(el)
    if (hidden(style))
      return
    if (el.tagName === 'CANVAS' && el.closest('[data-chart-state]')) {
      items.push({ kind: 'chart', box: boxOf(el.getBoundingClientRect()), index: chartIndex++ })
      return
    }
    if (isPicture(el)) {
      const marker = `${no}-${pictureIndex++}`
      el.setAttribute('data-pptx-picture', marker)
      const alt = el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? el.querySelector('title')?.textContent ?? ''
      items.push({ kind: 'picture', box: boxOf(el.getBoundingClientRect()), alt, marker })
      return
    }
    if (style.display !== 'contents')
      shapeOf(el, style)
    const children = layoutChildren(el)
    const meaningful = children.filter(node => node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim())
    if (meaningful.length > 0 && meaningful.every(isInline)) {
      pushText(children, el, contentBox(el, style), true)
      return
    }
    // Mixed content: each run of inline nodes between blocks is an anonymous text block.
    let group: Node[] = []
    const flush = () => {
      if (group.some(node => (node.textContent ?? '').trim())) {
        const range = document.createRange()
        range.setStartBefore(group[0])
        range.setEndAfter(group.at(-1)!)
        pushText(group, el, boxOf(range.getBoundingClientRect()), false)
      }
      group = []
    }
    for (const node of children) {
      if (isInline(node)) {
        group.push(node)
        continue
      }
      flush()
      if (node instanceof Element)
        walk(node)
    }
    flush()
  }

  // The container's own page background, then everything on the slide.
  for (let el: Element | null = container; el && !background; el = el.parentElement) {
    const colour = rgba(getComputedStyle(el).backgroundColor)
    if (visibleColour(colour))
      background = colour
  }
  walk(container)
  return { no, background: background || rgba(getComputedStyle(document.body).backgroundColor), items }
}

/** Reads every slide's layout from an open print view (see printView.ts). */
export async function readSlideLayouts(page: Page, info: DeckInfo): Promise<RawSlide[]> {
  // tsx compiles with esbuild's keepNames, which wraps functions in a `__name` helper the page lacks.
  await page.evaluate('globalThis.__name ??= (fn) => fn')
  const slides: RawSlide[] = []
  for (const slide of info.slides)
    slides.push(await page.evaluate(walkSlide, { id: printAnchorId(slide.no), no: slide.no, width: info.size.width, height: info.size.height }))
  return slides
}
