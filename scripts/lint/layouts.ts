import type { SlideStructure } from './slideStructure'

/**
 * The deck's layouts (the files in layouts/) and what each needs from a slide.
 * A contract returns what is missing, in the author's terms, or nothing.
 */

interface ListNeed {
  ordered: boolean
  min: number
  max: number
  /** Each item opens with a **bold** heading. */
  boldHeadings?: boolean
  what: string
}

/** What a layout misses, and the line to point at (else its `layout:` line). */
export interface LayoutNeed {
  message: string
  line?: number
}

function needsList(structure: SlideStructure, need: ListNeed): LayoutNeed | undefined {
  const list = structure.list
  const shape = `${need.ordered ? '编号列表（1. 2. 3.）' : '项目列表（- ）'}，${need.min === need.max ? need.min : `${need.min}–${need.max}`} 项${need.boldHeadings ? '，每项以 **小标题** 开头' : ''}`
  if (!list || list.ordered !== need.ordered)
    return { message: `需要一个${shape}作为${need.what}`, line: list?.line }
  if (list.items.length < need.min || list.items.length > need.max)
    return { message: `${need.what}应有 ${need.min === need.max ? need.min : `${need.min}–${need.max}`} 项，这里有 ${list.items.length} 项（版面放不下或撑不满）`, line: list.line }
  const plain = list.items.find(item => !item.boldHeading)
  if (need.boldHeadings && plain)
    return { message: `${need.what}的每一项都以 **小标题** 开头，下一行缩进两格写正文`, line: plain.line }
  return undefined
}

export type LayoutContract = (structure: SlideStructure) => LayoutNeed | undefined

const need = (message: string | false): LayoutNeed | undefined => message ? { message } : undefined

const titled = (check?: LayoutContract): LayoutContract => structure =>
  structure.titleLine === undefined ? { message: '需要一个 # 标题' } : check?.(structure)

export const LAYOUT_CONTRACTS: Record<string, LayoutContract> = {
  cover: titled(structure => need(structure.paragraphs.length > 2 && '封面在标题下只放两段：副标题和来源')),
  section: titled(),
  agenda: titled(),
  default: titled(),
  statement: titled(structure => need(structure.statements.length === 0 && '需要一段全部加粗的 **主张**')),
  quote: titled(structure => need(structure.quotes.length === 0 && '需要一段引语：> “原文”，下一行 > —— 姓名，职务')),
  cards: titled(structure => needsList(structure, { ordered: false, min: 2, max: 4, boldHeadings: true, what: '卡片' })),
  compare: titled(structure => needsList(structure, { ordered: false, min: 2, max: 2, boldHeadings: true, what: '对比的两张卡片' })),
  terms: titled(structure => needsList(structure, { ordered: false, min: 2, max: 4, what: '关键词' })),
  tiles: titled(structure => needsList(structure, { ordered: true, min: 2, max: 6, what: '编号块' })),
  people: titled(structure => needsList(structure, { ordered: false, min: 2, max: 6, boldHeadings: true, what: '人物（**姓名**，下一行写身份）' })),
  figures: titled(),
  chart: titled(),
}

export const LAYOUT_NAMES = Object.keys(LAYOUT_CONTRACTS)

/** The layout Slidev gives a slide that names none: the first slide is the cover. */
export function layoutOf(slide: { no: number, layout?: string }): string {
  return slide.layout ?? (slide.no === 1 ? 'cover' : 'default')
}
