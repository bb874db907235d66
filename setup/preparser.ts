import { readFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser'
import { definePreparserSetup } from '@slidev/types'
import { EDITIONS, editionLangOf, mergeHeadmatter, mergeSlideFrontmatter, SOURCE_LANG, sourceFileOf } from '../scripts/edition/index.ts'

/**
 * A translation (slides.en.md) is a deck of text only: as Slidev reads it,
 * each slide takes its layout, chart values and figure values from the same
 * slide of slides.md (scripts/edition/mergeEdition.ts). The source deck
 * reads as it is.
 */
export default definePreparserSetup(({ filepath }) => {
  const lang = editionLangOf(filepath)
  if (lang === SOURCE_LANG)
    return []
  const source = parseSync(readFileSync(sourceFileOf(filepath), 'utf8'), sourceFileOf(filepath)).slides.map(slide => slide.frontmatter as Record<string, unknown>)
  let index = 0
  return [{
    name: 'deck:edition',
    async transformSlide(_content, frontmatter) {
      const merged = index === 0
        ? mergeHeadmatter(source[0] ?? {}, frontmatter, EDITIONS[lang])
        : mergeSlideFrontmatter(source[index] ?? {}, frontmatter, lang)
      index++
      for (const key of Object.keys(frontmatter))
        delete frontmatter[key]
      Object.assign(frontmatter, merged)
      return undefined
    },
  }]
})
