import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { COMMANDS, inlineImportMeta, sourcesUnchanged } from '../../scripts/run.mjs'

const ROOT = resolve(import.meta.dirname, '../..')

describe('inlineImportMeta', () => {
  it('writes out import.meta.url, .dirname and .filename as the file\'s own, and leaves the rest of import.meta alone', () => {
    const source = 'const root = resolve(import.meta.dirname, "..")\nconst here = new URL("./x.ts", import.meta.url)\nlog(import.meta.filename, import.meta.env, import.meta.urlish)'
    expect(inlineImportMeta(source, '/p/scripts/a b.ts')).toBe('const root = resolve("/p/scripts", "..")\nconst here = new URL("./x.ts", "file:///p/scripts/a%20b.ts")\nlog("/p/scripts/a b.ts", import.meta.env, import.meta.urlish)')
  })
})

describe('sourcesUnchanged', () => {
  const stats: Record<string, { size: number, mtimeMs: number }> = { '/a.ts': { size: 10, mtimeMs: 5 }, '/b.ts': { size: 3, mtimeMs: 7 } }
  const stat = (path: string) => stats[path]

  it('holds while every source has its recorded size and modification time', () => {
    expect(sourcesUnchanged([['/a.ts', 10, 5], ['/b.ts', 3, 7]], stat)).toBe(true)
  })

  it('fails on a source saved since (another time or size) or gone', () => {
    expect(sourcesUnchanged([['/a.ts', 10, 6]], stat)).toBe(false)
    expect(sourcesUnchanged([['/a.ts', 11, 5]], stat)).toBe(false)
    expect(sourcesUnchanged([['/gone.ts', 1, 1]], stat)).toBe(false)
  })
})

describe('node scripts/run.mjs', () => {
  // Inside the project, as the default one is: the compiled code finds the packages from where it lies.
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true })
  const cache = mkdtempSync(join(ROOT, 'node_modules/.cache/deck-scripts-test-'))
  const run = (args: string[]) => promisify(execFile)(process.execPath, [join(ROOT, 'scripts/run.mjs'), ...args], { cwd: ROOT, env: { ...process.env, DECK_SCRIPTS_CACHE: cache } })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }), (error: { code: number, stdout: string, stderr: string }) => error)
  afterAll(() => rmSync(cache, { recursive: true, force: true }))

  it('runs a command from a copy compiled once, with its arguments, its exit code and its own file as process.argv[1]', async () => {
    const deck = join(cache, 'broken.md')
    writeFileSync(deck, '---\nlayout: tile\n---\n# x\n')
    const first = await run(['lint', deck])
    // scripts/lint.ts reports only when run as the command (import.meta.url is process.argv[1]'s).
    expect(first.code).toBe(1)
    expect(first.stdout).toMatch(/broken\.md:2:9 .*未知的版式「tile」/)
    const manifest = join(cache, 'manifest.json')
    const compiled = JSON.parse(readFileSync(manifest, 'utf8')) as { dir: string, sources: Array<[string, number, number]> }
    expect(readdirSync(join(cache, compiled.dir))).toEqual(expect.arrayContaining(COMMANDS.map(command => `${command}.mjs`)))
    expect(compiled.sources.map(([path]) => path)).toEqual(expect.arrayContaining([join(ROOT, 'scripts/lint.ts'), join(ROOT, 'scripts/run.mjs')]))
    const written = statSync(manifest).mtimeMs
    expect(await run(['lint', deck])).toMatchObject({ code: 1, stdout: first.stdout })
    expect(statSync(manifest).mtimeMs, 'the second run reuses the copy').toBe(written)
  })

  it('names the commands it knows when given another', async () => {
    const result = await run(['nonsense'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`usage: node scripts/run.mjs <${COMMANDS.join('|')}>`)
  })
})
