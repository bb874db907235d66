import { join } from 'node:path'
import { PROJECT_ROOT } from './deckInfo.ts'

/**
 * The command line that runs one of the project's commands (scripts/<command>.ts) as its npm script does: Node
 * itself on scripts/run.mjs, which runs the command's compiled copy. Node itself, not a wrapper CLI such as
 * tsx's: that one runs the script in a second process and, when a signal sent to it alone is not acknowledged
 * within 30 ms, kills that process with SIGKILL, so a busy live export could not stop cleanly on SIGINT.
 */
export function scriptCommand(command: string, args: string[]): [string, string[]] {
  return [process.execPath, [join(PROJECT_ROOT, 'scripts/run.mjs'), command, ...args]]
}
