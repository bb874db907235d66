import type { LiveMessage } from './shareProtocol'
import { readLiveMessage } from './shareProtocol'

/**
 * A page's end of the live channel: a WebSocket that reconnects by itself
 * (sooner at first, then every 4 seconds, with a little jitter so a hall of
 * phones does not come back at one instant) and hands each position it
 * receives to `onPosition`. The server sends the current position on every
 * connect, so a page that was away lands where the talk is.
 */

/** The wait before reconnect attempt `attempt` (0, 1, …): 0.5 s doubling to 4 s, ±20 %. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(4000, 500 * 2 ** Math.max(0, attempt))
  return Math.round(base * (0.8 + 0.4 * random()))
}

/** The live channel's address for a page at `location` (ws: or wss: as the page is http: or https:). */
export function liveAddress(location: Pick<Location, 'protocol' | 'host'>, path: string): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`
}

export interface LiveConnection {
  close: () => void
}

/** `onPosition` hears each position; `greeting` says it is the first on a connection after the page's first (a reconnect). */
export function connectLive(address: string, onPosition: (message: LiveMessage, greeting: boolean) => void, onOnline: (online: boolean) => void): LiveConnection {
  let socket: WebSocket | undefined
  let attempt = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let closed = false
  let connections = 0
  function open() {
    socket = new WebSocket(address)
    let greeted = false
    socket.addEventListener('open', () => {
      attempt = 0
      connections++
      onOnline(true)
    })
    socket.addEventListener('message', (event) => {
      const message = readLiveMessage(event.data)
      if (!message)
        return
      onPosition(message, !greeted && connections > 1)
      greeted = true
    })
    socket.addEventListener('close', () => {
      onOnline(false)
      if (!closed)
        timer = setTimeout(open, reconnectDelay(attempt++))
    })
  }
  open()
  return {
    close() {
      closed = true
      clearTimeout(timer)
      socket?.close()
    },
  }
}
