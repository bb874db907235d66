import type { IncomingMessage } from 'node:http'

/**
 * The checks every share request passes before it is read: where it came in,
 * which page sent it, how big it is and how often its sender asks. Pure
 * functions of the request's headers and socket, and a rate limiter with the
 * clock passed in.
 */

export class Refusal extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

/** The listening addresses that count as "this machine": a page opened on them is the presenter's own. */
const LOOPBACK_LISTENERS = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])
const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Whether a request was made on this machine to its loopback listener, by a
 * page whose address says so: the socket's both ends on loopback, the Host a
 * loopback name (a DNS-rebound name is not), and any Origin a loopback page.
 * A page opened on the LAN address, the presenter view included, is not.
 */
export function isLoopbackRequest(request: Pick<IncomingMessage, 'headers' | 'socket'>): boolean {
  const { localAddress, remoteAddress } = request.socket
  if (!LOOPBACK_LISTENERS.has(localAddress ?? '') || !LOOPBACK_LISTENERS.has(remoteAddress ?? ''))
    return false
  // Passed on by a reverse proxy on this machine: from somewhere else.
  if (request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined)
    return false
  const host = hostnameOf(`http://${request.headers.host ?? ''}`)
  if (!host || !LOOPBACK_HOSTNAMES.has(host))
    return false
  const origin = request.headers.origin
  return origin === undefined || LOOPBACK_HOSTNAMES.has(hostnameOf(origin) ?? '')
}

/**
 * Who sent a request, for pacing and logs: its peer's address, or, when the
 * peer is a reverse proxy on this machine (a loopback peer that says
 * X-Forwarded-For), the address the proxy saw, the list's last entry. A page
 * on the LAN reaches the server directly, so it cannot choose its key.
 */
export function senderAddress(request: Pick<IncomingMessage, 'headers' | 'socket'>): string {
  const peer = request.socket.remoteAddress ?? '?'
  const forwarded = request.headers['x-forwarded-for']
  if (!LOOPBACK_LISTENERS.has(peer) || typeof forwarded !== 'string')
    return peer
  return forwarded.split(',').at(-1)!.trim().slice(0, 64) || peer
}

function hostnameOf(address: string): string | undefined {
  return URL.canParse(address) ? new URL(address).hostname : undefined
}

/**
 * A browser's request from another site is refused: its Origin (when it sends
 * one) must name the very host and port the request was made to, so a page
 * elsewhere cannot drive the talk with a presenter's token that it somehow
 * holds, nor open the live channel. The scheme is not compared: behind a
 * reverse proxy that ends TLS the page is https: and the server hears http:.
 */
export function checkSameOrigin(request: Pick<IncomingMessage, 'headers'>): void {
  const origin = request.headers.origin
  if (origin === undefined)
    return
  const host = request.headers.host
  const page = URL.canParse(origin) ? new URL(origin) : undefined
  if (!host || !page || page.origin === 'null' || page.username || page.host !== host.toLowerCase())
    throw new Refusal(403, `cross-origin request refused (${origin.slice(0, 80)})`)
}

/** The token of `Authorization: Bearer …`, or undefined. */
export function bearerToken(request: Pick<IncomingMessage, 'headers'>): string | undefined {
  const match = /^Bearer ([\w-]{1,128})$/.exec(request.headers.authorization ?? '')
  return match?.[1]
}

/** The request's JSON body, refused once it grows past `limit` bytes or when it is not JSON. */
export function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  if (!/^application\/json\b/.test(request.headers['content-type'] ?? ''))
    return Promise.reject(new Refusal(415, 'send application/json'))
  if (Number(request.headers['content-length'] ?? 0) > limit)
    return Promise.reject(new Refusal(413, `the body is over ${limit} bytes`))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        request.removeAllListeners('data')
        request.resume()
        reject(new Refusal(413, `the body is over ${limit} bytes`))
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
      }
      catch {
        reject(new Refusal(400, 'the body is not JSON'))
      }
    })
    request.on('error', reject)
  })
}

export interface RateLimiter {
  /** Takes one request from `key`'s allowance: false when it has none left. */
  take: (key: string) => boolean
}

/**
 * A token bucket per key: `burst` requests at once, refilled at `perSecond`.
 * Keys that have been full for a minute are forgotten, so a crowd of
 * addresses does not grow it without end.
 */
export function createRateLimiter({ burst, perSecond, now = Date.now }: { burst: number, perSecond: number, now?: () => number }): RateLimiter {
  const buckets = new Map<string, { tokens: number, at: number }>()
  let sweptAt = now()
  return {
    take(key) {
      const time = now()
      if (time - sweptAt > 60_000) {
        for (const [known, bucket] of buckets) {
          if (bucket.tokens + (time - bucket.at) / 1000 * perSecond >= burst)
            buckets.delete(known)
        }
        sweptAt = time
      }
      const bucket = buckets.get(key) ?? { tokens: burst, at: time }
      bucket.tokens = Math.min(burst, bucket.tokens + (time - bucket.at) / 1000 * perSecond)
      bucket.at = time
      buckets.set(key, bucket)
      if (bucket.tokens < 1)
        return false
      bucket.tokens -= 1
      return true
    },
  }
}

/**
 * Says a thing once per key a minute (a flooding client is logged once, not
 * once per request). The keys it remembers are bounded: past `maxKeys` it
 * forgets them all and starts again, so a client inventing keys neither grows
 * it nor silences it for good.
 */
export function createOnceLog(log: (line: string) => void, { now = Date.now, windowMs = 60_000, maxKeys = 1000 } = {}): (key: string, line: string) => void {
  const said = new Map<string, number>()
  return (key, line) => {
    const time = now()
    const at = said.get(key)
    if (at !== undefined && time - at < windowMs)
      return
    if (said.size >= maxKeys)
      said.clear()
    said.set(key, time)
    log(line)
  }
}
