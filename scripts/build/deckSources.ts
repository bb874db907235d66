import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** What a build of the deck reads as the deck's own sources: the fonts and the left-out features are decided from them. */

const TEXT_FILE = /\.(?:md|vue|ts|js|css)$/

/** The text of a file, or of every text file under a folder; '' for a path that does not exist. */
export function textUnder(path: string): string {
  if (!existsSync(path))
    return ''
  if (!statSync(path).isDirectory())
    return TEXT_FILE.test(path) ? readFileSync(path, 'utf8') : ''
  return readdirSync(path).map(name => textUnder(join(path, name))).join('\n')
}

/** The deck's own sources as text: its slides, components, layouts and setup code. */
export function deckSourceText(root: string, entry = 'slides.md'): string {
  return [entry, 'components', 'layouts', 'setup', 'slide-bottom.vue'].map(source => textUnder(resolve(root, source))).join('\n')
}

/** The decks `slidev build [entry..]` builds, from its arguments: slides.md unless named. */
export function builtDecks(args: readonly string[]): string[] {
  const named = args.filter(arg => arg.endsWith('.md'))
  return named.length > 0 ? named : ['slides.md']
}
