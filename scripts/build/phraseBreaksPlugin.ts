import type { Plugin } from 'vite'
import type { PhraseBreaks } from '../../components/text/phraseBreaksTable.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import { deckEntry } from '../rehearsal/index.ts'
import { phraseBreaks } from '../syntax/index.ts'

export const PHRASE_BREAKS_MODULE = 'virtual:phrase-breaks'
const RESOLVED_PHRASE_BREAKS = `\0${PHRASE_BREAKS_MODULE}`

const list = (value: unknown): unknown[] => Array.isArray(value) ? value : []
const field = (value: unknown, key: string): unknown => value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined

/** The frontmatter texts that components cut into phrases (PhraseText.vue): slide titles (the agenda), figure labels, chart captions and labels. */
function cutTexts(frontmatter: Record<string, unknown>): unknown[] {
  const chart = frontmatter.chart
  return [frontmatter.title, ...list(frontmatter.figures).map(figure => field(figure, 'label')), field(chart, 'caption'), ...list(field(chart, 'labels'))]
}

/** The phrase breaks (BudouX and ICU, scripts/syntax/phrases.ts) of every Chinese text that a component draws from the deck's frontmatter, by text. */
export function frontmatterPhraseBreaks(markdown: string, path: string): PhraseBreaks {
  const texts = new Set(parseSync(markdown, path).slides.flatMap(slide => cutTexts(slide.frontmatter)).filter((text): text is string => typeof text === 'string'))
  return Object.fromEntries([...texts].filter(text => /\p{Script=Han}/u.test(text)).map(text => [text, phraseBreaks(text)]))
}

/**
 * `virtual:phrase-breaks`: where the texts that components draw from the
 * frontmatter (figure labels, chart captions and legends, the agenda) may
 * break a line, cut at build time as the slides' Markdown is, so the page
 * needs no BudouX model. Read again whenever the deck file changes in dev.
 */
export function phraseBreaksTable(): Plugin {
  let entry = resolve(process.cwd(), 'slides.md')
  return {
    name: 'deck:phrase-breaks',
    configResolved(config) {
      entry = deckEntry(process.argv, config.root)
    },
    resolveId(id) {
      return id === PHRASE_BREAKS_MODULE ? RESOLVED_PHRASE_BREAKS : undefined
    },
    load(id) {
      if (id !== RESOLVED_PHRASE_BREAKS)
        return undefined
      this.addWatchFile(entry)
      return `export default ${JSON.stringify(frontmatterPhraseBreaks(readFileSync(entry, 'utf8'), entry))}`
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        const table = server.moduleGraph.getModuleById(RESOLVED_PHRASE_BREAKS)
        if (resolve(file) === entry && table)
          void server.reloadModule(table)
      })
    },
  }
}
