// @ts-check
/**
 * `node scripts/run.mjs <command> [args…]`: runs scripts/<command>.ts, the
 * command line behind an npm script, from a compiled copy. esbuild compiles
 * every command at once (their shared code split into common chunks, the
 * packages left to Node) into node_modules/.cache/deck-scripts/, and the copy
 * is reused while every file it was compiled from reads as it did then (a
 * content hash of each, about 5 ms for all). Loading the TypeScript through
 * tsx's hooks instead costs about 0.3 s per command (npm start serves after
 * about 0.4 s instead of 0.95 s).
 *
 * `DECK_RUN_SOURCES=1` runs the TypeScript itself through tsx: stack traces
 * then point into scripts/, not into the compiled copy. Where the cache
 * cannot be written, the commands run that way too, with a warning.
 *
 * Plain JavaScript: it is what runs before any TypeScript can.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const ROOT = resolve(import.meta.dirname, '..')
/** The commands at the top of scripts/, as npm's scripts name them. */
export const COMMANDS = ['bench', 'export', 'lint', 'preflight', 'rehearsal', 'serve', 'start', 'typecheck']
/** Changes when the way of compiling changes, so that an older copy is not reused. */
const FORMAT = 2
/** A compiled copy not used for this long is removed (a running command may still load chunks of a younger one). */
const STALE_MS = 24 * 60 * 60 * 1000
/** Read before compiling, besides the sources esbuild reads: how it compiles. */
const COMPILER_INPUTS = [join(ROOT, 'tsconfig.json'), import.meta.filename, join(ROOT, 'node_modules/esbuild/package.json')]

/**
 * Where the compiled copies live: a folder per checkout (two checkouts may
 * share node_modules through a link, never their code). DECK_SCRIPTS_CACHE
 * names another folder inside the project, which the tests use: the compiled
 * code finds the packages from where it lies.
 * @param {string} root
 * @param {string | undefined} chosen
 */
export function cacheFolder(root, chosen) {
  return chosen ? resolve(root, chosen) : join(root, 'node_modules/.cache/deck-scripts', digest(root).slice(0, 12))
}

/**
 * What `import.meta.url`, `.dirname` and `.filename` are in the source file
 * at `path`: its code runs from the compiled copy, elsewhere, and finds the
 * project from them. For esbuild's `define`, which replaces expressions only
 * (never text in strings or comments).
 * @param {string} path absolute
 * @returns {Record<string, string>}
 */
export function importMetaOf(path) {
  return {
    'import.meta.url': JSON.stringify(pathToFileURL(path).href),
    'import.meta.dirname': JSON.stringify(dirname(path)),
    'import.meta.filename': JSON.stringify(path),
  }
}

/** @param {string | Buffer} content */
function digest(content) {
  return createHash('sha256').update(content).digest('hex')
}

/** @typedef {[path: string, sha256: string]} SourceStamp */

/**
 * Whether every file a compiled copy was made from still reads as it did.
 * @param {SourceStamp[]} sources
 * @param {(path: string) => string | undefined} hashOf undefined for a file that is gone
 */
export function sourcesUnchanged(sources, hashOf) {
  return Array.isArray(sources) && sources.length > 0 && sources.every(([path, hash]) => hashOf(path) === hash)
}

/** @param {string} path */
function hashOfFile(path) {
  try {
    return digest(readFileSync(path))
  }
  catch {
    return undefined
  }
}

/**
 * The folder of the current compiled copy, or undefined.
 * @param {string} cache
 */
function currentCopy(cache) {
  try {
    const manifest = JSON.parse(readFileSync(join(cache, 'manifest.json'), 'utf8'))
    const copy = join(cache, String(manifest.dir))
    if (manifest.format !== FORMAT || !existsSync(copy) || !sourcesUnchanged(manifest.sources, hashOfFile))
      return undefined
    // Used now: kept past the clean-up of copies nobody uses.
    const now = new Date()
    utimesSync(copy, now, now)
    return copy
  }
  catch {
    return undefined
  }
}

/**
 * Compiles every command into a new folder of the cache and records it as
 * the current copy. Each source is hashed as esbuild reads it, so a file
 * saved during the compile makes the next command compile again.
 * @param {string} cache
 */
async function compile(cache) {
  const esbuild = await import('esbuild')
  /** @type {Map<string, string>} */
  const read = new Map(COMPILER_INPUTS.map(path => [path, hashOfFile(path) ?? '']))
  const tsconfigRaw = readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')
  mkdirSync(cache, { recursive: true })
  const scratch = join(cache, `tmp-${process.pid}-${Date.now()}`)
  // Made here, not by esbuild: a cache that cannot be written fails with its own code (EACCES, EPERM, EROFS).
  mkdirSync(scratch)
  try {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: Object.fromEntries(COMMANDS.map(command => [command, `scripts/${command}.ts`])),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      outdir: scratch,
      outExtension: { '.js': '.mjs' },
      metafile: true,
      logLevel: 'warning',
      plugins: [{
        name: 'deck-sources',
        setup(build) {
          build.onLoad({ filter: /\.(?:[cm]?ts|json)$/ }, async (args) => {
            const source = readFileSync(args.path, 'utf8')
            read.set(args.path, digest(source))
            if (args.path.endsWith('.json'))
              return { contents: source, loader: 'json' }
            try {
              const { code } = await esbuild.transform(source, { loader: 'ts', sourcefile: args.path, tsconfigRaw, define: importMetaOf(args.path) })
              return { contents: code, loader: 'js' }
            }
            catch (error) {
              // esbuild reports them as it reports its own: at the file and line.
              return { errors: /** @type {{ errors?: import('esbuild').PartialMessage[] }} */ (error).errors ?? [{ text: String(error) }] }
            }
          })
        },
      }],
    })
    for (const input of Object.keys(result.metafile.inputs).map(input => resolve(ROOT, input))) {
      if (!read.has(input))
        read.set(input, hashOfFile(input) ?? '')
    }
  }
  catch (error) {
    rmSync(scratch, { recursive: true, force: true })
    throw new CompileError(error)
  }
  /** @type {SourceStamp[]} */
  const sources = [...read].sort(([a], [b]) => a.localeCompare(b))
  const dir = `build-${digest(JSON.stringify([FORMAT, sources])).slice(0, 16)}`
  try {
    renameSync(scratch, join(cache, dir))
  }
  catch (error) {
    rmSync(scratch, { recursive: true, force: true })
    // Another command compiled the same sources at the same time: its copy serves. Anything else is a real failure.
    if (!existsSync(join(cache, dir, 'start.mjs')))
      throw error
  }
  const manifest = join(cache, `manifest.json.${process.pid}.tmp`)
  writeFileSync(manifest, JSON.stringify({ format: FORMAT, dir, sources }))
  renameSync(manifest, join(cache, 'manifest.json'))
  removeStale(cache, dir)
  return join(cache, dir)
}

class CompileError extends Error {
  /** @param {unknown} cause */
  constructor(cause) {
    super(`无法编译 scripts/ 里的命令（错误见上）/ could not compile the commands in scripts/ (esbuild's errors are above). DECK_RUN_SOURCES=1 runs them through tsx instead.`, { cause })
  }
}

/**
 * Removes the copies and scratch folders nobody has used for a day.
 * @param {string} cache
 * @param {string} keep
 */
function removeStale(cache, keep) {
  for (const name of readdirSync(cache)) {
    if (name === keep || !/^(?:build|tmp)-/.test(name))
      continue
    const path = join(cache, name)
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS)
        rmSync(path, { recursive: true, force: true })
    }
    catch {}
  }
}

/** @param {string} script */
async function runSource(script) {
  const { register } = await import('tsx/esm/api')
  register()
  await import(pathToFileURL(script).href)
}

/** @param {string} cache */
async function compiledCopy(cache) {
  try {
    return currentCopy(cache) ?? await compile(cache)
  }
  catch (error) {
    const code = /** @type {{ code?: string }} */ (error).code
    if (error instanceof CompileError || !['EACCES', 'EPERM', 'EROFS'].includes(code ?? ''))
      throw error
    console.warn(`scripts/run.mjs: ${cache} 不可写，改经 tsx 运行 / cannot be written, running the TypeScript through tsx (${code})`)
    return undefined
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2)
  if (!COMMANDS.includes(command)) {
    console.error(`用法 / usage: node scripts/run.mjs <${COMMANDS.join('|')}> [参数 / args…]`)
    process.exit(2)
  }
  const script = join(ROOT, 'scripts', `${command}.ts`)
  // The command sees the command line it would have run directly: node scripts/<command>.ts args…
  process.argv.splice(1, process.argv.length - 1, script, ...args)
  const copy = process.env.DECK_RUN_SOURCES === '1' ? undefined : await compiledCopy(cacheFolder(ROOT, process.env.DECK_SCRIPTS_CACHE))
  if (copy)
    await import(pathToFileURL(join(copy, `${command}.mjs`)).href)
  else
    await runSource(script)
}

/** Run as the command (through any link to it), not imported by a test. */
function isMain() {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(import.meta.filename)
  }
  catch {
    return false
  }
}

if (isMain()) {
  await main().catch((error) => {
    if (!(error instanceof CompileError))
      throw error
    console.error(error.message)
    process.exit(1)
  })
}
