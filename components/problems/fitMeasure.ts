import type { BoxRole, FitSource, MeasuredAxis, MeasuredBox, Rect, SlideFit, TextRun } from './fitChecks'

/**
 * Measuring a slide as shown, for the rules in fitChecks.ts. Each measuring
 * function is self-contained (no import used at run time, its helpers
 * inside): the browser tests hand it to the page as it stands
 * (`locator.evaluate(measureBoxes, …)`), and the dev server's box
 * (FitProblems.vue) calls `measureSlideFit`.
 */

/** The class of the box the dev server shows its findings in: never measured itself (written out in measureBoxes). */
export const FIT_BOX_CLASS = 'fit-problems'

/** Slide `slide` (a `.slidev-page-N`) measured: its boxes, its text and its charts' axes; the canvas is `slide.closest(canvasSelector)`, or the slide. */
export function measureSlideFit(slide: Element, canvasSelector?: string): SlideFit {
  return { ...measureBoxes(slide, canvasSelector), axes: measureAxes(slide) }
}

/**
 * Every box slide `slide` shows and every line of its layout's text, in the
 * canvas's own pixels, with what each box is to a reader and where an
 * author changes it.
 */
export function measureBoxes(slide: Element, canvasSelector?: string): Omit<SlideFit, 'axes'> {
  const canvas = (canvasSelector ? slide.closest(canvasSelector) : slide) as HTMLElement
  const frame = canvas.getBoundingClientRect()
  const scale = frame.width / (canvas.offsetWidth || frame.width || 1)
  const toCanvas = (r: { left: number, top: number, right: number, bottom: number }): Rect =>
    ({ left: (r.left - frame.left) / scale, top: (r.top - frame.top) / scale, right: (r.right - frame.left) / scale, bottom: (r.bottom - frame.top) / scale })
  const layout = slide.querySelector('.slidev-layout')
  const footer = slide.querySelector('.deck-footer')
  // The error boxes laid over a slide (the lint's, this one's) are messages to the author, not the slide's text.
  const ignored = (el: Element) => el.closest('.fit-problems, .deck-problems') !== null
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
  }
  const elements = [...slide.querySelectorAll('*')].filter(el => !ignored(el) && shown(el))
  const indexOf = new Map(elements.map((el, index) => [el, index]))
  const short = (text: string) => {
    const flat = text.replace(/\s+/g, ' ').trim()
    return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat
  }
  const siblingNo = (el: Element, selector: string) => [...slide.querySelectorAll(selector)].indexOf(el)
  const CARDS = /\blayout-(?:cards|compare|terms|tiles|people)\b/

  const ROLES: Array<[string, BoxRole]> = [['.deck-footer', 'footer'], ['h1', 'heading'], ['.figure-card', 'figure'], ['.chart-caption', 'caption'], ['.chart-legend', 'legend'], ['.chart-box', 'chart'], ['blockquote', 'quote']]
  const roleOf = (el: Element): BoxRole => ROLES.find(([selector]) => el.closest(selector))?.[1]
    ?? (el.closest('li') ? (CARDS.test(layout?.className ?? '') ? 'card' : 'item') : el.closest('p') ? 'paragraph' : 'box')
  const FIELDS: Array<[string, string]> = [['.chart-caption', 'chart.caption'], ['.chart-source', 'chart.series.source'], ['.chart-note', 'chart.series.derived'], ['.chart-legend', 'chart.labels'], ['.chart-box', 'chart']]
  const sourceOf = (el: Element): FitSource => {
    if (!layout?.contains(el))
      return { kind: 'none' }
    if (el.closest('h1'))
      return { kind: 'heading' }
    const figure = el.closest('.figure-card')
    if (figure) {
      const part = ['label', 'source', 'value'].find(name => el.closest(`.figure-${name}`))
      return { kind: 'field', field: `figures[${siblingNo(figure, '.figure-card')}]${part ? `.${part}` : ''}` }
    }
    const entry = el.closest('.chart-values > li')
    const field = entry ? `chart.labels[${siblingNo(entry, '.chart-values > li')}]` : FIELDS.find(([selector]) => el.closest(selector))?.[1]
    if (field)
      return { kind: 'field', field }
    const item = el.closest('.stage > :is(ul, ol) > li')
    return item ? { kind: 'item', no: [...item.parentElement!.children].indexOf(item) + 1 } : { kind: 'body' }
  }

  const boxes: MeasuredBox[] = elements.map((el) => {
    let parent: number | undefined
    for (let up = el.parentElement; up && parent === undefined; up = up.parentElement)
      parent = indexOf.get(up)
    const style = getComputedStyle(el)
    const clips = el instanceof HTMLElement && style.overflow !== 'visible' && !el.matches('canvas')
    return {
      role: roleOf(el),
      text: short((el as HTMLElement).innerText ?? el.textContent ?? ''),
      source: sourceOf(el),
      rect: toCanvas(el.getBoundingClientRect()),
      parent,
      inLayout: el !== layout && Boolean(layout?.contains(el)) && !el.closest('.deck-footer'),
      clip: clips ? { contentWidth: el.scrollWidth, contentHeight: el.scrollHeight, width: el.clientWidth, height: el.clientHeight } : undefined,
    }
  })

  const runs: TextRun[] = []
  if (layout) {
    const range = document.createRange()
    const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parentElement = node.parentElement!
      if (!(node.textContent ?? '').trim() || ignored(parentElement) || parentElement.closest('svg, canvas') || !indexOf.has(parentElement) && !shown(parentElement))
        continue
      range.selectNodeContents(node)
      const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0)
      if (rects.length === 0)
        continue
      // The boxes a reader sees around the text: a heading, a paragraph, an item, a card, anything with a fill or a border (not a layout's wrappers).
      const within: number[] = []
      for (let up: Element | null = parentElement; up && up !== layout; up = up.parentElement) {
        const index = indexOf.get(up)
        const style = getComputedStyle(up)
        const painted = style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.backgroundImage !== 'none' || ['Top', 'Right', 'Bottom', 'Left'].some(side => Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0)
        if (index !== undefined && !['inline', 'contents'].includes(style.display) && (boxes[index].role !== 'box' || painted))
          within.push(index)
      }
      // Each line as tall as its line box (the line height, centred on the glyphs' box): a tight line height lets glyphs rise past it.
      const lineHeight = Number.parseFloat(getComputedStyle(parentElement).lineHeight)
      const half = (r: DOMRect) => (Number.isFinite(lineHeight) ? lineHeight * scale : r.height) / 2
      const extent = toCanvas({ left: Math.min(...rects.map(r => r.left)), top: Math.min(...rects.map(r => (r.top + r.bottom) / 2 - half(r))), right: Math.max(...rects.map(r => r.right)), bottom: Math.max(...rects.map(r => (r.top + r.bottom) / 2 + half(r))) })
      runs.push({ text: short(node.textContent ?? ''), extent, within })
    }
  }

  return {
    canvas: { width: canvas.offsetWidth || frame.width / scale, height: canvas.offsetHeight || frame.height / scale },
    footerTop: footer ? toCanvas(footer.getBoundingClientRect()).top : undefined,
    boxes,
    runs,
  }
}

/** Every axis of each chart drawn on slide `slide`: its length and breadth, its title and its category labels, as wide as Chart.js draws them. */
export function measureAxes(slide: Element): MeasuredAxis[] {
  interface Font { size?: number, family?: string, weight?: string | number, style?: string }
  interface Scale {
    id: string
    type: string
    isHorizontal: () => boolean
    width: number
    height: number
    ticks: Array<{ label: string | string[] }>
    options: { title?: { display?: boolean, text?: string | string[], font?: Font }, ticks?: { font?: Font } }
  }
  const axes: MeasuredAxis[] = []
  const charts = [...slide.querySelectorAll('canvas')].filter(el => el.getBoundingClientRect().width > 0)
  charts.forEach((chartCanvas, chartNo) => {
    const chart = (chartCanvas as HTMLCanvasElement & { chartInstance?: { scales: Record<string, Scale> } }).chartInstance
    const context = chartCanvas.getContext('2d')
    if (!chart || !context)
      return
    const widthIn = (font: Font | undefined, text: string) => {
      context.save()
      context.font = `${font?.style ?? 'normal'} ${font?.weight ?? 'normal'} ${font?.size ?? 12}px ${font?.family ?? 'sans-serif'}`
      const width = context.measureText(text).width
      context.restore()
      return width
    }
    for (const scale of Object.values(chart.scales)) {
      const horizontal = scale.isHorizontal()
      const title = scale.options.title
      const titleText = Array.isArray(title?.text) ? title.text.join(' ') : title?.text
      const labels = scale.type !== 'category'
        ? []
        : scale.ticks.map((tick) => {
            const lines = Array.isArray(tick.label) ? tick.label : [tick.label]
            return { text: lines.join(' '), width: Math.max(0, ...lines.map(line => widthIn(scale.options.ticks?.font, String(line)))) }
          })
      axes.push({
        chart: chartNo,
        id: scale.id,
        horizontal,
        length: horizontal ? scale.width : scale.height,
        thickness: horizontal ? scale.height : scale.width,
        title: title?.display && titleText ? { text: titleText, width: widthIn(title.font, titleText) } : undefined,
        labels,
      })
    }
  })

  return axes
}
