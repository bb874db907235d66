import type { Plugin } from 'vite'
import { resolve } from 'node:path'
import { REHEARSAL_ENDPOINT } from '../../components/pacing/rehearsalRecord.ts'
import { deckEntry, readTalkPlan, rehearsalEndpoint } from '../rehearsal/index.ts'

export const TALK_PLAN_MODULE = 'virtual:talk-plan'
const RESOLVED_TALK_PLAN = `\0${TALK_PLAN_MODULE}`

/**
 * Pacing and rehearsals for the presenter view:
 * - `virtual:talk-plan`: the talk plan, read from the deck's timing cues when
 *   the deck is built (and again whenever the deck file changes in dev);
 * - on the dev server, `POST /__rehearsal` writes a finished rehearsal to
 *   `rehearsals/` (scripts/rehearsal/rehearsalEndpoint.ts).
 */
export function rehearsal(): Plugin {
  let root = process.cwd()
  let entry = resolve(root, 'slides.md')
  return {
    name: 'deck:rehearsal',
    configResolved(config) {
      root = config.root
      entry = deckEntry(process.argv, root)
    },
    resolveId(id) {
      return id === TALK_PLAN_MODULE ? RESOLVED_TALK_PLAN : undefined
    },
    load(id) {
      if (id !== RESOLVED_TALK_PLAN)
        return undefined
      this.addWatchFile(entry)
      return `export default ${JSON.stringify(readTalkPlan(entry))}`
    },
    configureServer(server) {
      server.middlewares.use(REHEARSAL_ENDPOINT, rehearsalEndpoint({
        folder: resolve(root, 'rehearsals'),
        readPlan: () => readTalkPlan(entry),
      }))
      server.watcher.on('change', (file) => {
        const plan = server.moduleGraph.getModuleById(RESOLVED_TALK_PLAN)
        if (resolve(file) === entry && plan)
          void server.reloadModule(plan)
      })
    },
  }
}
