import type { MarkdownExit, StateCore, Token } from 'markdown-exit'
import { phrasePieces } from './phrases.ts'

/**
 * The Markdown of a slide body, given the roles the deck's design needs.
 * Plain Markdown says them; this markdown-it (markdown-exit) plugin names
 * them for the stylesheet:
 *
 * - a paragraph that is all **bold** is the slide's statement (`p.statement`);
 * - a paragraph that is all *emphasis* is an aside (`p.aside`);
 * - a paragraph that opens with `—— ` names who said it: inside a blockquote
 *   it becomes the quotation's `<cite>`, elsewhere it is reported speech
 *   (`p.speaker`, the dashes kept: they mark it as the source, as in a `<cite>`).
 *
 * It also marks where a line of Chinese may break (scripts/syntax/phrases.ts):
 * a `<wbr>` between phrases and each number with its unit in a
 * `span.nobr`, so the stylesheet can forbid every other break (keep-all).
 */

type MdToken = Token
type MdState = StateCore

/** The marker that opens an attribution: `—— 姓名，职务`; in English, one em dash: `— Name, title`. */
export const ATTRIBUTION = '—— '
export const ENGLISH_ATTRIBUTION = '— '

/** The inline children of a paragraph that is wholly wrapped in one `open`/`close` pair, unwrapped; else undefined. */
function wholly(tokens: MdToken[], open: string, close: string): MdToken[] | undefined {
  const children = tokens.filter(token => token.type !== 'text' || token.content !== '')
  if (children.length < 3 || children[0].type !== open || children.at(-1)!.type !== close)
    return undefined
  const inner = children.slice(1, -1)
  return inner.some(token => token.type === open) ? undefined : inner
}

function startsWithAttribution(inline: MdToken): boolean {
  return inline.children?.[0]?.type === 'text' && (inline.children[0].content.startsWith(ATTRIBUTION) || inline.children[0].content.startsWith(ENGLISH_ATTRIBUTION))
}

function html(state: MdState, content: string): MdToken {
  const token = new state.Token('html_inline', '', 0)
  token.content = content
  return token
}

/** Gives paragraphs their roles and folds attributions into their quotations; mutates `state.tokens`. */
export function assignRoles(state: MdState): void {
  const tokens = state.tokens
  const blockquotes: number[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.type === 'blockquote_open')
      blockquotes.push(i)
    if (token.type === 'blockquote_close')
      blockquotes.pop()
    if (token.type !== 'paragraph_open' || tokens[i + 1]?.type !== 'inline')
      continue
    const inline = tokens[i + 1]
    const children = inline.children ?? []
    if (startsWithAttribution(inline)) {
      const previous = tokens[i - 1]
      if (blockquotes.length > 0 && previous?.type === 'paragraph_close' && tokens[i - 2]?.type === 'inline') {
        // “……”  +  —— 姓名  →  one paragraph: “……”<cite>—— 姓名</cite>, as a quotation and its source.
        const quoteInline = tokens[i - 2]
        quoteInline.children = [...quoteInline.children ?? [], new state.Token('softbreak', 'br', 0), html(state, '<cite>'), ...children, html(state, '</cite>')]
        tokens.splice(i - 1, 3)
        i -= 2
        continue
      }
      if (token.level === 0) {
        token.attrSet('class', 'speaker')
      }
      continue
    }
    if (token.level !== 0)
      continue
    const statement = wholly(children, 'strong_open', 'strong_close')
    const aside = statement ? undefined : wholly(children, 'em_open', 'em_close')
    if (statement || aside) {
      token.attrSet('class', statement ? 'statement' : 'aside')
      inline.children = statement ?? aside!
    }
  }
}

/** Cuts every text of the slide into phrases: `<wbr>` where a line may break, `span.nobr` around a number and its unit. */
export function markPhrases(state: MdState): void {
  state.tokens.forEach((inline) => {
    if (inline.type !== 'inline')
      return
    inline.children = (inline.children ?? []).flatMap((child) => {
      if (child.type !== 'text')
        return [child]
      return phrasePieces(child.content).flatMap((piece) => {
        if (piece.kind === 'break')
          return [html(state, '<wbr>')]
        const text = new state.Token('text', '', 0)
        text.content = piece.text
        return piece.kind === 'unbroken' ? [html(state, '<span class="nobr">'), text, html(state, '</span>')] : [text]
      })
    })
  })
}

/** The name of the layout slot that holds a slide's `# title`, above its stage. */
export const TITLE_SLOT = 'title'

/**
 * Moves the slide's first top-level `# heading` into the layouts' title slot,
 * so a layout can set the title above the stage that holds the rest. A slide
 * that uses Slidev's `::name::` slot sugar is left as it is.
 */
export function moveTitleToSlot(state: MdState): void {
  if ((state.env as { hasSlotMarker?: boolean }).hasSlotMarker)
    return
  const tokens = state.tokens
  const open = tokens.findIndex(token => token.type === 'heading_open' && token.tag === 'h1' && token.level === 0)
  if (open < 0 || tokens[open + 2]?.type !== 'heading_close')
    return
  const block = (content: string) => {
    const token = new state.Token('html_block', '', 0)
    token.content = content
    return token
  }
  tokens.splice(open + 3, 0, block('</template>\n'))
  tokens.splice(open, 0, block(`<template v-slot:${TITLE_SLOT}>\n`))
}

/** The markdown-it plugin: `md.use(slideSyntax)`. */
export function slideSyntax(md: MarkdownExit): void {
  md.core.ruler.push('deck_slide_roles', assignRoles)
  md.core.ruler.push('deck_phrases', markPhrases)
  md.core.ruler.push('deck_title_slot', moveTitleToSlot)
}
