import type { DeckLang } from '../../../components/deck/deckWords'
import { deckLangOf } from '../../../components/deck/deckWords'

/**
 * The handouts' own words, per edition: their titles (the PDF's, from the
 * deck's) and the label above a slide's notes. Everything a handout prints
 * besides these comes from the deck file: the slides, the notes, and the
 * cover line (the headmatter's title and `info:`). The page numbers are
 * figures only ("3 / 15"), so every character a handout prints is in the
 * deck's own font subsets.
 */
const HANDOUT_WORDS: Record<DeckLang, { title: (deckTitle: string, perPage: number) => string, notes: string }> = {
  zh: {
    title: (deckTitle, perPage) => perPage === 1 ? `${deckTitle}（讲义）` : `${deckTitle}（讲义，每页 ${perPage} 张）`,
    notes: '演讲者备注',
  },
  en: {
    title: (deckTitle, perPage) => perPage === 1 ? `${deckTitle} (handout)` : `${deckTitle} (handout, ${perPage} slides a page)`,
    notes: 'Speaker notes',
  },
}

/** A handout's title, as its PDF's window and metadata give it: the deck's title, marked as the handout (of `perPage` slides a page) in the deck's language. */
export function handoutTitle(deckTitle: string, lang = 'zh-CN', perPage = 1): string {
  return HANDOUT_WORDS[deckLangOf(lang)].title(deckTitle, perPage)
}

/** The label above each slide's speaker notes in the handout of 1 a page. */
export function notesLabel(lang: string): string {
  return HANDOUT_WORDS[deckLangOf(lang)].notes
}

/** A page's number in the running foot: `3 / 15`. */
export function pageLabel(no: number, pages: number): string {
  return `${no} / ${pages}`
}
