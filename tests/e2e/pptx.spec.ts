import { execFile, execFileSync } from 'node:child_process'
import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { scriptCommand } from '../../scripts/project/scriptCommand'

// What the PPTX export writes is checked in editablePptx.ts, on exports.spec.ts's one export run; its stop on a
// chart that fails validation is in scratchBuild.spec.ts, on that file's scratch build. Here, a folder it cannot write.

const ROOT = resolve(import.meta.dirname, '../..')
const run = promisify(execFile)

test('an export into a read-only folder stops with a clear message and writes nothing', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'deck-read-only-'))
  await chmod(folder, 0o555)
  // root ignores file modes; an immutable folder is read-only for root too.
  const immutable = process.getuid?.() === 0
  if (immutable)
    execFileSync('chattr', ['+i', folder])
  try {
    await expect(writeFile(join(folder, 'probe'), ''), 'the folder is read-only').rejects.toThrow()
    const result = await run(...scriptCommand('export', ['pptx', '--out', folder]), { cwd: ROOT })
      .then(() => ({ code: 0, stderr: '' }), (error: { code: number, stderr: string }) => error)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`无法写入 ${join(folder, 'slides.pptx')}`)
    expect(await readdir(folder)).toEqual([])
  }
  finally {
    if (immutable)
      execFileSync('chattr', ['-i', folder])
    await chmod(folder, 0o755)
    await rm(folder, { recursive: true, force: true })
  }
})
