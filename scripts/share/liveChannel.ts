import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { WebSocket } from 'ws'
import { WebSocketServer } from 'ws'
import { MAX_MESSAGE_BYTES } from '../../components/share/shareProtocol.ts'
import { checkSameOrigin, createRateLimiter, Refusal, senderAddress } from './requestGuard.ts'

/**
 * The live channel: a WebSocket (the `ws` library) to every page, over which
 * the server pushes the talk's position and reads nothing. A page that sends
 * a message is closed. One stalled page never holds the others up: each
 * message is one small frame, a page whose unsent frames pile up past a
 * bound is dropped (it reconnects and gets the current position), and a page
 * that misses a heartbeat is dropped too.
 */

export interface LiveChannelOptions {
  /** The message a page gets on connecting: the current position. */
  greeting: () => string
  log: (key: string, line: string) => void
  /** Most pages at once (a hall, with room); past it a connection gets 503. */
  maxClients?: number
  /** Most pages at once from one address (a phone's tabs, a laptop's windows); past it, 429. */
  maxPerAddress?: number
  /** How often pages are pinged; one that has not answered the last ping is dropped. */
  heartbeatMs?: number
  /** A page's unsent bytes past which it is dropped instead of buffered for. */
  maxBufferedBytes?: number
}

export interface LiveChannel {
  /** Takes an HTTP upgrade for the live path; refuses a foreign origin, a flood or a full hall with its status. */
  upgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void
  broadcast: (message: string) => void
  clientCount: () => number
  close: () => Promise<void>
}

const CLOSE_POLICY = 1008

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`)
}

export function createLiveChannel({ greeting, log, maxClients = 5000, maxPerAddress = 32, heartbeatMs = 15_000, maxBufferedBytes = 64 * 1024 }: LiveChannelOptions): LiveChannel {
  const server = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false, clientTracking: true })
  const connects = createRateLimiter({ burst: 40, perSecond: 10 })
  const alive = new WeakSet<WebSocket>()
  /** Open connections per address: one address cannot fill the hall. */
  const open = new Map<string, number>()

  server.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const address = senderAddress(request)
    open.set(address, (open.get(address) ?? 0) + 1)
    socket.on('close', () => {
      const left = (open.get(address) ?? 1) - 1
      if (left > 0)
        open.set(address, left)
      else
        open.delete(address)
    })
    alive.add(socket)
    socket.on('pong', () => alive.add(socket))
    socket.on('message', () => {
      log(`message:${address}`, `[share] ${address} sent a message on the live channel, which takes none: closed`)
      socket.close(CLOSE_POLICY, 'this channel takes no messages')
    })
    socket.on('error', (error) => {
      log(`error:${address}`, `[share] ${address}: ${error.message}: closed`)
      socket.terminate()
    })
    socket.send(greeting())
  })

  const heartbeat = setInterval(() => {
    for (const socket of server.clients) {
      if (!alive.has(socket)) {
        socket.terminate()
        continue
      }
      alive.delete(socket)
      socket.ping()
    }
  }, heartbeatMs)
  heartbeat.unref()

  return {
    upgrade(request, socket, head) {
      const address = senderAddress(request)
      try {
        checkSameOrigin(request)
        if (!connects.take(address))
          throw new Refusal(429, 'too many connections from this address')
        if ((open.get(address) ?? 0) >= maxPerAddress)
          throw new Refusal(429, 'too many open connections from this address')
        if (server.clients.size >= maxClients)
          throw new Refusal(503, 'the hall is full')
      }
      catch (error) {
        const status = error instanceof Refusal ? error.status : 400
        const message = error instanceof Refusal ? error.message : 'bad request'
        log(`upgrade:${status}:${address}`, `[share] live channel refused to ${address}: ${message} (${status})`)
        refuseUpgrade(socket, status, message)
        return
      }
      server.handleUpgrade(request, socket, head, client => server.emit('connection', client, request))
    },
    broadcast(message) {
      for (const socket of server.clients) {
        if (socket.readyState !== socket.OPEN)
          continue
        if (socket.bufferedAmount > maxBufferedBytes) {
          socket.terminate()
          continue
        }
        socket.send(message)
      }
    },
    clientCount: () => server.clients.size,
    close: () => new Promise((resolve) => {
      clearInterval(heartbeat)
      for (const socket of server.clients)
        socket.terminate()
      server.close(() => resolve())
    }),
  }
}
