/** `npm run export -- --watch`: the PDF kept in step with every save. */
export { liveExport } from './liveExport'
export type { LiveExportOptions } from './liveExport'
