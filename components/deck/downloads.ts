/**
 * The files the deck offers and the exports write under one name: the slides
 * PDF and the handouts. The download links (PdfDownload.vue) and the exports
 * (scripts/export/) both name them from here, so a link never points at a
 * file the build does not write.
 */

import type { DeckLang } from './languages.ts'
import { editionFileName } from './languages.ts'

/** Slides a handout page holds: 1 is a slide with its speaker notes; 2, 3 and 6 are slides only, 3 with ruled lines beside each. */
export const HANDOUT_PER_PAGE = [1, 2, 3, 6] as const
export type HandoutPerPage = (typeof HANDOUT_PER_PAGE)[number]

/** The handout the deck links beside the slides PDF (and `npm run build` writes): 3 a page, with lines for notes. */
export const LINKED_HANDOUT_PER_PAGE: HandoutPerPage = 3

export const PAPERS = ['a4', 'letter'] as const
export type Paper = (typeof PAPERS)[number]

/** The paper a printer in each edition's market expects: A4 in China, Letter for the English (North American) room. */
export const EDITION_PAPER: Record<DeckLang, Paper> = { zh: 'a4', en: 'letter' }

/** The slides PDF of an edition: `slides.pdf`, `slides.en.pdf`. */
export function slidesPdfFileName(lang: DeckLang): string {
  return editionFileName('slides.pdf', lang)
}

/**
 * A handout's file in an edition: `handout.pdf` (1 a page), `handout-3up.pdf`,
 * `handout-3up.en.pdf`. On the other edition's paper the paper is named too
 * (`handout-3up-letter.pdf`, `handout-3up-a4.en.pdf`), so one never overwrites the other.
 */
export function handoutFileName(perPage: HandoutPerPage, lang: DeckLang, paper: Paper = EDITION_PAPER[lang]): string {
  const base = perPage === 1 ? 'handout' : `handout-${perPage}up`
  return editionFileName(`${base}${paper === EDITION_PAPER[lang] ? '' : `-${paper}`}.pdf`, lang)
}
