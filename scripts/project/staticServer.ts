import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
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

/**
 * Serves a built deck as a single-page app under `base` (e.g. `/` or
 * `/talks/zgc/`), on localhost only (the loopback address 127.0.0.1).
 */
export async function startStaticServer(dir: string, { base = '/', port = 0, endpoints = {} }: StaticServerOptions = {}): Promise<StaticServer> {
  const serve = sirv(dir, { single: true, dev: false, etag: true, gzip: false })
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base)) {
      res.statusCode = 404
      res.end('not found')
      return
    }
    req.url = `/${url.slice(base.length)}`
    const endpoint = endpoints[req.url.split('?')[0]]
    if (endpoint) {
      void endpoint(req, res)
      return
    }
    serve(req, res, () => {
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
