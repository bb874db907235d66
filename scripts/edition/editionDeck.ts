import { readFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser'
import { EDITIONS, editionLangOf, SOURCE_LANG, sourceFileOf } from './editions.ts'
import { mergeFrontmatters } from './mergeEdition.ts'

type ParsedDeck = ReturnType<typeof parseSync>

/**
 * A deck file read as Slidev reads it (setup/preparser.ts): a translation's
 * slides carry their merged frontmatter (the source's layout and numbers,
 * the translation's text). The source deck reads as it is.
 */
export function parseEditionDeck(path: string, markdown = readFileSync(path, 'utf8')): ParsedDeck {
  const deck = parseSync(markdown, path)
  const lang = editionLangOf(path)
  if (lang === SOURCE_LANG)
    return deck
  const source = parseSync(readFileSync(sourceFileOf(path), 'utf8'), sourceFileOf(path)).slides.map(slide => slide.frontmatter as Record<string, unknown>)
  const merged = mergeFrontmatters(source, deck.slides.map(slide => slide.frontmatter as Record<string, unknown>), EDITIONS[lang])
  deck.slides.forEach((slide, index) => {
    slide.frontmatter = merged[index]
  })
  return deck
}
