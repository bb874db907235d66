import type { RawList } from './rawLayout'
import { cssPx } from './dom'

/**
 * The list a text block belongs to: an `<li>` itself, or (`leadingBlock`) the
 * first block inside an `<li>`. `listIds` numbers the list elements met so
 * far, so that items of one list share an id.
 */
export function listOf(el: Element, leadingBlock: boolean, listIds: Map<Element, number>): RawList | undefined {
  const item = el.tagName === 'LI' ? el : leadingBlock ? el.parentElement?.closest('li') : null
  if (!item || (item !== el && item.querySelector(':scope > *') !== el))
    return undefined
  const list = item.parentElement!
  if (!listIds.has(list))
    listIds.set(list, listIds.size + 1)
  const siblings = [...list.children].filter(child => child.tagName === 'LI')
  const start = list instanceof HTMLOListElement ? list.start : 1
  return {
    id: listIds.get(list)!,
    ordered: list.tagName === 'OL',
    styleType: getComputedStyle(item).listStyleType,
    number: start + siblings.indexOf(item),
    indentPx: cssPx(getComputedStyle(list).paddingLeft) || cssPx(getComputedStyle(item).fontSize),
  }
}
