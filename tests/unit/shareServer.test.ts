import type { ShareSession } from '../../scripts/share/index'
import type { StaticServer } from '../../scripts/project/index'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { startStaticServer } from '../../scripts/project/index'
import { readSavedPosition, startShareSession } from '../../scripts/share/index'

/**
 * The share mode's server end to end on loopback: a deck folder served with
 * the share session as `npm start -- --share` serves it, with 127.0.0.2 (a
 * loopback address) standing for the LAN address, and followers as plain
 * WebSocket clients of the live channel.
 */

let work: string
let session: ShareSession
let server: StaticServer
let lan: string
const logged: string[] = []
/** The clock the session's request limits read: the real one, or held still (a flood then counts the same on a loaded machine). */
let heldAt: number | undefined
const clock = () => heldAt ?? Date.now()

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'deck-share-'))
  mkdirSync(join(work, 'dist', 'en'), { recursive: true })
  writeFileSync(join(work, 'dist', 'index.html'), '<!doctype html><html lang="zh-CN"><head><title>zh</title></head><body></body></html>')
  writeFileSync(join(work, 'dist', 'en', 'index.html'), '<!doctype html><html lang="en"><head><title>en</title></head><body></body></html>')
  writeFileSync(join(work, 'dist', 'app.js'), 'console.log(1)')
  session = startShareSession({ address: '127.0.0.2', editions: [{ lang: 'zh', base: '/' }, { lang: 'en', base: '/en/' }], lastSlide: 44, stateFile: join(work, 'rehearsals', 'live', 'position.json'), log: line => logged.push(line), live: { heartbeatMs: 1000 }, now: clock })
  server = await startStaticServer(join(work, 'dist'), { endpoints: session.endpoints, hosts: session.hosts, upgrade: session.upgrade, transformHtml: session.transformHtml })
  lan = server.hostUrls[0].replace(/\/$/, '')
  await session.announce(server)
})
afterAll(async () => {
  await session.close()
  await server.close()
  rmSync(work, { recursive: true, force: true })
})

const local = () => server.url.replace(/\/$/, '')

async function ask(base: string, path: string, { token, body, headers = {} }: { token?: string, body?: unknown, headers?: Record<string, string> } = {}) {
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json().catch(() => ({})) as Record<string, any> }
}

/** The presenter's token, asked for once (a flood from 127.0.0.1 later slows every request from that address down). */
let token: string
const presenterToken = async () => token ??= (await ask(local(), '/__share/control')).body.token as string

interface Follower { socket: WebSocket, messages: Record<string, any>[], closed: Promise<number> }
function follow(base = lan, path = '/__share/live', options: ConstructorParameters<typeof WebSocket>[2] = {}): Promise<Follower> {
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}${path}`, options)
  const messages: Record<string, any>[] = []
  socket.on('message', data => messages.push(JSON.parse(String(data))))
  const closed = new Promise<number>(resolve => socket.on('close', code => resolve(code)))
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, messages, closed }))
    socket.once('unexpected-response', (_, response) => reject(new Error(String(response.statusCode))))
    socket.once('error', reject)
  })
}
const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end)
      throw new Error('timed out')
    await new Promise(resolve => setTimeout(resolve, 10))
  }
}
const move = (slide: number, click = 0) => ({ slide, click, from: 'test' })

describe('npm start -- --share, its server', () => {
  it('marks its pages for the follow client, in every edition, and leaves files as they are', async () => {
    for (const path of ['/', '/12', '/presenter/3', '/en/', '/en/7', '/remote'])
      expect(await (await fetch(`${lan}${path}`)).text(), path).toContain('<head><meta name="deck-share" content="/__share">')
    expect(await (await fetch(`${lan}/app.js`)).text()).toBe('console.log(1)')
  })

  it('gives the control token to a page on loopback only, never on the LAN address', async () => {
    expect((await ask(local(), '/__share/control')).body.token).toMatch(/^[\w-]{43}$/)
    const fromLan = await ask(lan, '/__share/control')
    expect(fromLan.status).toBe(403)
    expect(JSON.stringify(fromLan.body)).not.toContain(await presenterToken())
    expect((await ask(local(), '/__share/control', { headers: { origin: 'http://localhost.evil.example' } })).status).toBe(403)
  })

  it('sends every follower the current position on connecting, and each accepted move', async () => {
    await presenterToken()
    const [zh, en] = await Promise.all([follow(), follow(lan, '/en/__share/live')])
    await until(() => zh.messages.length > 0 && en.messages.length > 0)
    expect((await ask(lan, '/__share/position', { token, body: move(5) })).status).toBe(200)
    await until(() => zh.messages.at(-1)?.slide === 5 && en.messages.at(-1)?.slide === 5)
    expect(zh.messages.at(-1)).toMatchObject({ type: 'position', slide: 5, click: 0, from: 'test' })
    expect(JSON.stringify([...zh.messages, ...en.messages])).not.toContain(token)
    zh.socket.close()
    en.socket.close()
  })

  it('refuses a move without a token (401), with a wrong one (403), from another site (403), and changes nothing', async () => {
    await presenterToken()
    await ask(local(), '/__share/position', { token, body: move(6) })
    const watcher = await follow()
    await until(() => watcher.messages.length > 0)
    expect((await ask(lan, '/__share/position', { body: move(9) })).status).toBe(401)
    expect((await ask(lan, '/__share/position', { token: 'A'.repeat(43), body: move(9) })).status).toBe(403)
    expect((await ask(lan, '/__share/position', { token, body: move(9), headers: { origin: 'http://evil.example' } })).status).toBe(403)
    expect((await ask(lan, '/__share/position', { token, body: move(9), headers: { origin: `${local()}` } })).status).toBe(403)
    expect((await ask(lan, '/__share/position', { token, body: { slide: 9 } })).status).toBe(400)
    expect((await ask(lan, '/__share/position', { token, body: move(45) })).status).toBe(400)
    expect((await ask(lan, '/__share/position', { token, body: '{"slide":' })).status).toBe(400)
    expect((await ask(lan, '/__share/position', { token, body: { ...move(9), pad: 'x'.repeat(2000) } })).status).toBe(413)
    expect((await ask(lan, '/__share/position', { token })).status).toBe(405)
    await new Promise(resolve => setTimeout(resolve, 100))
    expect(watcher.messages.map(message => message.slide)).toEqual([6])
    watcher.socket.close()
  })

  it('pairs a phone once with a code, lets it move the talk, and stops it once revoked', async () => {
    await presenterToken()
    const pairing = await ask(local(), '/__share/pairing', { token, body: {} })
    expect(pairing.status).toBe(201)
    expect(pairing.body.url).toBe(`${lan}/remote#pair=${pairing.body.code}`)
    expect(pairing.body.qr).toMatch(/^<svg/)
    const paired = await ask(lan, '/__share/pair', { body: { code: pairing.body.code } })
    expect(paired.status).toBe(201)
    expect((await ask(lan, '/__share/pair', { body: { code: pairing.body.code } })).status).toBe(403)
    expect((await ask(lan, '/__share/pair', { body: {} })).status).toBe(401)
    const remote = paired.body.token as string
    expect((await ask(lan, '/__share/role', { token: remote })).body.role).toBe('remote')
    expect((await ask(lan, '/__share/position', { token: remote, body: move(8) })).status).toBe(200)
    // A remote moves the talk, and nothing else: no pairing, no list, no revoking.
    for (const [path, body] of [['/__share/pairing', {}], ['/__share/remotes', undefined], ['/__share/revoke', { id: paired.body.id }], ['/__share/invite', undefined]] as const)
      expect((await ask(lan, path, { token: remote, body })).status, path).toBe(403)
    const listed = await ask(local(), '/__share/remotes', { token })
    expect(listed.body.remotes.map((entry: { id: string }) => entry.id)).toContain(paired.body.id)
    expect((await ask(local(), '/__share/revoke', { token, body: { id: paired.body.id } })).status).toBe(200)
    expect((await ask(lan, '/__share/position', { token: remote, body: move(9) })).status).toBe(403)
    expect((await ask(lan, '/__share/role', { token: remote })).status).toBe(403)
    expect(logged.join('\n')).not.toContain(remote)
    expect(logged.join('\n')).not.toContain(token)
  })

  it('gives the presenter the follow address of each edition and its QR code', async () => {
    const invite = await ask(local(), '/__share/invite', { token: await presenterToken() })
    expect(invite.body.follow).toEqual([{ lang: 'zh', url: `${lan}/` }, { lang: 'en', url: `${lan}/en/` }])
    expect(invite.body.qr).toMatch(/^<svg[^>]*viewBox/)
    expect((await ask(lan, '/__share/invite')).status).toBe(401)
  })

  it('slows a flood down (429), logs it once, and keeps serving the presenter and the followers', async () => {
    await presenterToken()
    const watcher = await follow()
    const before = logged.length
    // The clock held still: at most the 40 requests a burst allows, then 429 for the rest, however long the flood takes.
    heldAt = Date.now()
    try {
      const statuses = await Promise.all(Array.from({ length: 120 }, () => ask(lan, '/__share/position', { token: 'B'.repeat(43), body: move(2) }).then(answer => answer.status)))
      expect(statuses.filter(status => status === 429).length).toBeGreaterThanOrEqual(80)
      // The rest reached the endpoint, which refused their token.
      expect(statuses.filter(status => status !== 429 && status !== 403)).toEqual([])
    }
    finally {
      heldAt = undefined
    }
    expect(logged.slice(before).filter(line => line.includes(' 429 '))).toHaveLength(1)
    expect((await ask(local(), '/__share/position', { token, body: move(11) })).status).toBe(200)
    await until(() => watcher.messages.at(-1)?.slide === 11)
    watcher.socket.close()
  })

  it('closes a follower that sends anything, or too much, and refuses a foreign origin or another path', async () => {
    const chatty = await follow()
    chatty.socket.send('{"slide":1}')
    expect(await chatty.closed).toBe(1008)
    const big = await follow()
    big.socket.send('x'.repeat(4096))
    expect(await big.closed).toBe(1009)
    await expect(follow(lan, '/__share/live', { origin: 'http://evil.example' })).rejects.toThrow('403')
    await expect(follow(lan, '/__share/other')).rejects.toThrow('404')
    const fine = await follow()
    await until(() => fine.messages.length > 0)
    fine.socket.close()
  })

  it('keeps serving when a refused client resets its connection', async () => {
    const { connect } = await import('node:net')
    const { port } = new URL(lan)
    for (const [path, origin] of [['/__share/live', 'http://evil.example'], ['/__share/nothing', lan]]) {
      const socket = connect(Number(port), '127.0.0.2')
      await new Promise(resolve => socket.once('connect', resolve))
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.2:${port}\r\nOrigin: ${origin}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`)
      socket.resetAndDestroy()
    }
    await new Promise(resolve => setTimeout(resolve, 100))
    expect((await fetch(`${lan}/`)).status).toBe(200)
    const fine = await follow()
    await until(() => fine.messages.length > 0)
    fine.socket.close()
  })

  it('drops a stalled follower (no heartbeat answered) without holding up the others', async () => {
    await presenterToken()
    const [stalled, lively] = await Promise.all([follow(), follow()])
    await until(() => stalled.messages.length > 0 && lively.messages.length > 0)
    /** Milliseconds from the first of ten moves until the lively follower has the last. */
    const tenMoves = async (from: number) => {
      const sentAt = Date.now()
      for (let slide = from; slide < from + 10; slide++)
        expect((await ask(local(), '/__share/position', { token, body: move(slide) })).status).toBe(200)
      await until(() => lively.messages.at(-1)?.slide === from + 9)
      return Date.now() - sentAt
    }
    const bothReading = await tenMoves(12)
    // The stalled one reads nothing more: it answers no ping and its unsent frames pile up.
    ;(stalled.socket as unknown as { _socket: { pause: () => void } })._socket.pause()
    const oneStalled = await tenMoves(22)
    // Not held up: a wait for the stalled one (its drop comes at the second missed heartbeat, 2 s) would show here.
    // A ratio to the same moves with both reading, so a loaded machine slows both sides alike.
    expect(oneStalled).toBeLessThan(3 * bothReading + 1000)
    // Dropped at the second heartbeat it misses (1 s apart here).
    await until(() => session.followerCount() === 1, 6000)
    lively.socket.close()
  }, 20_000)

  it('keeps the position for the next start', async () => {
    await presenterToken()
    await ask(local(), '/__share/position', { token, body: move(33, 0) })
    // Written off the event loop, a moment later.
    await until(() => readSavedPosition(join(work, 'rehearsals', 'live', 'position.json')).slide === 33)
    const again = startShareSession({ address: '127.0.0.2', editions: [{ lang: 'zh', base: '/' }], lastSlide: 44, stateFile: join(work, 'rehearsals', 'live', 'position.json'), log: () => {} })
    const next = await startStaticServer(join(work, 'dist'), { hosts: [], upgrade: again.upgrade })
    const follower = await follow(next.url.replace(/\/$/, ''))
    await until(() => follower.messages.length > 0)
    expect(follower.messages[0]).toMatchObject({ slide: 33, click: 0 })
    follower.socket.close()
    await again.close()
    await next.close()
  })
})

describe('the live channel', () => {
  it('lets one address hold only so many connections at once', async () => {
    const { createServer } = await import('node:http')
    const { createLiveChannel } = await import('../../scripts/share/liveChannel')
    const channel = createLiveChannel({ greeting: () => '{}', log: () => {}, maxPerAddress: 2 })
    const http = createServer()
    http.on('upgrade', (request, socket, head) => channel.upgrade(request, socket, head))
    await new Promise<void>(resolve => http.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(http.address() as { port: number }).port}`
    const [first, second] = [await follow(base, '/'), await follow(base, '/')]
    await expect(follow(base, '/')).rejects.toThrow('429')
    first.socket.close()
    await until(() => channel.clientCount() === 1)
    const third = await follow(base, '/')
    second.socket.close()
    third.socket.close()
    await channel.close()
    await new Promise(resolve => http.close(resolve))
  })

  it('drops a follower whose unsent frames pile up past the bound, while the others get every frame', async () => {
    const { createServer } = await import('node:http')
    const { createLiveChannel } = await import('../../scripts/share/liveChannel')
    const channel = createLiveChannel({ greeting: () => '{}', log: () => {}, heartbeatMs: 60_000, maxBufferedBytes: 64 * 1024 })
    const http = createServer()
    http.on('upgrade', (request, socket, head) => channel.upgrade(request, socket, head))
    await new Promise<void>(resolve => http.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(http.address() as { port: number }).port}`
    const [stalled, lively] = await Promise.all([follow(base, '/'), follow(base, '/')])
    await until(() => stalled.messages.length > 0 && lively.messages.length > 0)
    ;(stalled.socket as unknown as { _socket: { pause: () => void } })._socket.pause()
    const frame = JSON.stringify({ pad: 'x'.repeat(256 * 1024) })
    for (let round = 0; round < 80 && channel.clientCount() === 2; round++) {
      channel.broadcast(frame)
      await new Promise(resolve => setTimeout(resolve, 5))
    }
    expect(channel.clientCount()).toBe(1)
    await until(() => lively.messages.length > 1)
    lively.socket.close()
    await channel.close()
    await new Promise(resolve => http.close(resolve))
  })
})
