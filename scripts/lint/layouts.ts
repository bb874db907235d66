import type { DeckLang } from '../../components/deck/deckWords'
import type { SlideStructure } from './slideStructure'

/**
 * The deck's layouts (the files in layouts/) and what each needs from a slide.
 * A contract returns what is missing, in the author's terms and the deck
 * file's language, or nothing.
 */

/** A text in each edition's language. */
type Said = Record<DeckLang, string>

interface ListNeed {
  ordered: boolean
  min: number
  max: number
  /** Each item opens with a **bold** heading. */
  boldHeadings?: boolean
  what: Said
}

/** What a layout misses, and the line to point at (else its `layout:` line). */
export interface LayoutNeed {
  message: string
  line?: number
}

function needsList(structure: SlideStructure, need: ListNeed, lang: DeckLang): LayoutNeed | undefined {
  const list = structure.list
  const count = need.min === need.max ? `${need.min}` : `${need.min}–${need.max}`
  const what = need.what[lang]
  if (!list || list.ordered !== need.ordered) {
    const message = lang === 'zh'
      ? `需要一个${need.ordered ? '编号列表（1. 2. 3.）' : '项目列表（- ）'}，${count} 项${need.boldHeadings ? '，每项以 **小标题** 开头' : ''}作为${what}`
      : `needs ${need.ordered ? 'a numbered list (1. 2. 3.)' : 'a bulleted list (- )'} of ${count} items${need.boldHeadings ? ', each opening with a **bold heading**' : ''} for its ${what}`
    return { message, line: list?.line }
  }
  if (list.items.length < need.min || list.items.length > need.max) {
    const message = lang === 'zh'
      ? `${what}应有 ${count} 项，这里有 ${list.items.length} 项（版面放不下或撑不满）`
      : `its ${what} take ${count} items, and here there are ${list.items.length} (the layout cannot hold or fill that many)`
    return { message, line: list.line }
  }
  const plain = list.items.find(item => !item.boldHeading)
  if (need.boldHeadings && plain)
    return { message: lang === 'zh' ? `${what}的每一项都以 **小标题** 开头，下一行缩进两格写正文` : `each of its ${what} opens with a **bold heading**, and its text follows on the next line, indented two spaces`, line: plain.line }
  return undefined
}

export type LayoutContract = (structure: SlideStructure, lang?: DeckLang) => LayoutNeed | undefined

const need = (message: Said | false, lang: DeckLang): LayoutNeed | undefined => message ? { message: message[lang] } : undefined

const titled = (check?: (structure: SlideStructure, lang: DeckLang) => LayoutNeed | undefined): LayoutContract => (structure, lang = 'zh') =>
  structure.titleLine === undefined ? { message: lang === 'zh' ? '需要一个 # 标题' : 'needs a # heading' } : check?.(structure, lang)

export const LAYOUT_CONTRACTS: Record<string, LayoutContract> = {
  cover: titled((structure, lang) => need(structure.paragraphs.length > 2 && { zh: '封面在标题下只放两段：副标题和来源', en: 'the cover holds two paragraphs under its heading: the subtitle and the source' }, lang)),
  section: titled(),
  agenda: titled(),
  default: titled(),
  statement: titled((structure, lang) => need(structure.statements.length === 0 && { zh: '需要一段全部加粗的 **主张**', en: 'needs a paragraph in bold: the **statement**' }, lang)),
  quote: titled((structure, lang) => need(structure.quotes.length === 0 && { zh: '需要一段引语：> “原文”，下一行 > —— 姓名，职务', en: 'needs a quotation: > “Words”, then > — Name, title (our translation)' }, lang)),
  cards: titled((structure, lang) => needsList(structure, { ordered: false, min: 2, max: 4, boldHeadings: true, what: { zh: '卡片', en: 'cards' } }, lang)),
  compare: titled((structure, lang) => needsList(structure, { ordered: false, min: 2, max: 2, boldHeadings: true, what: { zh: '对比的两张卡片', en: 'two cards to compare' } }, lang)),
  terms: titled((structure, lang) => needsList(structure, { ordered: false, min: 2, max: 4, what: { zh: '关键词', en: 'key terms' } }, lang)),
  tiles: titled((structure, lang) => needsList(structure, { ordered: true, min: 2, max: 6, what: { zh: '编号块', en: 'numbered tiles' } }, lang)),
  people: titled((structure, lang) => needsList(structure, { ordered: false, min: 2, max: 6, boldHeadings: true, what: { zh: '人物（**姓名**，下一行写身份）', en: 'people (**Name**, then their role on the next line)' } }, lang)),
  figures: titled(),
  chart: titled(),
}

export const LAYOUT_NAMES = Object.keys(LAYOUT_CONTRACTS)

/** The layout Slidev gives a slide that names none: the first slide is the cover. */
export function layoutOf(slide: { no: number, layout?: string }): string {
  return slide.layout ?? (slide.no === 1 ? 'cover' : 'default')
}
