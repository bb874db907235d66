import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { deckEntry } from '../rehearsal/index.ts'

/**
 * A virtual module (`import data from 'virtual:…'`) whose default export is
 * `derive(deck file's text, its path)`: worked out when the deck is built,
 * and again whenever the deck file changes on the dev server.
 */
export function deckDataModule(name: string, id: string, derive: (markdown: string, path: string) => unknown): Plugin {
  const resolved = `\0${id}`
  let entry = resolve(process.cwd(), 'slides.md')
  return {
    name,
    configResolved(config) {
      entry = deckEntry(process.argv, config.root)
    },
    resolveId(source) {
      return source === id ? resolved : undefined
    },
    load(loaded) {
      if (loaded !== resolved)
        return undefined
      this.addWatchFile(entry)
      return `export default ${JSON.stringify(derive(readFileSync(entry, 'utf8'), entry))}`
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        const module = server.moduleGraph.getModuleById(resolved)
        if (resolve(file) === entry && module)
          void server.reloadModule(module)
      })
    },
  }
}
