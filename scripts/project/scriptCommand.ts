import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
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

export interface RunningScript {
  child: ChildProcess
  /** Everything it has printed so far, standard output and error together. */
  output: () => string
  /** SIGINT, and waits for it to exit. */
  stop: () => Promise<void>
}

/**
 * Starts one of the project's commands and waits until it prints `ready` (a
 * server saying where it serves): the tests' and the bench's `npm start`.
 * Throws with what it printed when it exits first or takes longer than
 * `timeoutMs`.
 */
export async function startScript(command: string, args: string[], ready: string, timeoutMs = 120_000): Promise<RunningScript> {
  const child = spawn(...scriptCommand(command, args), { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk) => { output += chunk })
  child.stderr!.on('data', (chunk) => { output += chunk })
  const deadline = Date.now() + timeoutMs
  while (!output.includes(ready)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGINT')
      throw new Error(`${command} ${args.join(' ')} did not print "${ready}":\n${output}`)
    }
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  return {
    child,
    output: () => output,
    stop: async () => {
      child.kill('SIGINT')
      if (child.exitCode === null && child.signalCode === null)
        await new Promise(resolve => child.once('exit', resolve))
    },
  }
}
