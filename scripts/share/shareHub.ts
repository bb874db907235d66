import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { InviteAnswer, PairingAnswer, RemoteInfo } from '../../components/share/shareProtocol.ts'
import type { RequestHandler } from '../project/index.ts'
import type { ControlAccess, Role } from './controlAccess.ts'
import type { TalkPosition } from './talkPosition.ts'
import { MAX_MESSAGE_BYTES, moveSchema, pairRequestSchema, revokeRequestSchema, SHARE_PATHS } from '../../components/share/shareProtocol.ts'
import { createLiveChannel } from './liveChannel.ts'
import { bearerToken, checkSameOrigin, createOnceLog, createRateLimiter, isLoopbackRequest, readJsonBody, Refusal, senderAddress } from './requestGuard.ts'

/**
 * The share mode's server side: the HTTP endpoints that read and move the
 * talk (each checks its sender's token, origin, size and pace) and the live
 * channel that tells every page. The server is the only owner of the talk's
 * position; a page moves it only through `POST /__share/position` with a
 * control token.
 */

export interface ShareHubOptions {
  access: ControlAccess
  position: TalkPosition
  /** The deck's last slide: a move past it is refused. */
  lastSlide: number
  /** The follow address of each edition, first the one the QR code shows. */
  follow: () => { lang: string, url: string }[]
  /** The address a phone opens to pair with a code (the code goes in its fragment, never to a log). */
  pairUrl: (code: string) => string
  qrSvg: (text: string) => Promise<string>
  log: (line: string) => void
  live?: { heartbeatMs?: number, maxBufferedBytes?: number, maxClients?: number }
  /** The clock the request limits refill by and the once-a-minute log counts by (milliseconds). */
  now?: () => number
}

export interface ShareHub {
  endpoints: Record<string, RequestHandler>
  upgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void
  followerCount: () => number
  close: () => Promise<void>
}

function reply(response: ServerResponse, status: number, body: object): void {
  response.statusCode = status
  response.setHeader('Content-Type', 'application/json; charset=utf-8')
  response.setHeader('Cache-Control', 'no-store')
  response.end(JSON.stringify(body))
}

function fieldProblems(error: { issues: { path: PropertyKey[], message: string }[] }): string {
  return error.issues.map(issue => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ')
}

type Handle = (request: IncomingMessage) => Promise<[number, object]>

/**
 * The checks every share endpoint passes, as a wrapper: its sender's pace,
 * origin and method first, then the endpoint; a refusal becomes its status,
 * logged once per sender and path. And the role a request's token gives.
 */
function endpointGuard(access: ControlAccess, once: (key: string, line: string) => void, now: () => number) {
  const requests = createRateLimiter({ burst: 40, perSecond: 20, now })
  // A presenter holding an arrow key down moves the talk some 30 times a second.
  const controllers = createRateLimiter({ burst: 120, perSecond: 60, now })

  /** The sender's role, or a refusal: 401 without a token, 403 with a wrong one or a remote where the presenter is wanted. */
  function roleOf(request: IncomingMessage, wanted: Role | 'any'): { role: Role, remoteId?: string } {
    const token = bearerToken(request)
    if (!token)
      throw new Refusal(401, 'a control token is needed')
    const found = access.roleOf(token)
    if (!found)
      throw new Refusal(403, 'this token gives no control (wrong, revoked, or from an earlier run)')
    if (wanted !== 'any' && found.role !== wanted)
      throw new Refusal(403, `only the ${wanted} may do this`)
    return found
  }

  function endpoint(method: 'GET' | 'POST', handle: Handle, limiter = requests): RequestHandler {
    return async (request, response) => {
      const address = senderAddress(request)
      try {
        // Paced per controller (its token's role) or else per address: a flood from a page without control, even
        // on the presenter's own machine, never slows the presenter down.
        const sender = access.roleOf(bearerToken(request))
        if (!(sender ? controllers.take(sender.remoteId ?? sender.role) : limiter.take(address)))
          throw new Refusal(429, 'too many requests: slow down')
        checkSameOrigin(request)
        if (request.method !== method)
          throw new Refusal(405, `use ${method}`)
        const [status, body] = await handle(request)
        reply(response, status, body)
      }
      catch (error) {
        const status = error instanceof Refusal ? error.status : 500
        const message = (error as Error).message
        const path = (request.url ?? '').split('?')[0].slice(0, 64)
        once(`${status}:${address}:${path}`, `[share] ${request.method} ${path} from ${address}: ${status} ${message}`)
        if (status === 413)
          response.setHeader('Connection', 'close')
        reply(response, status, { ok: false, error: message })
      }
    }
  }
  return { endpoint, roleOf }
}

export function createShareHub(options: ShareHubOptions): ShareHub {
  const { access, position, lastSlide, log, now = Date.now } = options
  const once = createOnceLog(log, { now })
  const pairings = createRateLimiter({ burst: 5, perSecond: 0.5, now })
  const live = createLiveChannel({ greeting: () => JSON.stringify(position.current()), log: once, ...options.live })
  const { endpoint, roleOf } = endpointGuard(access, once, now)

  async function move(request: IncomingMessage): Promise<[number, object]> {
    const sender = roleOf(request, 'any')
    const parsed = moveSchema.safeParse(await readJsonBody(request, MAX_MESSAGE_BYTES))
    if (!parsed.success)
      throw new Refusal(400, `not a move: ${fieldProblems(parsed.error)}`)
    if (parsed.data.slide > lastSlide)
      throw new Refusal(400, `slide: the deck has ${lastSlide} slides, not ${parsed.data.slide}`)
    const changed = position.move(parsed.data)
    if (changed)
      live.broadcast(JSON.stringify(changed))
    return [200, { ok: true, role: sender.role, version: (changed ?? position.current()).version }]
  }

  async function pair(request: IncomingMessage): Promise<[number, object]> {
    const parsed = pairRequestSchema.safeParse(await readJsonBody(request, MAX_MESSAGE_BYTES))
    const result = access.redeem(parsed.success ? parsed.data.code : undefined, request.headers['user-agent'] ?? 'a browser')
    if (!result.ok)
      throw new Refusal(result.status, result.reason)
    log(`[share] paired ${result.remote.id} (${result.remote.device})`)
    return [201, { ok: true, id: result.remote.id, token: result.token }]
  }

  return {
    endpoints: {
      [SHARE_PATHS.control]: endpoint('GET', async (request) => {
        if (!isLoopbackRequest(request))
          throw new Refusal(403, 'control is given only to a page opened on this machine (localhost)')
        return [200, { ok: true, token: access.presenterToken }]
      }),
      [SHARE_PATHS.role]: endpoint('GET', async request => [200, { ok: true, role: roleOf(request, 'any').role }]),
      [SHARE_PATHS.position]: endpoint('POST', move),
      [SHARE_PATHS.invite]: endpoint('GET', async (request) => {
        roleOf(request, 'presenter')
        const follow = options.follow()
        const answer: InviteAnswer = { follow, qr: await options.qrSvg(follow[0].url) }
        return [200, answer]
      }),
      [SHARE_PATHS.pairing]: endpoint('POST', async (request) => {
        roleOf(request, 'presenter')
        const { code, expiresAt } = access.issuePairingCode()
        const url = options.pairUrl(code)
        const answer: PairingAnswer = { code, url, qr: await options.qrSvg(url), expiresAt: expiresAt.toISOString() }
        return [201, answer]
      }),
      [SHARE_PATHS.pair]: endpoint('POST', pair, pairings),
      [SHARE_PATHS.remotes]: endpoint('GET', async (request) => {
        roleOf(request, 'presenter')
        const remotes: RemoteInfo[] = access.remotes().map(remote => ({ id: remote.id, device: remote.device, pairedAt: remote.pairedAt.toISOString() }))
        return [200, { ok: true, remotes }]
      }),
      [SHARE_PATHS.revoke]: endpoint('POST', async (request) => {
        roleOf(request, 'presenter')
        const parsed = revokeRequestSchema.safeParse(await readJsonBody(request, MAX_MESSAGE_BYTES))
        if (!parsed.success)
          throw new Refusal(400, `not a revocation: ${fieldProblems(parsed.error)}`)
        if (!access.revoke(parsed.data.id))
          throw new Refusal(404, `no remote ${parsed.data.id}`)
        log(`[share] revoked ${parsed.data.id}`)
        return [200, { ok: true }]
      }),
    },
    upgrade: live.upgrade,
    followerCount: live.clientCount,
    close: () => Promise.all([live.close(), position.flush()]).then(() => undefined),
  }
}
