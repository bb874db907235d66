import { createHash } from 'node:crypto'
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { writeAtomically } from './atomicWrite'
import { sourceFileOf } from '../edition/index'
import { PROJECT_ROOT } from '../project/index'

/** The deck's sources: everything an author edits that a build depends on (the live export watches these). */
export const BUILD_INPUTS = ['slides.md', 'components', 'layouts', 'setup', 'styles', 'public', 'slide-bottom.vue', 'custom-nav-controls.vue', 'vite.config.ts', 'package-lock.json']

/** The project's code that shapes a build too: the Vite plugins, the Markdown syntax, the lint's error boxes, the talk plan. */
const BUILD_CODE = ['scripts/build', 'scripts/syntax', 'scripts/lint', 'scripts/rehearsal', 'scripts/edition']

const STAMP = '.deck-build.json'

function filesUnder(path: string): string[] {
  if (!existsSync(path))
    return []
  if (!statSync(path).isDirectory())
    return [path]
  return readdirSync(path).sort().flatMap(name => filesUnder(join(path, name)))
}

/** A hash of the build's inputs (the deck's sources and the code that builds it) and its base path: equal hashes build the same dist/. */
export function buildInputsHash(base: string, root = PROJECT_ROOT, entry = join(root, 'slides.md')): string {
  const hash = createHash('sha256').update(`base=${base}\n`)
  // A translation's build reads its source deck too (setup/preparser.ts): slides.en.md merges with slides.md.
  for (const file of [...new Set([entry, sourceFileOf(entry), ...[...BUILD_INPUTS, ...BUILD_CODE].flatMap(input => filesUnder(join(root, input)))])]) {
    hash.update(`${relative(root, file)}\n`)
    hash.update(readFileSync(file))
  }
  return hash.digest('hex')
}

/** Whether `dir` holds a build of exactly these inputs (a hash from buildInputsHash). */
function isBuildCurrent(dir: string, hash: string): boolean {
  const stampPath = join(dir, STAMP)
  return existsSync(stampPath) && JSON.parse(readFileSync(stampPath, 'utf8')).hash === hash
}

export interface BuildResult {
  dir: string
  reused: boolean
  seconds: number
}

/**
 * Builds the static deck into `dir`, or reuses the build already there when
 * none of its inputs changed since. `signal` stops a build under way.
 */
export async function ensureBuild({ dir = join(PROJECT_ROOT, 'dist'), base = '/', entry = join(PROJECT_ROOT, 'slides.md'), force = false, signal }: { dir?: string, base?: string, entry?: string, force?: boolean, signal?: AbortSignal } = {}): Promise<BuildResult> {
  const started = performance.now()
  const hash = buildInputsHash(base, PROJECT_ROOT, entry)
  const stampPath = join(dir, STAMP)
  if (!force && isBuildCurrent(dir, hash))
    return { dir, reused: true, seconds: 0 }
  await promisify(execFile)(join(PROJECT_ROOT, 'node_modules/.bin/slidev'), ['build', entry, '--out', dir, '--base', base], { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024, signal })
  await writeAtomically(stampPath, JSON.stringify({ hash, base }))
  return { dir, reused: false, seconds: (performance.now() - started) / 1000 }
}
