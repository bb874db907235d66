import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'

export interface StaticServer {
  url: string
  port: number
  /** The address on each further host it listens on (`hosts`), e.g. `http://192.168.1.20:3030/`. */
  hostUrls: string[]
  close: () => Promise<void>
}

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>

export interface StaticServerOptions {
  base?: string
  /** 0: any free port. */
  port?: number
  /** Handlers for paths under `base` (e.g. `/__rehearsal`), answered before the files. */
  endpoints?: Record<string, RequestHandler>
  /** Further addresses to listen on, on the same port, besides 127.0.0.1 (the share mode's LAN address). None by default. */
  hosts?: string[]
  /** Takes a WebSocket upgrade for a path under `base` (as an endpoint sees it); none: upgrades are refused. */
  upgrade?: (path: string, request: IncomingMessage, socket: Duplex, head: Buffer) => void
  /** Rewrites each app's index.html as it is served (the share mode's marker in its head). */
  transformHtml?: (html: string) => string
}

type Serve = ReturnType<typeof sirv>

/**
 * Serves a built deck as a single-page app under `base` (e.g. `/` or
 * `/talks/zgc/`), on localhost only (the loopback address 127.0.0.1). A
 * folder of the build with an index.html of its own (an edition's build,
 * dist/en/) is a single-page app of its own: `/en/12` gets dist/en/index.html.
 */
export async function startStaticServer(dir: string, { base = '/', port = 0, endpoints = {}, hosts = [], upgrade, transformHtml }: StaticServerOptions = {}): Promise<StaticServer> {
  const options = { single: true, dev: false, etag: true, gzip: false } as const
  const root = sirv(dir, options)
  const apps = new Map<string, Serve>()
  /** The app a path belongs to: an edition's folder, or the root; the path as that app sees it. */
  const appOf = (path: string): { serve: Serve, path: string, dir: string } => {
    const folder = /^\/([a-z]{2})(?:\/|$)/.exec(path)?.[1]
    if (folder && existsSync(join(dir, folder, 'index.html'))) {
      if (!apps.has(folder))
        apps.set(folder, sirv(join(dir, folder), options))
      return { serve: apps.get(folder)!, path: path.slice(folder.length + 1) || '/', dir: join(dir, folder) }
    }
    return { serve: root, path, dir }
  }
  const pages = new Map<string, string>()
  /** An app's index.html as transformHtml makes it, for a path that is a page of the app (no file extension). */
  const transformedPage = (appDir: string, path: string): string | undefined => {
    if (!transformHtml || /\.[^/]*$/.test(path.split('?')[0]) && !path.startsWith('/index.html'))
      return undefined
    if (!pages.has(appDir))
      pages.set(appDir, transformHtml(readFileSync(join(appDir, 'index.html'), 'utf8')))
    return pages.get(appDir)
  }
  const handle = (req: IncomingMessage, res: ServerResponse) => {
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
    const page = req.method === 'GET' || req.method === 'HEAD' ? transformedPage(app.dir, req.url) : undefined
    if (page !== undefined) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Cache-Control', 'no-cache')
      res.end(req.method === 'HEAD' ? undefined : page)
      return
    }
    app.serve(req, res, () => {
      res.statusCode = 404
      res.end('not found')
    })
  }
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node hands the socket over without its error handler: a client that resets it would otherwise crash the server.
    socket.on('error', () => socket.destroy())
    const url = req.url ?? '/'
    if (!upgrade || !url.startsWith(base)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
      return
    }
    upgrade(appOf(`/${url.slice(base.length)}`).path.split('?')[0], req, socket, head)
  }
  // One listener per address (loopback first, its port then taken by the others), all with the same handlers.
  const listeners = [undefined, ...hosts].map(() => createServer(handle).on('upgrade', onUpgrade))
  await listen(listeners[0], port, '127.0.0.1')
  const { port: actual } = listeners[0].address() as AddressInfo
  try {
    for (const [index, host] of hosts.entries())
      await listen(listeners[index + 1], actual, host)
  }
  catch (error) {
    await Promise.all(listeners.map(listener => new Promise(resolve => listener.close(resolve))))
    throw error
  }
  return {
    url: `http://localhost:${actual}${base}`,
    port: actual,
    hostUrls: hosts.map(host => `http://${host}:${actual}${base}`),
    close: () => Promise.all(listeners.map(listener => new Promise<void>((resolve) => {
      listener.closeAllConnections()
      listener.close(() => resolve())
    }))).then(() => undefined),
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
}
