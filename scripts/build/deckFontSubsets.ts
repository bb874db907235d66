import type { Plugin } from 'vite'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { builtDecks } from './deckSources.ts'
import { codePointsOf, deckCodePoints, firstScreenCodePoints, subsetFontFaces, subsetGroups } from './fontSubsets.ts'

/**
 * In a build, ship Noto Sans SC cut down to the characters the deck can show
 * (fontSubsets.ts), computed from the deck at each build: per weight, one
 * file with the cover's characters (in bold, with the reading view's first
 * labels: firstScreenCodePoints), so the first slide loads only those (and
 * Slidev's ASCII labels), one with the rest of ASCII, one with the rest of
 * the deck. The dev server keeps every slice, so new text shows in the right
 * font at once while editing.
 */
export function deckFontSubsets(): Plugin {
  let root = process.cwd()
  return {
    name: 'deck:font-subsets',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    async transform(code, id) {
      if (!/\/@fontsource\/noto-sans-sc\/\d+\.css$/.test(id))
        return undefined
      const decks = builtDecks(process.argv.slice(2))
      const deck = new Set([...decks.flatMap(name => [...deckCodePoints(root, name)]), ...codePointsOf('0123456789')])
      const weight = /(\d+)\.css$/.exec(id)![1]
      const groups = subsetGroups(deck, new Set(decks.flatMap(name => [...firstScreenCodePoints(root, name, weight)])))
      const wholeFont = `./files/noto-sans-sc-chinese-simplified-${weight}-normal.woff2`
      if (!existsSync(resolve(id, '..', wholeFont)))
        throw new Error(`@fontsource/noto-sans-sc no longer ships ${wholeFont}: scripts/build/fontSubsets.ts needs the whole font of weight ${weight}`)
      return { code: await subsetFontFaces(code, id, groups, join(root, 'node_modules/.cache/deck-font-subsets'), wholeFont), map: null }
    },
  }
}
