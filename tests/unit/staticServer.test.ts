import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { StaticServer } from '../../scripts/project/staticServer'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStaticServer } from '../../scripts/project/staticServer'

/**
 * The server `npm start` presents from: a built deck (dist/, its English
 * edition in dist/en/) as single-page apps under a base path. A fake build
 * whose every file says what it is, and a secret beside it that no request
 * may reach.
 */
const work = mkdtempSync(join(tmpdir(), 'static-server-'))
const dist = join(work, 'dist')
const FILES: Record<string, string> = {
  'index.html': '<html><head></head><body>zh app</body></html>',
  'assets/app.js': 'zh script',
  'slides.pdf': 'zh pdf',
  'en/index.html': '<html><head></head><body>en app</body></html>',
  'en/assets/app.js': 'en script',
  // A two-letter folder without an index.html of its own is no edition: its files are the root app's.
  'fr/notes.txt': 'fr notes',
}
for (const [path, text] of Object.entries(FILES)) {
  mkdirSync(dirname(join(dist, path)), { recursive: true })
  writeFileSync(join(dist, path), text)
}
writeFileSync(join(work, 'secret.txt'), 'SECRET')

const servers: StaticServer[] = []
afterAll(async () => {
  // The folder first: a server that never closes (a mutant of close, in mutation testing) leaves nothing behind.
  rmSync(work, { recursive: true, force: true })
  await Promise.all(servers.map(server => server.close()))
})

async function serve(options: Parameters<typeof startStaticServer>[1] = {}): Promise<StaticServer> {
  const server = await startStaticServer(dist, options)
  servers.push(server)
  return server
}

/** A request with its path sent exactly as written (fetch would resolve `..` and `%2e%2e` first). */
function get(server: StaticServer, path: string, method = 'GET'): Promise<{ status: number, type: string, cache: string, body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: server.port, path, method }, (response: IncomingMessage) => {
      const chunks: Buffer[] = []
      response.on('data', chunk => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode!, type: String(response.headers['content-type'] ?? ''), cache: String(response.headers['cache-control'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }))
    }).on('error', reject).end()
  })
}

describe('the static server at /', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await serve()
  })

  it('listens on loopback at a free port and names its address', () => {
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://localhost:${server.port}/`)
    expect(server.hostUrls).toEqual([])
  })

  it('serves the source edition at / and each deep link to its app', async () => {
    for (const path of ['/', '/1', '/12', '/presenter/3', '/overview', '/1?view=read'])
      expect(await get(server, path), path).toMatchObject({ status: 200, body: FILES['index.html'] })
    expect(await get(server, '/assets/app.js')).toMatchObject({ status: 200, body: 'zh script' })
    expect(await get(server, '/slides.pdf')).toMatchObject({ status: 200, body: 'zh pdf' })
  })

  it('serves an edition\'s folder as its own app: /en, /en/ and its deep links get dist/en/index.html', async () => {
    for (const path of ['/en', '/en/', '/en/12', '/en/presenter/3', '/en/12?view=read'])
      expect(await get(server, path), path).toMatchObject({ status: 200, body: FILES['en/index.html'] })
    expect(await get(server, '/en/assets/app.js')).toMatchObject({ status: 200, body: 'en script' })
    // A name that starts like an edition is not one.
    expect(await get(server, '/entry')).toMatchObject({ status: 200, body: FILES['index.html'] })
    expect(await get(server, '/fr/notes.txt')).toMatchObject({ status: 200, body: 'fr notes' })
  })

  it('answers 404 for a file that is not there, in either app', async () => {
    expect(await get(server, '/assets/missing.js')).toMatchObject({ status: 404, body: 'not found' })
    expect(await get(server, '/en/assets/missing.js')).toMatchObject({ status: 404, body: 'not found' })
  })

  it('takes a folder for an edition only at the path\'s start, and only with an index.html of its own', async () => {
    expect(await get(server, '/fr/3')).toMatchObject({ status: 200, body: FILES['index.html'] })
    expect(await get(server, '/notes/en/3')).toMatchObject({ status: 200, body: FILES['index.html'] })
  })

  it('never serves a file outside the build, however the path is encoded', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/en/../../secret.txt', '/en/%2e%2e/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%252e%252e/secret.txt']) {
      const response = await get(server, path)
      expect(response.body, path).not.toContain('SECRET')
    }
  })
})

describe('the static server under a sub-path base', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await serve({ base: '/talks/zgc/' })
  })

  it('serves both apps under the base, and nothing outside it', async () => {
    expect(server.url).toBe(`http://localhost:${server.port}/talks/zgc/`)
    expect(await get(server, '/talks/zgc/')).toMatchObject({ status: 200, body: FILES['index.html'] })
    expect(await get(server, '/talks/zgc/12')).toMatchObject({ status: 200, body: FILES['index.html'] })
    expect(await get(server, '/talks/zgc/assets/app.js')).toMatchObject({ status: 200, body: 'zh script' })
    expect(await get(server, '/talks/zgc/en/12')).toMatchObject({ status: 200, body: FILES['en/index.html'] })
    for (const path of ['/', '/12', '/assets/app.js', '/talks/', '/talks/other/', '/en/12'])
      expect(await get(server, path), path).toMatchObject({ status: 404, body: 'not found' })
  })
})

describe('the static server\'s endpoints and page rewriting', () => {
  let server: StaticServer
  const seen: string[] = []
  beforeAll(async () => {
    server = await serve({
      base: '/deck/',
      endpoints: { '/__rehearsal': (request, response) => {
        seen.push(`${request.method} ${request.url}`)
        response.end('endpoint')
      } },
      transformHtml: html => html.replace('<head>', '<head><meta name="marker">'),
    })
  })

  it('answers an endpoint under every edition\'s address, with the path as the app sees it', async () => {
    expect(await get(server, '/deck/__rehearsal', 'POST')).toMatchObject({ body: 'endpoint' })
    expect(await get(server, '/deck/en/__rehearsal?x=1', 'POST')).toMatchObject({ body: 'endpoint' })
    expect(seen).toEqual(['POST /__rehearsal', 'POST /__rehearsal?x=1'])
  })

  it('rewrites each app\'s page (a deep link, index.html itself), not its other files', async () => {
    // A file is told by its last segment's extension: a dot in a folder or the query leaves a deep link a page.
    for (const path of ['/deck/', '/deck/12', '/deck/index.html', '/deck/index.html?view=read', '/deck/12?view=read', '/deck/v1.2/12', '/deck/12?at=1.5']) {
      const page = await get(server, path)
      expect(page, path).toMatchObject({ status: 200, body: FILES['index.html'].replace('<head>', '<head><meta name="marker">') })
      expect(page.type).toBe('text/html; charset=utf-8')
      expect(page.cache, 'a page is checked again each time: the next build may change it').toBe('no-cache')
    }
    // Only a page is read this way: a request that sends something is not answered with one.
    expect((await get(server, '/deck/12', 'POST')).body).not.toContain('marker')
    for (const path of ['/deck/en', '/deck/en/', '/deck/en/3', '/deck/en/index.html'])
      expect((await get(server, path)).body, path).toBe(FILES['en/index.html'].replace('<head>', '<head><meta name="marker">'))
    expect((await get(server, '/deck/12')).body).toBe(FILES['index.html'].replace('<head>', '<head><meta name="marker">'))
    expect((await get(server, '/deck/assets/app.js')).body).toBe('zh script')
    expect((await get(server, '/deck/slides.pdf')).body).toBe('zh pdf')
    expect(await get(server, '/deck/12', 'HEAD')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', cache: 'no-cache', body: '' })
  })

  it('refuses a WebSocket upgrade when it takes none', async () => {
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.write('GET /deck/live HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n'))
      let text = ''
      socket.on('data', (chunk) => { text += chunk.toString() })
      socket.on('close', () => resolve(text))
    })
    expect(reply).toMatch(/^HTTP\/1\.1 404 Not Found/)
  })
})

describe('the static server\'s upgrades and further addresses', () => {
  it('hands an upgrade under the base to its taker with the path as the app sees it, and refuses one outside the base', async () => {
    const paths: string[] = []
    const server = await serve({ base: '/deck/', upgrade: (path, _request, socket) => {
      paths.push(path)
      socket.end('HTTP/1.1 101 Switching Protocols\r\n\r\n')
    } })
    const upgrade = (path: string) => new Promise<string>((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`))
      let text = ''
      socket.on('data', (chunk) => { text += chunk.toString() })
      socket.on('close', () => resolve(text))
    })
    expect(await upgrade('/deck/en/__live?role=follow')).toMatch(/^HTTP\/1\.1 101/)
    expect(await upgrade('/elsewhere/__live')).toMatch(/^HTTP\/1\.1 404/)
    expect(paths).toEqual(['/__live'])
  })

  it('listens on a further address on the same port, and names it', async () => {
    const server = await serve({ hosts: ['127.0.0.2'] })
    expect(server.hostUrls).toEqual([`http://127.0.0.2:${server.port}/`])
    const body = await new Promise<string>((resolve, reject) => {
      request({ host: '127.0.0.2', port: server.port, path: '/en/3' }, (response) => {
        let text = ''
        response.on('data', (chunk) => { text += chunk })
        response.on('end', () => resolve(text))
      }).on('error', reject).end()
    })
    expect(body).toBe(FILES['en/index.html'])
  })

  it('closes every listener, and each connection still open', async () => {
    const server = await startStaticServer(dist, { hosts: ['127.0.0.2'] })
    const open = connect(server.port, '127.0.0.1')
    await new Promise(resolve => open.on('connect', resolve))
    const closedSocket = new Promise(resolve => open.on('close', resolve))
    await server.close()
    await closedSocket
    for (const host of ['127.0.0.1', '127.0.0.2'])
      await expect(new Promise((resolve, reject) => connect(server.port, host).on('connect', resolve).on('error', reject)), host).rejects.toThrow(/ECONNREFUSED/)
  })

  it('fails to start, leaving no listener, when a further address cannot be had', async () => {
    // A free port, asked for by number: once the start fails, nothing may answer on it.
    const probe = createServer()
    const port = await new Promise<number>(resolve => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as AddressInfo).port)))
    await new Promise(resolve => probe.close(resolve))
    await expect(startStaticServer(dist, { port, hosts: ['192.0.2.1'] })).rejects.toThrow()
    await expect(new Promise((resolve, reject) => connect(port, '127.0.0.1').on('connect', resolve).on('error', reject))).rejects.toThrow(/ECONNREFUSED/)
  })
})
