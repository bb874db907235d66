import type { Page } from '@playwright/test'
import { mayBreakAt } from '../../components/text/wordBreaks'

/** A place where a rendered line of a text node starts: the node's text and the offset of the line's first character. */
interface RenderedBreak {
  text: string
  offset: number
}

/** Every line break that falls inside one text node of slide `no` (a break between nodes, at a <wbr> or an element, is the markup's). */
async function renderedBreaks(page: Page, no: number): Promise<RenderedBreak[]> {
  return page.locator(`#slide-content .slidev-page-${no} .slidev-layout`).evaluate((root) => {
    const breaks: Array<{ text: string, offset: number }> = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.data.trim() || node.parentElement?.closest('svg, canvas, [aria-hidden="true"]'))
        continue
      let lastTop: number | undefined
      for (let offset = 0; offset < node.data.length; offset++) {
        if (/\s/.test(node.data[offset]))
          continue
        range.setStart(node, offset)
        range.setEnd(node, offset + 1)
        const box = range.getClientRects()[0]
        if (!box)
          continue
        if (lastTop !== undefined && box.top > lastTop + box.height / 2)
          breaks.push({ text: node.data, offset })
        lastTop = box.top
      }
    }
    return breaks
  })
}

/** Each line of slide `no` that starts inside a word or splits a number from its unit, named with the text around it. */
export async function badLineBreaks(page: Page, no: number): Promise<string[]> {
  return (await renderedBreaks(page, no))
    .filter(({ text, offset }) => !mayBreakAt(text, offset))
    .map(({ text, offset }) => `a line breaks inside a word or between a number and its unit: "${text.slice(Math.max(0, offset - 6), offset)} / ${text.slice(offset, offset + 6)}"`)
}
