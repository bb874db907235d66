import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import sirv from 'sirv'

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/**
 * Serves a built deck as a single-page app under `base` (e.g. `/` or
 * `/talks/zgc/`), on localhost only.
 */
export async function startStaticServer(dir: string, { base = '/', port = 0 } = {}): Promise<StaticServer> {
  const serve = sirv(dir, { single: true, dev: false, etag: true, gzip: false })
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base)) {
      res.statusCode = 404
      res.end('not found')
      return
    }
    req.url = `/${url.slice(base.length)}`
    serve(req, res, () => {
      res.statusCode = 404
      res.end('not found')
    })
  })
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve))
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://localhost:${actual}${base}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
