/** A translation's checks against its source: in step slide by slide (paired by id), English typesetting, quotations traced to the source, one form of each name. */
export { editionProblems, englishProblemsIn, englishTypesettingProblems, idProblems, pairedSources, structureProblems, TRANSLATION_MARK } from './editionRules'
export { nameProblems, PERSON_NAMES } from './personNames'
export type { PersonName } from './personNames'
export { quotationTraceProblems } from './quotationTrace'
