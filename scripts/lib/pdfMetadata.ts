import type { DeckInfo } from './deckInfo'
import { PDFDocument, PDFName, PDFString } from 'pdf-lib'

/**
 * Sets the PDF's title, author, subject, keywords and language. pdf-lib
 * rewrites the file object by object, so Chromium's tags, outline and
 * embedded font subsets pass through unchanged.
 */
export async function withMetadata(pdf: Uint8Array, info: DeckInfo): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  document.setTitle(info.title, { showInWindowTitleBar: true })
  document.setAuthor(info.author)
  document.setSubject(info.subject)
  document.setKeywords(info.keywords)
  document.setCreator('Slidev + Playwright (scripts/export.ts)')
  document.setLanguage(info.lang)
  document.catalog.set(PDFName.of('Lang'), PDFString.of(info.lang))
  return document.save({ useObjectStreams: false })
}
