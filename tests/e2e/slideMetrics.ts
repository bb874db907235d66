import type { Page } from '@playwright/test'

/** What a room sees of one slide, measured in the slide canvas's own pixels. */
export interface SlideMetrics {
  canvas: { width: number, height: number }
  /** Visible text outside the footer: characters (no spaces) by computed font size. */
  runs: Array<{ chars: number, fontSize: number, role: 'title' | 'figure' | 'text', sample: string }>
  /** The tallest horizontal band with nothing painted, between the slide's top and its footer. */
  emptyBand: { top: number, height: number }
  /** Area of each chart's canvas box. */
  chartAreas: number[]
  /**
   * The space between the title's last line and the first thing painted under
   * it, and between the last thing painted and the footer rule; undefined on a
   * slide with no title or nothing under it.
   */
  gaps?: { underTitle: number, aboveFooter: number }
}

/** Measures slide `no`, shown in the audience view. */
export async function slideMetrics(page: Page, no: number): Promise<SlideMetrics> {
  return page.evaluate((no) => {
    const slide = document.querySelector<HTMLElement>(`#slide-content .slidev-page-${no}`)!
    const layout = slide.querySelector<HTMLElement>('.slidev-layout')!
    const frame = slide.getBoundingClientRect()
    const width = layout.offsetWidth
    const height = layout.offsetHeight
    const scale = frame.width / width
    const footer = slide.querySelector('.deck-footer')
    const toCanvas = (r: DOMRect) => ({ top: (r.top - frame.top) / scale, bottom: (r.bottom - frame.top) / scale, width: r.width / scale, height: r.height / scale })
    const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })

    const runs: SlideMetrics['runs'] = []
    const painted: Array<{ top: number, bottom: number, title?: boolean }> = []
    const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!
      const text = (node.textContent ?? '').replace(/\s+/g, '')
      if (!text || parent.closest('.deck-footer') || !visible(parent))
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0)
      if (rects.length === 0)
        continue
      painted.push(...rects.map(rect => ({ ...toCanvas(rect), title: Boolean(parent.closest('h1')) })))
      const role = parent.closest('h1') ? 'title' : parent.matches('.figure-value') ? 'figure' : 'text'
      runs.push({ chars: [...text].length, fontSize: Number.parseFloat(getComputedStyle(parent).fontSize), role, sample: text.slice(0, 16) })
    }
    for (const el of layout.querySelectorAll('*')) {
      if (el.closest('.deck-footer') || !visible(el))
        continue
      const style = getComputedStyle(el)
      const fills = style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.backgroundImage !== 'none'
      const bordered = ['Top', 'Right', 'Bottom', 'Left'].some(side => Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0)
      if (fills || bordered || el.matches('canvas, svg, img'))
        painted.push(toCanvas(el.getBoundingClientRect()))
    }

    const floor = footer ? toCanvas(footer.getBoundingClientRect()).top : height
    const spans = painted.filter(p => p.bottom > 0 && p.top < floor).sort((a, b) => a.top - b.top)
    let reached = 0
    let emptyBand = { top: 0, height: 0 }
    for (const span of [...spans, { top: floor, bottom: floor }]) {
      if (span.top - reached > emptyBand.height)
        emptyBand = { top: reached, height: span.top - reached }
      reached = Math.max(reached, span.bottom)
    }
    const chartAreas = [...layout.querySelectorAll('.chart-box')].map((box) => {
      const r = toCanvas(box.getBoundingClientRect())
      return r.width * r.height
    })
    const title = spans.filter(span => span.title)
    const content = spans.filter(span => !span.title && span.top >= Math.max(...title.map(span => span.bottom)))
    const gaps = title.length > 0 && content.length > 0
      ? { underTitle: Math.min(...content.map(span => span.top)) - Math.max(...title.map(span => span.bottom)), aboveFooter: floor - Math.max(...content.map(span => span.bottom)) }
      : undefined
    return { canvas: { width, height }, runs, emptyBand, chartAreas, gaps }
  }, no)
}
