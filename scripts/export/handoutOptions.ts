import type { DeckLang } from '../../components/deck/deckWords'
import type { HandoutPerPage, Paper } from '../../components/deck/downloads'
import { EDITION_PAPER, HANDOUT_PER_PAGE, handoutFileName, PAPERS } from '../../components/deck/downloads'

/**
 * Which handouts an export writes, from `--per-page` and `--paper` (each one
 * value or a comma-separated list): kept apart from the printing
 * (handout/index.ts), so the export checks them before it builds anything.
 */

/** One handout of one edition: slides a page, paper, and the file it is written to (handout-3up.pdf…). */
export interface HandoutJob {
  perPage: HandoutPerPage
  paper: Paper
  file: string
}

function listOf(option: string, value: string): string[] {
  const items = value.split(',').map(item => item.trim().toLowerCase())
  if (items.some(item => !item))
    throw new Error(`${option} 的值为空 / ${option} has an empty value: "${value}"`)
  return [...new Set(items)]
}

/** `--per-page 3` or `--per-page 1,3`: slides a handout page holds, each 1, 2, 3 or 6. */
export function parsePerPage(value: string): HandoutPerPage[] {
  return listOf('--per-page', value).map((item) => {
    const perPage = HANDOUT_PER_PAGE.find(n => String(n) === item)
    if (perPage === undefined)
      throw new Error(`--per-page 应为 ${HANDOUT_PER_PAGE.join('、')} 之一（或逗号分隔的几个）/ --per-page takes ${HANDOUT_PER_PAGE.join(', ')} (or a list such as 2,3): ${item}`)
    return perPage
  })
}

/** `--paper a4`, `--paper letter` or `--paper a4,letter`. */
export function parsePapers(value: string): Paper[] {
  return listOf('--paper', value).map((item) => {
    const paper = PAPERS.find(name => name === item)
    if (paper === undefined)
      throw new Error(`--paper 应为 ${PAPERS.join(' / ')} 之一（或 a4,letter）/ --paper takes ${PAPERS.join(', ')} (or a4,letter): ${item}`)
    return paper
  })
}

/** The handouts of an edition: each of `perPages` on each of `papers` (the edition's own paper when none is named). */
export function handoutJobs(lang: DeckLang, perPages: readonly HandoutPerPage[], papers?: readonly Paper[]): HandoutJob[] {
  const onPapers = papers?.length ? papers : [EDITION_PAPER[lang]]
  return perPages.flatMap(perPage => onPapers.map(paper => ({ perPage, paper, file: handoutFileName(perPage, lang, paper) })))
}
