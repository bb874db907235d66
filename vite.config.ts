import { defineConfig } from 'vite'
import { chartChunk, deckFontSubsets, editionsInDev, keepPrintView, notesOnDemand, phraseBreaksTable, pluginTimings, pointToDeckExport, rehearsal, slideGroups, startupModules, timeMarkdownRules, unusedFeaturesLeftOut } from './scripts/build/index.ts'
import { slideSyntax } from './scripts/syntax/index.ts'

/** The deck's build: Slidev's Vite config plus the plugins in scripts/build/ (see its README for what each does). */
export default defineConfig({
  slidev: {
    // Slide bodies are plain Markdown: the roles the design needs (title, statement, aside, speaker, a quotation's source) come from its syntax.
    markdown: {
      markdownSetup(md) {
        md.use(slideSyntax)
        // With DECK_TIMINGS set (npm run bench -- --breakdown): the time each of the deck's rules takes.
        timeMarkdownRules(md, ['deck_slide_roles', 'deck_phrases', 'deck_title_slot'])
      },
    },
  },
  plugins: [
    editionsInDev(),
    pointToDeckExport(),
    chartChunk(),
    keepPrintView(),
    deckFontSubsets(),
    unusedFeaturesLeftOut(),
    startupModules(),
    notesOnDemand(),
    slideGroups(),
    rehearsal(),
    phraseBreaksTable(),
    pluginTimings(),
  ],
  optimizeDeps: {
    // The chart code loads with the first chart slide, which Vite's start-up scan does not reach: pre-bundle it at
    // start, or the dev server re-bundles and reloads the page when a chart first shows (mid-talk, in the presenter view).
    include: ['chart.js', 'vue-chartjs', 'zod', 'zod/v4/locales/zh-CN.js'],
  },
  build: {
    // Presenters rebuild after every edit: skip gzipping every chunk just to print its size.
    reportCompressedSize: false,
    // Font subsets stay files, fetched only by the slides whose characters need them, never inlined into the start-up CSS.
    assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
  },
})
