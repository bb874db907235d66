import type { ToRgba } from './colour'
import type { RawRun } from './rawLayout'
import { countLines } from './geometry'
import { cssPx, isHidden } from './dom'

/**
 * White space collapses as the browser collapses it: none at the ends of a
 * line, one between words. Runs left empty go, unless they carry a line break.
 */
export function collapseRunSpaces(runs: readonly RawRun[]): RawRun[] {
  const collapsed = runs.map(run => ({ ...run }))
  for (let i = 0; i < collapsed.length; i++) {
    const atLineStart = i === 0 || collapsed[i].breakBefore || collapsed[i - 1].text.endsWith(' ')
    if (atLineStart)
      collapsed[i].text = collapsed[i].text.replace(/^ /, '')
    const atLineEnd = i === collapsed.length - 1 || collapsed[i + 1].breakBefore
    if (atLineEnd)
      collapsed[i].text = collapsed[i].text.replace(/ $/, '')
  }
  return collapsed.filter(run => run.text || run.breakBefore)
}

/** The styled runs of text under `nodes`, in order: one per text node that shows, `<br>` as a break before the next. */
export function textRuns(nodes: readonly Node[], rgba: ToRgba): RawRun[] {
  const runs: RawRun[] = []
  let breakNext = false
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const run = runOf(node, breakNext, rgba)
      if (run) {
        runs.push(run)
        breakNext = false
      }
    }
    else if (node instanceof Element) {
      if (node.tagName === 'BR')
        breakNext = true
      else if (!isHidden(getComputedStyle(node)))
        node.childNodes.forEach(visit)
    }
  }
  nodes.forEach(visit)
  return collapseRunSpaces(runs)
}

/** One text node as a run styled as its parent, or undefined when hidden or empty. */
function runOf(node: Node, breakBefore: boolean, rgba: ToRgba): RawRun | undefined {
  const style = getComputedStyle(node.parentElement!)
  const text = (node.textContent ?? '').replace(/\s+/g, ' ')
  if (isHidden(style) || !text)
    return undefined
  return {
    text,
    breakBefore,
    fontSizePx: cssPx(style.fontSize),
    fontWeight: style.fontWeight,
    italic: style.fontStyle === 'italic',
    underline: style.textDecorationLine.includes('underline'),
    color: rgba(style.color),
  }
}

/** How many lines the browser set the text under `nodes` in. */
export function lineCount(nodes: readonly Node[]): number {
  const fragments: DOMRect[] = []
  const collect = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim()) {
      const range = document.createRange()
      range.selectNodeContents(node)
      fragments.push(...[...range.getClientRects()].filter(rect => rect.width > 0 && rect.height > 0))
    }
    node.childNodes.forEach(collect)
  }
  nodes.forEach(collect)
  return countLines(fragments)
}
