import type { Plugin } from 'vite'
import { resolve } from 'node:path'
import { buildTalkPlan } from '../../components/pacing/talkPlan.ts'
import { REHEARSAL_ENDPOINT } from '../../components/pacing/rehearsalRecord.ts'
import { deckEntry, readTalkPlans, rehearsalEndpoint, slideNotesOf } from '../rehearsal/index.ts'
import { editionLangOf } from '../edition/index.ts'
import { deckDataModule } from './deckDataModule.ts'

export const TALK_PLAN_MODULE = 'virtual:talk-plan'

/**
 * Pacing and rehearsals for the presenter view:
 * - `virtual:talk-plan`: the talk plan, read from the deck's timing cues when
 *   the deck is built (and again whenever the deck file changes in dev);
 * - on the dev server, `POST /__rehearsal` writes a finished rehearsal to
 *   `rehearsals/` (scripts/rehearsal/rehearsalEndpoint.ts).
 */
export function rehearsal(): Plugin[] {
  let root = process.cwd()
  let entry = resolve(root, 'slides.md')
  return [
    deckDataModule('deck:talk-plan', TALK_PLAN_MODULE, (markdown, path) => buildTalkPlan(slideNotesOf(markdown, path), editionLangOf(path))),
    {
      name: 'deck:rehearsal',
      configResolved(config) {
        root = config.root
        entry = deckEntry(process.argv, root)
      },
      configureServer(server) {
        server.middlewares.use(REHEARSAL_ENDPOINT, rehearsalEndpoint({
          folder: resolve(root, 'rehearsals'),
          readPlans: () => readTalkPlans(entry),
        }))
      },
    },
  ]
}
