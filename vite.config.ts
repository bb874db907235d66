import type { Plugin } from 'vite'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defineConfig } from 'vite'
import { builtDecks } from './scripts/build/deckSources.ts'
import { codePointsOf, coverCodePoints, deckCodePoints, subsetFontFaces, subsetGroups } from './scripts/build/fontSubsets.ts'
import { notesOnDemand } from './scripts/build/rewrites/notesOnDemand.ts'
import { slideGroups } from './scripts/build/rewrites/slideGroups.ts'
import { rehearsal } from './scripts/build/rehearsalPlugin.ts'
import { unusedFeaturesLeftOut } from './scripts/build/rewrites/unusedFeatures.ts'

type ManualChunks = (id: string, meta: unknown) => string | undefined

/**
 * Slidev puts every module whose path contains `/node_modules/vue` into its
 * start-up `modules/vue` chunk, and that catches `vue-chartjs` and with it
 * Chart.js. Leave the chart libraries to ordinary code splitting instead, so
 * they load with the chart component, only on slides that draw a chart.
 */
function chartChunk(): Plugin {
  return {
    name: 'deck:chart-chunk',
    enforce: 'post',
    config(config) {
      const output = config.build?.rollupOptions?.output
      if (!output || Array.isArray(output))
        return
      const slidevChunks = output.manualChunks as ManualChunks | undefined
      output.manualChunks = (id: string, meta: unknown) => {
        if (/\/node_modules\/(?:chart\.js|vue-chartjs|@kurkle\/color)\//.test(id))
          return undefined
        return slidevChunks?.(id, meta)
      }
    },
  }
}

/**
 * Slidev's static build has a print view only when it also exports a PDF with
 * its own (untagged) exporter. Keep the print view in every build: our
 * exporter prints from it, and agenda links resolve against it.
 */
function printView(): Plugin {
  return {
    name: 'deck:print-view',
    enforce: 'post',
    config(config) {
      if (config.define && '__SLIDEV_FEATURE_PRINT__' in config.define)
        config.define.__SLIDEV_FEATURE_PRINT__ = 'true'
    },
  }
}

/**
 * In a build, ship Noto Sans SC cut down to the characters the deck can show
 * (scripts/build/fontSubsets.ts), computed from the deck at each build: per
 * weight, one file with the cover's characters, so the first slide loads
 * only those (and Slidev's ASCII labels), one with the rest of ASCII, one
 * with the rest of the deck. The dev server keeps every slice, so new text shows in the right
 * font at once while editing.
 */
function deckFontSubsets(): Plugin {
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
      const groups = subsetGroups(deck, new Set(decks.flatMap(name => [...coverCodePoints(root, name)])))
      const weight = /(\d+)\.css$/.exec(id)![1]
      const wholeFont = `./files/noto-sans-sc-chinese-simplified-${weight}-normal.woff2`
      if (!existsSync(resolve(id, '..', wholeFont)))
        throw new Error(`@fontsource/noto-sans-sc no longer ships ${wholeFont}: scripts/build/fontSubsets.ts needs the whole font of weight ${weight}`)
      return { code: await subsetFontFaces(code, id, groups, join(root, 'node_modules/.cache/deck-font-subsets'), wholeFont), map: null }
    },
  }
}


/**
 * Stock `slidev export` needs the `playwright-chromium` package, which this
 * project leaves out (its install downloads a browser). Say which command
 * exports here instead of failing with "install playwright-chromium".
 */
function pointToDeckExport(): Plugin {
  return {
    name: 'deck:point-to-export',
    config() {
      const command = process.argv.slice(2).find(arg => !arg.startsWith('-'))
      if (/^export(?:-notes)?$/.test(command ?? '') && /slidev/.test(process.argv[1] ?? '')) {
        console.error([
          '',
          '本项目不用 `slidev export` 导出，请用 / This project exports with its own command instead of `slidev export`:',
          '  npm run export          → exports/slides.pdf (tagged PDF with outline)',
          '  npm run export -- --watch  (PDF refreshed on every save)',
          '  npm run export:dark | export:png | export:pptx | export:handout | export:all',
          '',
        ].join('\n'))
        process.exit(1)
      }
    },
  }
}

export default defineConfig({
  plugins: [pointToDeckExport(), chartChunk(), printView(), deckFontSubsets(), unusedFeaturesLeftOut(), notesOnDemand(), slideGroups(), rehearsal()],
  optimizeDeps: {
    // The chart code loads with the first chart slide, which Vite's start-up scan does not reach: pre-bundle it at
    // start, or the dev server re-bundles and reloads the page when a chart first shows (mid-talk, in the presenter view).
    include: ['chart.js', 'vue-chartjs', 'zod', 'zod/v4/locales'],
  },
  build: {
    // Presenters rebuild after every edit: skip gzipping every chunk just to print its size.
    reportCompressedSize: false,
    // Font subsets stay files, fetched only by the slides whose characters need them, never inlined into the start-up CSS.
    assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
  },
})
