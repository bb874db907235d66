/** What every capability shares: where the project is, what slides.md says, serving a built deck, running one of the scripts. */
export { PROJECT_ROOT, readDeckInfo } from './deckInfo'
export { freePort } from './freePort'
export type { DeckInfo } from './deckInfo'
export { startStaticServer } from './staticServer'
export type { StaticServer } from './staticServer'
export { tsxCommand } from './tsxCommand'
