import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { bearerToken, checkSameOrigin, createOnceLog, createRateLimiter, isLoopbackRequest, readJsonBody, Refusal, senderAddress } from '../../scripts/share/requestGuard'

type Headers = Record<string, string>
function request(headers: Headers, localAddress = '127.0.0.1', remoteAddress = '127.0.0.1') {
  return { headers, socket: { localAddress, remoteAddress } } as unknown as IncomingMessage
}

describe('the share mode\'s request checks', () => {
  it('counts a page as the presenter\'s own only on the loopback listener, under a loopback name', () => {
    expect(isLoopbackRequest(request({ host: 'localhost:3030' }))).toBe(true)
    expect(isLoopbackRequest(request({ host: '127.0.0.1:3030', origin: 'http://127.0.0.1:3030' }))).toBe(true)
    expect(isLoopbackRequest(request({ host: 'localhost:3030' }, '::1', '::1'))).toBe(true)
    // The LAN listener, even when the page is on this machine (the tests' 127.0.0.2 stands for it).
    expect(isLoopbackRequest(request({ host: '127.0.0.2:3030' }, '127.0.0.2'))).toBe(false)
    expect(isLoopbackRequest(request({ host: '192.168.1.20:3030' }, '192.168.1.20', '192.168.1.20'))).toBe(false)
    // Another machine on the LAN.
    expect(isLoopbackRequest(request({ host: 'localhost:3030' }, '127.0.0.1', '192.168.1.31'))).toBe(false)
    // A DNS-rebound name, and a page elsewhere asking this machine.
    expect(isLoopbackRequest(request({ host: 'rebind.example:3030' }))).toBe(false)
    expect(isLoopbackRequest(request({ host: 'localhost:3030', origin: 'https://evil.example' }))).toBe(false)
    expect(isLoopbackRequest(request({ host: 'localhost:3030', origin: 'http://localhost.evil.example' }))).toBe(false)
    expect(isLoopbackRequest(request({}))).toBe(false)
    // Passed on by a reverse proxy on this machine, whatever Host it passes.
    expect(isLoopbackRequest(request({ 'host': 'localhost:3030', 'x-forwarded-for': '192.168.1.31' }))).toBe(false)
    expect(isLoopbackRequest(request({ host: 'localhost:3030', forwarded: 'for=192.168.1.31' }))).toBe(false)
  })

  it('paces a request by its peer, or by the address a reverse proxy on this machine saw', () => {
    expect(senderAddress(request({}, '127.0.0.1', '192.168.1.31'))).toBe('192.168.1.31')
    expect(senderAddress(request({ 'x-forwarded-for': '10.0.0.9' }, '127.0.0.2', '192.168.1.31'))).toBe('192.168.1.31')
    expect(senderAddress(request({ 'x-forwarded-for': '6.6.6.6, 192.168.1.40' }))).toBe('192.168.1.40')
    expect(senderAddress(request({}))).toBe('127.0.0.1')
  })

  it('refuses an origin that is not the very address the request was made to', () => {
    const host = 'localhost:3030'
    expect(() => checkSameOrigin(request({ host }))).not.toThrow()
    expect(() => checkSameOrigin(request({ host, origin: 'http://localhost:3030' }))).not.toThrow()
    // Behind a reverse proxy that ends TLS, the page is https: and the server hears http: the host is what counts.
    expect(() => checkSameOrigin(request({ host: 'talk.example', origin: 'https://talk.example' }))).not.toThrow()
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'http://localhost:3031', 'http://localhost', 'null', 'http://evil.example/localhost:3030', 'http://user@localhost:3030']) {
      expect(() => checkSameOrigin(request({ host, origin })), origin).toThrow(Refusal)
    }
  })

  it('reads a bearer token and nothing else', () => {
    expect(bearerToken(request({ authorization: 'Bearer abc_DEF-123' }))).toBe('abc_DEF-123')
    for (const authorization of ['abc', 'Basic abc', 'Bearer ', 'Bearer a b', `Bearer ${'a'.repeat(129)}`, 'bearer abc'])
      expect(bearerToken(request({ authorization })), authorization).toBeUndefined()
    expect(bearerToken(request({}))).toBeUndefined()
  })

  it('reads a JSON body within its limit and refuses the rest with their status', async () => {
    const body = (text: string, headers: Headers = { 'content-type': 'application/json' }) => Object.assign(Readable.from([Buffer.from(text)]), { headers }) as unknown as IncomingMessage
    await expect(readJsonBody(body('{"a":1}'), 100)).resolves.toEqual({ a: 1 })
    await expect(readJsonBody(body('{"a":'), 100)).rejects.toMatchObject({ status: 400 })
    await expect(readJsonBody(body('x'.repeat(101)), 100)).rejects.toMatchObject({ status: 413 })
    await expect(readJsonBody(body('{}', { 'content-type': 'application/json', 'content-length': '101' }), 100)).rejects.toMatchObject({ status: 413 })
    await expect(readJsonBody(body('{}', { 'content-type': 'text/plain' }), 100)).rejects.toMatchObject({ status: 415 })
  })

  it('lets a burst through, then one request per refill, per sender', () => {
    let time = 0
    const limiter = createRateLimiter({ burst: 3, perSecond: 2, now: () => time })
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false])
    expect(limiter.take('b')).toBe(true)
    time += 499
    expect(limiter.take('a')).toBe(false)
    time += 1
    expect(limiter.take('a')).toBe(true)
    expect(limiter.take('a')).toBe(false)
    time += 120_000
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false])
  })

  it('logs a thing once per key a minute, and cannot be silenced by many keys', () => {
    const lines: string[] = []
    let time = 0
    const once = createOnceLog(line => lines.push(line), { now: () => time, maxKeys: 3 })
    once('a', 'first')
    once('a', 'again')
    once('b', 'other')
    expect(lines).toEqual(['first', 'other'])
    time += 60_000
    once('a', 'a minute on')
    for (const key of ['c', 'd', 'e', 'f'])
      once(key, key)
    once('a', 'after many keys')
    expect(lines).toEqual(['first', 'other', 'a minute on', 'c', 'd', 'e', 'f', 'after many keys'])
  })
})
