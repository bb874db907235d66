import type { Page } from '@playwright/test'
import { numbersWithUnits, splitsNumberFromUnit, usableBreaks } from '../../components/text/wordBreaks'
import { phraseBreaks } from '../../scripts/syntax/index'

/** A place where a rendered line starts: the text of its block (a paragraph, a card label, a legend entry) and the offset of the line's first character. */
interface RenderedBreak {
  text: string
  offset: number
}

/**
 * Every line break inside a block of slide `no`, whatever drew the text: the
 * slide's Markdown, a figure card, a chart's caption and legend, the agenda.
 * A block is the nearest element that is not inline; its text is read across
 * the elements and `<wbr>`s inside it, as a reader reads the line.
 */
async function renderedBreaks(page: Page, no: number): Promise<RenderedBreak[]> {
  return page.locator(`#slide-content .slidev-page-${no} .slidev-layout`).evaluate((root) => {
    const blocks = new Map<Element, Array<{ node: Text, start: number }>>()
    const texts = new Map<Element, string>()
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('svg, canvas, [aria-hidden="true"]'))
        continue
      let block = node.parentElement!
      while (block !== root && getComputedStyle(block).display.startsWith('inline'))
        block = block.parentElement!
      const text = texts.get(block) ?? ''
      blocks.set(block, [...blocks.get(block) ?? [], { node, start: text.length }])
      texts.set(block, text + node.data)
    }
    const breaks: Array<{ text: string, offset: number }> = []
    const range = document.createRange()
    for (const [block, nodes] of blocks) {
      const text = texts.get(block)!
      // A character starts a new line when it sits below the last one, not beside it: a smaller unit set on the
      // number's baseline (600 亿美元) starts lower but overlaps the number's box.
      let last: DOMRect | undefined
      for (const { node, start } of nodes) {
        for (let offset = 0; offset < node.data.length; offset++) {
          if (/\s/.test(node.data[offset]))
            continue
          range.setStart(node, offset)
          range.setEnd(node, offset + 1)
          const box = range.getClientRects()[0]
          if (!box)
            continue
          if (last && box.top > last.bottom - Math.min(box.height, last.height) / 4)
            breaks.push({ text, offset: start + offset })
          last = box
        }
      }
    }
    return breaks
  })
}

/** Marks a line may start after (closing) or before (opening), wherever the words around them are. */
const AFTER_MARK = /[，。、：；？！）”’》…—·\-–\/]/u
const BEFORE_MARK = /[（“‘《]/u

/**
 * Whether a line of `text` may start at `offset`: at a space, beside a mark
 * that closes or opens a phrase, or at one of the text's phrase breaks (the
 * deck's word segmentation: BudouX and ICU, the deck's own words kept whole),
 * never between a number and its unit.
 */
export function mayStartLine(text: string, offset: number): boolean {
  if (splitsNumberFromUnit(text, offset))
    return false
  if (/\s/.test(text[offset - 1] ?? ' ') || AFTER_MARK.test(text[offset - 1] ?? '') || BEFORE_MARK.test(text[offset] ?? ''))
    return true
  return phraseBoundaries(text).includes(offset)
}

/** The deck's phrase breaks of `text` that a line may take. */
function phraseBoundaries(text: string): number[] {
  return usableBreaks(text, phraseBreaks(text))
}

/** The word or the number and unit that a line starting at `offset` cuts: the phrase of `text` around it. */
export function cutWord(text: string, offset: number): string {
  const unit = numbersWithUnits(text).find(({ start, end }) => offset > start && offset < end)
  if (unit)
    return text.slice(unit.start, unit.end)
  const spaces = [...text.matchAll(/\s+/g)].flatMap(match => [match.index, match.index + match[0].length])
  const bounds = [0, ...phraseBoundaries(text), ...spaces, text.length]
  const start = Math.max(...bounds.filter(bound => bound < offset))
  const end = Math.min(...bounds.filter(bound => bound > offset))
  return text.slice(start, end).trim()
}

/** Each line of slide `no` that starts inside a word or splits a number from its unit, naming the word and the text around it. */
export async function badLineBreaks(page: Page, no: number): Promise<string[]> {
  return (await renderedBreaks(page, no))
    .filter(({ text, offset }) => !mayStartLine(text, offset))
    .map(({ text, offset }) => `a line breaks inside “${cutWord(text, offset)}”: "${text.slice(Math.max(0, offset - 6), offset)} / ${text.slice(offset, offset + 6)}"`)
}

/** The title of slide `no` when its last line holds a single word (English: a title never ends on a lone word). */
export async function loneLastWord(page: Page, no: number): Promise<string[]> {
  const last = await page.locator(`#slide-content .slidev-page-${no} .slidev-layout h1`).first().evaluate((title) => {
    const range = document.createRange()
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT)
    let text = ''
    let lineStart = 0
    let lastTop: number | undefined
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let offset = 0; offset < node.data.length; offset++) {
        range.setStart(node, offset)
        range.setEnd(node, offset + 1)
        const box = range.getClientRects()[0]
        if (box && !/\s/.test(node.data[offset])) {
          if (lastTop !== undefined && box.top > lastTop + box.height / 2)
            lineStart = text.length + offset
          lastTop = box.top
        }
      }
      text += node.data
    }
    return { text, lastLine: lineStart > 0 ? text.slice(lineStart).trim() : '' }
  }).catch(() => ({ text: '', lastLine: '' }))
  return last.lastLine && !/\s/.test(last.lastLine) ? [`the title ends on a lone word: "${last.lastLine}" in "${last.text}"`] : []
}
