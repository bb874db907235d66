import type { ViteDevServer } from 'vite'
import type { AddressInfo } from 'node:net'
import { relative } from 'node:path'
import { createServer, parser, resolveOptions } from '@slidev/cli'
import { createLogger } from 'vite'

export interface DevDeck {
  server: ViteDevServer
  /** The deck's address, ending in a slash. */
  url: string
  /** The folder of the deck: components and styles are looked up beside it. */
  userRoot: string
  /**
   * Modules that failed to compile (a slide with an unclosed tag…), by id,
   * with Vite's first line, since the owner last cleared it (the live export
   * clears it and reloads the page to see whether they still fail). Vite
   * prints the full error itself.
   */
  failed: Map<string, string>
}

/**
 * Slidev's dev server (Vite) for `entry`, on a free localhost port, set up as
 * the `slidev` command sets it up: each save re-reads the deck, so Slidev
 * sends the changed slides as hot updates.
 */
export async function startDevDeck(entry: string): Promise<DevDeck> {
  const options = await resolveOptions({ entry }, 'dev')
  const failed = new Map<string, string>()
  const logger = createLogger('warn')
  const logError = logger.error
  logger.error = (message, logged) => {
    const error = logged?.error as { id?: string, message?: string } | undefined
    if (error?.id) {
      const id = error.id.split('?')[0]
      failed.set(id, `${relative(process.cwd(), id)}: ${(error.message ?? message).split('\n')[0]}`)
    }
    logError(message, logged)
  }
  // No plugin of our own here: Vite keys its pre-bundled dependencies on the plugins' names, and the
  // same set as the `slidev` command lets the live export reuse the dev server's cache in node_modules/.vite.
  const server = await createServer(options, { server: { port: 0, host: '127.0.0.1' }, clearScreen: false, customLogger: logger }, {
    async loadData(source) {
      const loaded = await parser.load(options, options.entry, source, 'dev')
      return { ...loaded, themeMeta: options.data.themeMeta, config: parser.resolveConfig(loaded.headmatter, options.data.themeMeta, options.entry) }
    },
  })
  await server.listen()
  const { port } = server.httpServer!.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${port}/`, userRoot: options.userRoot, failed }
}
