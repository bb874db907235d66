import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cgroupCpuSeconds, measureCpu } from '../../scripts/bench/cpuTime'

describe('cgroupCpuSeconds', () => {
  it('reads user and system seconds from a cgroup v2 cpu.stat', () => {
    const stat = 'usage_usec 7243629\nuser_usec 6460000\nsystem_usec 783629\nnice_usec 0\n'
    expect(cgroupCpuSeconds(stat)).toEqual({ user: 6.46, system: 0.783629 })
  })

  it('refuses a cpu.stat without its user line', () => {
    expect(() => cgroupCpuSeconds('usage_usec 1\nsystem_usec 1\n')).toThrow('no user_usec line')
  })
})

describe('measureCpu', () => {
  // A command that starts a busy process it never waits for (as Chromium's zygote starts renderers), then waits
  // until that one is done: only a cgroup counts the busy process's time.
  const BUSY = 'i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done'
  const command = ['-c', `(sh -c '${BUSY}; touch "$0"' "$0" &) ; while [ ! -e "$0" ]; do sleep 0.05; done`]

  it('counts the CPU of a process the command starts but does not wait for, where a cgroup can be made', async () => {
    const done = join(mkdtempSync(join(tmpdir(), 'deck-cpu-')), 'done')
    const run = await measureCpu('sh', [...command, done], process.cwd())
    rmSync(dirname(done), { recursive: true })
    // The busy loop alone takes about 0.4 s of CPU.
    expect(run.wallSeconds).toBeGreaterThan(0.1)
    if (run.counted === 'cgroup')
      expect(run.cpuSeconds).toBeGreaterThan(0.1)
    else
      expect(process.platform !== 'linux' || process.getuid?.() !== 0, 'root on Linux makes a cgroup').toBe(true)
    expect(run.leftovers).toBe(false)
  }, 20_000)

  it('fails when the command fails', async () => {
    await expect(measureCpu('sh', ['-c', 'exit 3'], process.cwd())).rejects.toThrow('exited with 3')
  })
})
