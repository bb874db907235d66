import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'

export interface StaticServer {
  url: string
  port: number
  close: () => Promise<void>
}

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>

export interface StaticServerOptions {
  base?: string
  /** 0: any free port. */
  port?: number
  /** Handlers for paths under `base` (e.g. `/__rehearsal`), answered before the files. */
  endpoints?: Record<string, RequestHandler>
}

type Serve = ReturnType<typeof sirv>

/**
 * Serves a built deck as a single-page app under `base` (e.g. `/` or
 * `/talks/zgc/`), on localhost only (the loopback address 127.0.0.1). A
 * folder of the build with an index.html of its own (an edition's build,
 * dist/en/) is a single-page app of its own: `/en/12` gets dist/en/index.html.
 */
export async function startStaticServer(dir: string, { base = '/', port = 0, endpoints = {} }: StaticServerOptions = {}): Promise<StaticServer> {
  const options = { single: true, dev: false, etag: true, gzip: false } as const
  const root = sirv(dir, options)
  const apps = new Map<string, Serve>()
  /** The app a path belongs to: an edition's folder, or the root; the path as that app sees it. */
  const appOf = (path: string): { serve: Serve, path: string } => {
    const folder = /^\/([a-z]{2})(?:\/|$)/.exec(path)?.[1]
    if (folder && existsSync(join(dir, folder, 'index.html'))) {
      if (!apps.has(folder))
        apps.set(folder, sirv(join(dir, folder), options))
      return { serve: apps.get(folder)!, path: path.slice(folder.length + 1) || '/' }
    }
    return { serve: root, path }
  }
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base)) {
      res.statusCode = 404
      res.end('not found')
      return
    }
    // An endpoint answers under every edition's address: /__rehearsal and /en/__rehearsal.
    const app = appOf(`/${url.slice(base.length)}`)
    req.url = app.path
    const endpoint = endpoints[req.url.split('?')[0]]
    if (endpoint) {
      void endpoint(req, res)
      return
    }
    app.serve(req, res, () => {
      res.statusCode = 404
      res.end('not found')
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://localhost:${actual}${base}`,
    port: actual,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
