/** What every capability shares: where the project is, what slides.md says, serving a built deck, running one of the scripts. */
export { PROJECT_ROOT, readDeckInfo } from './deckInfo.ts'
export { endpointOnDemand } from './endpointOnDemand.ts'
export { freePort } from './freePort.ts'
export type { DeckInfo } from './deckInfo.ts'
export { startStaticServer } from './staticServer.ts'
export type { RequestHandler, StaticServer } from './staticServer.ts'
export { scriptCommand, startScript } from './scriptCommand.ts'
export type { RunningScript } from './scriptCommand.ts'
