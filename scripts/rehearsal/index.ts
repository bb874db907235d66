/** Rehearsals: the talk plan read from the deck, the endpoint that records a rehearsal, the report that compares one with the plan. */
export { rehearsalEndpoint } from './rehearsalEndpoint.ts'
export type { RehearsalEndpointOptions } from './rehearsalEndpoint.ts'
export { displayWidth, formatRehearsalReport, latestRehearsalFile, loadRehearsal } from './rehearsalReport.ts'
export { deckEntry, readTalkPlan, readTalkPlans, slideNotesOf } from './talkPlanSource.ts'
