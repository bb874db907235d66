/** Types of node.cjs, the plain-JavaScript Node version check. */

/** Whether `version` ("v20.19.1") is in `range` (package.json's engines.node). */
export function satisfiesRange(version: string, range: string): boolean
/** The one line to print when `running` is outside `required`; null when it is fine. */
export function nodeVersionProblem(required: string, running: string): string | null
/** package.json's engines.node. */
export function requiredNodeRange(): string
