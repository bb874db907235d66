import { join } from 'node:path'
import { PROJECT_ROOT } from './deckInfo.ts'

/**
 * The command line that runs one of the project's TypeScript scripts: Node
 * itself with tsx's loader (`node --import tsx`), not the `tsx` CLI. The CLI
 * runs the script in a second process and, when a signal sent to it alone is
 * not acknowledged within 30 ms, kills that process with SIGKILL, so a busy
 * live export could not stop cleanly on SIGINT.
 */
export function tsxCommand(script: string, args: string[]): [string, string[]] {
  return [process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, script), ...args]]
}
