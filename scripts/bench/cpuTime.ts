import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { childCpuSeconds } from './benchStats'

/**
 * The CPU time of a command and of every process it starts. Counting a
 * command's waited-for children (rusage, /proc/self/stat's cutime and cstime)
 * misses the processes that are not waited for by their parents' chain:
 * Chromium's renderers, forked by its zygote, are such, so a browser test's
 * page work went uncounted. A cgroup of its own counts every process the
 * command starts, whoever reaps it. Where no cgroup can be made (not Linux,
 * not root), the count falls back to rusage and says what it misses.
 */

export interface CpuSeconds {
  user: number
  system: number
}

/** User and system seconds from a cgroup v2 `cpu.stat` (its `user_usec` and `system_usec` lines). */
export function cgroupCpuSeconds(cpuStat: string): CpuSeconds {
  const field = (name: string) => {
    const match = new RegExp(`^${name} (\\d+)$`, 'm').exec(cpuStat)
    if (!match)
      throw new Error(`cpu.stat has no ${name} line:\n${cpuStat}`)
    return Number(match[1]) / 1e6
  }
  return { user: field('user_usec'), system: field('system_usec') }
}

/** Where cgroup v2 is mounted: on its own (a v2-only host) or beside v1's controllers (a hybrid one). */
const CGROUP2_MOUNTS = ['/sys/fs/cgroup', '/sys/fs/cgroup/unified']

/** A new cgroup v2 folder for one measured command, or undefined where none can be made. */
function makeCgroup(name: string): string | undefined {
  for (const mount of CGROUP2_MOUNTS) {
    if (!existsSync(join(mount, 'cgroup.procs')) || !existsSync(join(mount, 'cgroup.stat')))
      continue
    const folder = join(mount, name)
    try {
      mkdirSync(folder)
      return folder
    }
    catch {}
  }
  return undefined
}

export interface MeasuredRun {
  /** User + system seconds. */
  cpuSeconds: number
  /** How the time was counted: `cgroup` (every process) or `rusage` (waited-for children only: no browser renderers). */
  counted: 'cgroup' | 'rusage'
  wallSeconds: number
  /** Whether the command left a process running after it ended (stopped then). */
  leftovers: boolean
}

async function untilEmpty(cgroup: string, ms: number): Promise<boolean> {
  const started = Date.now()
  while (Date.now() - started < ms) {
    if (/^populated 0$/m.test(readFileSync(join(cgroup, 'cgroup.events'), 'utf8')))
      return true
    await new Promise(wake => setTimeout(wake, 100))
  }
  return false
}

/**
 * Runs `command` in `cwd` and counts its CPU time, every process it starts
 * included where a cgroup can be made. Fails when the command does. A
 * process it leaves running is stopped, and reported in `leftovers`.
 */
export async function measureCpu(command: string, args: string[], cwd: string, onOutput: (chunk: string) => void = () => {}): Promise<MeasuredRun> {
  const cgroup = makeCgroup(`deck-bench-${process.pid}-${Date.now()}`)
  const waitedFor = () => childCpuSeconds(readFileSync('/proc/self/stat', 'utf8'))
  const before = cgroup ? 0 : waitedFor()
  const started = performance.now()
  // The shell moves itself into the cgroup, then becomes the command: everything it starts is counted there.
  const child = cgroup
    ? spawn('sh', ['-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', cgroup, command, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', chunk => onOutput(String(chunk)))
  child.stderr!.on('data', chunk => onOutput(String(chunk)))
  const code = await new Promise<number | null>(resolve => child.once('exit', resolve))
  const wallSeconds = (performance.now() - started) / 1000
  try {
    if (code !== 0)
      throw new Error(`${command} ${args.join(' ')} exited with ${code}`)
    if (!cgroup)
      return { cpuSeconds: waitedFor() - before, counted: 'rusage', wallSeconds, leftovers: false }
    const leftovers = !(await untilEmpty(cgroup, 5_000))
    if (leftovers) {
      writeFileSync(join(cgroup, 'cgroup.kill'), '1')
      await untilEmpty(cgroup, 5_000)
    }
    const { user, system } = cgroupCpuSeconds(readFileSync(join(cgroup, 'cpu.stat'), 'utf8'))
    return { cpuSeconds: user + system, counted: 'cgroup', wallSeconds, leftovers }
  }
  finally {
    if (cgroup) {
      try {
        rmdirSync(cgroup)
      }
      catch {}
    }
  }
}
