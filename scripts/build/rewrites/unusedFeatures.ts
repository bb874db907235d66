/**
 * Upstream: @slidev/client `setup/main.ts` imports the twoslash client and the
 * v-mark and v-motion modules (whose factories the stand-ins replace), and
 * `styles/index.ts` imports the magic-move, twoslash and GitHub-alert styles.
 * UNUSED_FEATURES_UPSTREAM says the same for tests/unit/slidevUpstream.test.ts.
 *
 * Slidev's start-up code loads the code and styles of features whatever the
 * deck uses: twoslash popups (floating-vue), magic-move and GitHub-alert
 * styles, the v-motion and v-mark directives (with @vueuse/motion and
 * rough-notation), KaTeX's styles when a line has two dollar signs. A build
 * of a deck whose sources (slides, components,
 * layouts) use none of one feature gets stand-ins that do nothing in their
 * place, which keeps them off the first slide.
 */
import type { Plugin } from 'vite'
import type { UpstreamShape } from './upstream.ts'
import { resolve } from 'node:path'
import { builtDecks, deckSourceText, textUnder } from '../deckSources.ts'

export const UNUSED_FEATURES_UPSTREAM: UpstreamShape[] = [
  { package: '@slidev/client', file: 'setup/main.ts', shape: /^import TwoSlashFloatingVue from '@shikijs\/vitepress-twoslash\/client'$/m, what: 'imports the twoslash client as its default export' },
  { package: '@slidev/client', file: 'setup/main.ts', shape: /^import \{ createVMarkDirective \} from '\.\.\/modules\/v-mark'$/m, what: 'imports createVMarkDirective from ../modules/v-mark' },
  { package: '@slidev/client', file: 'setup/main.ts', shape: /^import \{ createVMotionDirectives \} from '\.\.\/modules\/v-motion'$/m, what: 'imports createVMotionDirectives from ../modules/v-motion' },
  { package: '@slidev/client', file: 'modules/v-mark.ts', shape: /^export function createVMarkDirective\(\)/m, what: 'exports createVMarkDirective()' },
  { package: '@slidev/client', file: 'modules/v-motion.ts', shape: /^export function createVMotionDirectives\(\)/m, what: 'exports createVMotionDirectives()' },
  { package: '@slidev/client', file: 'styles/index.ts', shape: /^import '@shikijs\/magic-move\/style\.css'$/m, what: 'imports the magic-move styles' },
  { package: '@slidev/client', file: 'styles/index.ts', shape: /^import '@shikijs\/vitepress-twoslash\/style\.css'$/m, what: 'imports the twoslash styles' },
  { package: '@slidev/client', file: 'styles/index.ts', shape: /^import '\.\/shiki-twoslash\.css'$/m, what: 'imports its own twoslash styles' },
  { package: '@slidev/client', file: 'styles/index.ts', shape: /^import 'markdown-it-github-alerts\/styles\//m, what: 'imports the GitHub-alert styles' },
]

export interface StandIn {
  /** The module it replaces, as imported (a package path) or resolved (a file). */
  module: RegExp
  /** Its code; '' stands for a style sheet. */
  code: string
}

const EMPTY_CSS = ''
/** `markdownOnly`: looked for in the deck's Markdown alone (the components' code has `${…}$`-like text of its own). */
const OPTIONAL_FEATURES: Array<{ feature: RegExp, stands: StandIn[], markdownOnly?: boolean }> = [
  {
    feature: /^\s*(?:```|~~~)[^\n]*\btwoslash\b/m,
    stands: [
      { module: /^@shikijs\/vitepress-twoslash\/client$/, code: 'export default { install() {} }' },
      { module: /^@shikijs\/vitepress-twoslash\/style\.css$|\/@slidev\/client\/styles\/shiki-twoslash\.css$/, code: EMPTY_CSS },
    ],
  },
  { feature: /magic-move/, stands: [{ module: /^@shikijs\/magic-move\/style\.css$/, code: EMPTY_CSS }] },
  { feature: /^\s*>\s*\[!/m, stands: [{ module: /^markdown-it-github-alerts\/styles\//, code: EMPTY_CSS }] },
  { feature: /\bv-motion\b/, stands: [{ module: /\/@slidev\/client\/modules\/v-motion(?:\.ts)?$/, code: 'export function createVMotionDirectives() { return { install() {} } }' }] },
  { feature: /\bv-mark\b/, stands: [{ module: /\/@slidev\/client\/modules\/v-mark(?:\.ts)?$/, code: 'export function createVMarkDirective() { return { install() {} } }' }] },
  // Slidev loads KaTeX's styles for any line with two dollar signs ("US$100 million to under US$500 million"). Math as
  // markdown-it-katex reads it: $…$ with no space inside either sign and no digit after the closing one, or a $$ block.
  { feature: /(?:^|[^\\$])\$(?![\s$])[^$\n]*[^\s\\$]\$(?!\d)|^\s*\$\$/m, stands: [{ module: /\/katex\/dist\/katex\.min\.css$/, code: EMPTY_CSS }], markdownOnly: true },
]

/** The stand-ins for the features none of these deck sources uses; `markdown`, the deck files alone (the sources by default). */
export function standInsFor(deckSources: readonly string[], markdown: readonly string[] = deckSources): StandIn[] {
  return OPTIONAL_FEATURES.filter(({ feature, markdownOnly }) => !(markdownOnly ? markdown : deckSources).some(source => feature.test(source))).flatMap(({ stands }) => stands)
}

/** The stand-in for an import, if any: `source` as written, resolved against `importer` when relative. */
export function standInFor(stands: readonly StandIn[], source: string, importer?: string): number {
  const path = source.startsWith('.') && importer ? resolve(importer, '..', source) : source
  return stands.findIndex(stand => stand.module.test(path))
}

export function unusedFeaturesLeftOut(): Plugin {
  let stands: StandIn[] = []
  const PREFIX = '\0deck-left-out:'
  return {
    name: 'deck:unused-features-left-out',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      const decks = builtDecks(process.argv.slice(2))
      stands = standInsFor(decks.map(deck => deckSourceText(config.root, deck)), decks.map(deck => textUnder(resolve(config.root, deck))))
    },
    resolveId(source, importer) {
      const index = standInFor(stands, source, importer)
      if (index < 0)
        return undefined
      return `${PREFIX}${index}${stands[index].code === EMPTY_CSS ? '.css' : '.js'}`
    },
    load(id) {
      return id.startsWith(PREFIX) ? stands[Number.parseInt(id.slice(PREFIX.length))].code : undefined
    },
  }
}
