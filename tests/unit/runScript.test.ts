import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { transform } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'
import { cacheFolder, COMMANDS, importMetaOf, sourcesUnchanged } from '../../scripts/run.mjs'

const ROOT = resolve(import.meta.dirname, '../..')

describe('importMetaOf', () => {
  it('gives import.meta.url, .dirname and .filename of the source file, which esbuild puts in place of the expressions alone', async () => {
    expect(importMetaOf('/p/scripts/a b.ts')).toEqual({
      'import.meta.url': '"file:///p/scripts/a%20b.ts"',
      'import.meta.dirname': '"/p/scripts"',
      'import.meta.filename': '"/p/scripts/a b.ts"',
    })
    const source = 'const root = resolve(import.meta.dirname, "..")\n// import.meta.url in a comment\nconst text = "see import.meta.url"\nlog(new URL("./x.ts", import.meta.url), import.meta.env)\n'
    const { code } = await transform(source, { loader: 'ts', define: importMetaOf('/p/scripts/a.ts') })
    expect(code).toContain('resolve("/p/scripts", "..")')
    expect(code).toContain('new URL("./x.ts", "file:///p/scripts/a.ts")')
    expect(code).toContain('"see import.meta.url"')
    expect(code).toContain('import.meta.env')
  })
})

describe('sourcesUnchanged', () => {
  const hashes: Record<string, string> = { '/a.ts': 'aa', '/b.ts': 'bb' }
  const hashOf = (path: string) => hashes[path]

  it('holds while every source reads as it did', () => {
    expect(sourcesUnchanged([['/a.ts', 'aa'], ['/b.ts', 'bb']], hashOf)).toBe(true)
  })

  it('fails on a source saved since, a source gone, or no record of any', () => {
    expect(sourcesUnchanged([['/a.ts', 'a0']], hashOf)).toBe(false)
    expect(sourcesUnchanged([['/gone.ts', 'cc']], hashOf)).toBe(false)
    expect(sourcesUnchanged([], hashOf)).toBe(false)
  })
})

describe('cacheFolder', () => {
  it('keeps each checkout\'s compiled copy apart, even where two share node_modules', () => {
    expect(cacheFolder('/w/a', undefined)).toMatch(/^\/w\/a\/node_modules\/\.cache\/deck-scripts\/[0-9a-f]{12}$/)
    expect(cacheFolder('/w/a', undefined)).not.toBe(cacheFolder('/w/b', undefined).replace('/w/b/', '/w/a/'))
    expect(cacheFolder('/w/a', 'node_modules/.cache/elsewhere')).toBe('/w/a/node_modules/.cache/elsewhere')
  })
})

describe('node scripts/run.mjs', () => {
  // A folder of the test's own, outside node_modules; the compiled code finds the packages from where it lies, as in
  // the default folder (node_modules/.cache/deck-scripts): a node_modules beside it leads to the project's.
  const work = mkdtempSync(join(tmpdir(), 'deck-scripts-test-'))
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir')
  const cache = join(work, 'cache')
  const run = (args: string[]) => promisify(execFile)(process.execPath, [join(ROOT, 'scripts/run.mjs'), ...args], { cwd: ROOT, env: { ...process.env, DECK_SCRIPTS_CACHE: cache } })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }), (error: { code: number, stdout: string, stderr: string }) => error)
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('runs a command from a copy compiled once, with its arguments, its exit code and its own file as process.argv[1]', { timeout: 60_000 }, async () => {
    const deck = join(work, 'broken.md')
    writeFileSync(deck, '---\nlayout: tile\n---\n# x\n')
    const first = await run(['lint', deck])
    // scripts/lint.ts reports only when run as the command (import.meta.url is process.argv[1]'s).
    expect(first.code).toBe(1)
    expect(first.stdout).toMatch(/broken\.md:2:9 .*未知的版式「tile」/)
    const manifest = join(cache, 'manifest.json')
    const compiled = JSON.parse(readFileSync(manifest, 'utf8')) as { dir: string, sources: Array<[string, string]> }
    expect(readdirSync(join(cache, compiled.dir))).toEqual(expect.arrayContaining(COMMANDS.map(command => `${command}.mjs`)))
    expect(compiled.sources.map(([path]) => path)).toEqual(expect.arrayContaining([join(ROOT, 'scripts/lint.ts'), join(ROOT, 'scripts/run.mjs'), join(ROOT, 'tsconfig.json')]))
    const written = statSync(manifest).mtimeMs
    expect(await run(['lint', deck])).toMatchObject({ code: 1, stdout: first.stdout })
    expect(statSync(manifest).mtimeMs, 'the second run reuses the copy').toBe(written)
  })

  it('names the commands it knows when given another', { timeout: 30_000 }, async () => {
    const result = await run(['nonsense'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`usage: node scripts/run.mjs <${COMMANDS.join('|')}>`)
  })
})
