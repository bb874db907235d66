/**
 * Where the presenter view posts a finished rehearsal, and the largest record
 * a server takes. rehearsalRecord.ts, the record's schema, re-exports both;
 * they live here, apart from it, so that `npm start` can route the endpoint
 * before it loads the schema library.
 */
export const REHEARSAL_ENDPOINT = '/__rehearsal'
export const MAX_RECORD_BYTES = 256 * 1024
