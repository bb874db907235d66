import type { FileLine } from './deckFile'
import { createMarkdownExit } from 'markdown-exit'

/** What a layout needs to know of a slide body: its title, its top-level list, quotations and roles. */
export interface SlideStructure {
  /** 1-based line of the `# title`, if there is one. */
  titleLine?: number
  list?: {
    ordered: boolean
    line: number
    /** Each item's line, and whether it opens with a **bold** heading. */
    items: Array<{ line: number, boldHeading: boolean }>
  }
  /** Top-level lists after the first. */
  extraLists: number[]
  quotes: number[]
  statements: number[]
  paragraphs: number[]
  /** Lines that hold an HTML element (not a comment, not a component). */
  htmlLines: number[]
}

const markdown = createMarkdownExit({ html: true })

/** The structure of a slide body, from markdown-exit's tokens (the parser Slidev renders with). */
export function slideStructure(body: readonly FileLine[]): SlideStructure {
  const firstLine = body[0]?.line ?? 1
  const tokens = markdown.parse(body.map(({ text }) => text).join('\n'), {})
  const lineOf = (index: number) => firstLine + (tokens[index].map?.[0] ?? 0)
  const structure: SlideStructure = { extraLists: [], quotes: [], statements: [], paragraphs: [], htmlLines: [] }
  tokens.forEach((token, index) => {
    if (token.type === 'heading_open' && token.tag === 'h1' && token.level === 0 && structure.titleLine === undefined)
      structure.titleLine = lineOf(index)
    if ((token.type === 'bullet_list_open' || token.type === 'ordered_list_open') && token.level === 0) {
      if (structure.list) {
        structure.extraLists.push(lineOf(index))
        return
      }
      structure.list = { ordered: token.type === 'ordered_list_open', line: lineOf(index), items: [] }
    }
    if (token.type === 'list_item_open' && token.level === 1 && structure.list && structure.extraLists.length === 0) {
      const firstInline = tokens.slice(index).find(candidate => candidate.type === 'inline')
      structure.list.items.push({ line: lineOf(index), boldHeading: firstInline?.children?.find(child => child.type !== 'text' || child.content !== '')?.type === 'strong_open' })
    }
    if (token.type === 'blockquote_open' && token.level === 0)
      structure.quotes.push(lineOf(index))
    if (token.type === 'paragraph_open' && token.level === 0) {
      const children = (tokens[index + 1].children ?? []).filter(child => child.type !== 'text' || child.content !== '')
      const allBold = children[0]?.type === 'strong_open' && children.at(-1)?.type === 'strong_close' && children.filter(child => child.type === 'strong_open').length === 1
      ;(allBold ? structure.statements : structure.paragraphs).push(lineOf(index))
    }
    const htmlTags = token.type === 'html_block' || token.type === 'html_inline' ? [token.content] : (token.children ?? []).filter(child => child.type === 'html_inline').map(child => child.content)
    if (htmlTags.some(html => /<[a-z][\w-]*[\s/>]/.test(html) && !/^\s*<!--/.test(html)))
      structure.htmlLines.push(lineOf(index))
  })
  return structure
}
