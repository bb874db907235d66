import { readFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser'
import { definePreparserSetup } from '@slidev/types'
import { EDITIONS, editionLangOf, mergeFrontmatters, SOURCE_LANG, sourceFileOf } from '../scripts/edition/index.ts'

type Fields = Record<string, unknown>
const frontmattersOf = (path: string): Fields[] => parseSync(readFileSync(path, 'utf8'), path).slides.map(slide => slide.frontmatter as Fields)

/**
 * A translation (slides.en.md) is a deck of text only: as Slidev reads it,
 * each slide takes its layout, chart values and figure values from the
 * slide of slides.md with the same `id:` (scripts/edition/mergeEdition.ts).
 * The source deck reads as it is, less its ids: they pair the files, and a
 * slide has no use for them.
 */
export default definePreparserSetup(({ filepath }) => {
  const lang = editionLangOf(filepath)
  const merged = lang === SOURCE_LANG ? undefined : mergeFrontmatters(frontmattersOf(sourceFileOf(filepath)), frontmattersOf(filepath), EDITIONS[lang])
  let index = 0
  return [{
    name: 'deck:edition',
    async transformSlide(_content, frontmatter) {
      const slide = merged?.[index] ?? { ...frontmatter, id: undefined }
      index++
      for (const key of Object.keys(frontmatter))
        delete frontmatter[key]
      Object.assign(frontmatter, Object.fromEntries(Object.entries(slide).filter(([, value]) => value !== undefined)))
      return undefined
    },
  }]
})
