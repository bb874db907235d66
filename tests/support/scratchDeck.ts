import type { StaticServer } from '../../scripts/project/staticServer'
import { execFile } from 'node:child_process'
import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { startStaticServer } from '../../scripts/project/staticServer'
import { DECK_PATH } from './deckSource'

const ROOT = resolve(import.meta.dirname, '../..')

/** Replaces `from` with `to` in slides.md text, failing loudly if `from` is not there. */
export function edit(markdown: string, from: string, to: string): string {
  if (!markdown.includes(from))
    throw new Error(`scratch edit: "${from}" is not in slides.md`)
  return markdown.replace(from, to)
}

/**
 * Writes a changed copy of slides.md beside it (Slidev resolves components
 * from the entry's folder) under a hidden, git-ignored name; returns its path.
 */
export async function writeScratchEntry(name: string, markdown: string): Promise<string> {
  const entry = join(ROOT, `.scratch-${name}.md`)
  await writeFile(entry, markdown)
  return entry
}

export interface ScratchDeck {
  /** The changed copy of slides.md. */
  entry: string
  server: StaticServer
  remove: () => Promise<void>
}

/**
 * Builds a changed copy of slides.md and serves it. The copy sits beside
 * slides.md (Slidev resolves components from the entry's folder) under a
 * hidden, git-ignored name, and is removed with its build afterwards.
 */
export async function buildScratchDeck(name: string, change: (markdown: string) => string, { base = '/' } = {}): Promise<ScratchDeck> {
  const out = join(ROOT, '.scratch', name)
  await mkdir(join(ROOT, '.scratch'), { recursive: true })
  const entry = await writeScratchEntry(name, change(await readFile(DECK_PATH, 'utf8')))
  try {
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/slidev'), ['build', entry, '--out', out, '--base', base], { cwd: ROOT })
  }
  catch (error) {
    await rm(entry, { force: true })
    throw error
  }
  const server = await startStaticServer(out, { base })
  return {
    entry,
    server,
    remove: async () => {
      await server.close()
      await rm(entry, { force: true })
      await rm(out, { recursive: true, force: true })
      if ((await readdir(join(ROOT, '.scratch'))).length === 0)
        await rmdir(join(ROOT, '.scratch'))
    },
  }
}
