/** What `npm test` needs from outside npm, and a report of what is missing (the command is ../preflight.ts). */
export { ensureBrowser } from './browser'
export { detectSystem, missingRequirements, preflightReport, REPORT_HEADING, REQUIREMENTS } from './requirements'
export { defaultToolSearch, findOnPath, findSoffice, findTool, USUAL_PLACES } from './tools'
export type { ToolSearch } from './tools'
