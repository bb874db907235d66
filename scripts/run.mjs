// @ts-check
/**
 * `node scripts/run.mjs <command> [args…]`: runs scripts/<command>.ts, the
 * command line behind an npm script, from a compiled copy. esbuild compiles
 * every command at once (their shared code split into common chunks, the
 * packages left to Node) into node_modules/.cache/deck-scripts/, and the copy
 * is reused while each source file it was compiled from has the same size and
 * modification time. Loading TypeScript through tsx's hooks instead costs
 * about 0.3 s per command (npm start serves after about 0.4 s instead of 0.7 s).
 *
 * `DECK_RUN_SOURCES=1` runs the TypeScript itself through tsx: stack traces
 * then point into scripts/, not into the compiled copy.
 *
 * Plain JavaScript: it is what runs before any TypeScript can.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const ROOT = resolve(import.meta.dirname, '..')
/**
 * Where the compiled copies live. DECK_SCRIPTS_CACHE names another folder inside the project (the compiled code
 * finds the packages from where it lies): the tests compile into one of their own.
 */
const CACHE = process.env.DECK_SCRIPTS_CACHE ? resolve(process.env.DECK_SCRIPTS_CACHE) : join(ROOT, 'node_modules/.cache/deck-scripts')
const MANIFEST = join(CACHE, 'manifest.json')
/** The commands at the top of scripts/, as npm's scripts name them. */
export const COMMANDS = ['bench', 'export', 'lint', 'preflight', 'rehearsal', 'serve', 'start', 'typecheck']
/** Changes when the way of compiling changes, so that an older copy is not reused. */
const FORMAT = 1
/** A compiled copy nobody has used for this long is removed (a running command may still load chunks of a younger one). */
const STALE_MS = 24 * 60 * 60 * 1000

/**
 * A source file as it reads in place: `import.meta.url`, `.dirname` and
 * `.filename` written out as the file's own, since its code runs from the
 * compiled copy, elsewhere (the project root is found from them).
 * @param {string} source
 * @param {string} path absolute
 */
export function inlineImportMeta(source, path) {
  return source
    .replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(path).href))
    .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(dirname(path)))
    .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(path))
}

/** @typedef {[path: string, size: number, mtimeMs: number]} SourceStamp */

/**
 * Whether every source a compiled copy was made from is as it was then.
 * @param {SourceStamp[]} sources
 * @param {(path: string) => { size: number, mtimeMs: number } | undefined} stat
 */
export function sourcesUnchanged(sources, stat) {
  return sources.every(([path, size, mtimeMs]) => {
    const now = stat(path)
    return now !== undefined && now.size === size && now.mtimeMs === mtimeMs
  })
}

/** @param {string} path */
function statOf(path) {
  try {
    const { size, mtimeMs } = statSync(path)
    return { size, mtimeMs }
  }
  catch {
    return undefined
  }
}

/** @returns {{ format: number, dir: string, sources: SourceStamp[] } | undefined} */
function readManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8'))
  }
  catch {
    return undefined
  }
}

/** The folder of a current compiled copy, or undefined. */
function currentCopy() {
  const manifest = readManifest()
  if (!manifest || manifest.format !== FORMAT || !existsSync(join(CACHE, manifest.dir)) || !sourcesUnchanged(manifest.sources, statOf))
    return undefined
  return join(CACHE, manifest.dir)
}

/** Compiles every command into a new folder of the cache and records it as the current copy. */
async function compile() {
  const esbuild = await import('esbuild')
  mkdirSync(CACHE, { recursive: true })
  const scratch = join(CACHE, `tmp-${process.pid}-${Date.now()}`)
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
    logLevel: 'error',
    plugins: [{
      name: 'import-meta-in-place',
      setup(build) {
        build.onLoad({ filter: /\.[cm]?ts$/ }, args => ({ contents: inlineImportMeta(readFileSync(args.path, 'utf8'), args.path), loader: 'ts' }))
      },
    }],
  })
  const paths = [...Object.keys(result.metafile.inputs).map(input => resolve(ROOT, input)), join(ROOT, 'tsconfig.json'), import.meta.filename]
  /** @type {SourceStamp[]} */
  const sources = paths.map((path) => {
    const { size, mtimeMs } = statSync(path)
    return [path, size, mtimeMs]
  })
  const dir = `build-${createHash('sha256').update(JSON.stringify([FORMAT, esbuild.version, sources])).digest('hex').slice(0, 16)}`
  try {
    renameSync(scratch, join(CACHE, dir))
  }
  catch {
    // Another command compiled the same sources at the same time: its copy serves.
    rmSync(scratch, { recursive: true, force: true })
  }
  const manifest = `${MANIFEST}.${process.pid}.tmp`
  writeFileSync(manifest, JSON.stringify({ format: FORMAT, dir, sources }))
  renameSync(manifest, MANIFEST)
  removeStale(dir)
  return join(CACHE, dir)
}

/** @param {string} keep */
function removeStale(keep) {
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name)
    if (name === keep || !/^(?:build|tmp)-/.test(name))
      continue
    if (Date.now() - (statOf(path)?.mtimeMs ?? Date.now()) > STALE_MS)
      rmSync(path, { recursive: true, force: true })
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
  if (process.env.DECK_RUN_SOURCES) {
    const { register } = await import('tsx/esm/api')
    register()
    await import(pathToFileURL(script).href)
    return
  }
  const copy = currentCopy() ?? await compile()
  await import(pathToFileURL(join(copy, `${command}.mjs`)).href)
}

if (import.meta.filename === resolve(process.argv[1] ?? ''))
  await main()
