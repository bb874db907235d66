/**
 * The words of the reading view's own controls at the top of the page. They
 * share the first screen with the cover, so the font build puts their
 * characters in the cover's subset (scripts/build/fontSubsets.ts): a phone's
 * first screen then needs no glyph from the rest of the deck.
 */
export const NOTES_TOGGLE_LABEL = '显示讲稿'

/** PdfDownload.vue's text (a unit test holds the two together). */
export const PDF_LINK_LABEL = '下载本演示稿 PDF'

export const FIRST_SCREEN_LABELS = [NOTES_TOGGLE_LABEL, PDF_LINK_LABEL] as const
