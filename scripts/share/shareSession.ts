import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { RequestHandler, StaticServer } from '../project/index.ts'
import QRCode from 'qrcode'
import { SHARE_META, SHARE_PATHS, SHARE_PREFIX } from '../../components/share/shareProtocol.ts'
import { createControlAccess } from './controlAccess.ts'
import { createShareHub } from './shareHub.ts'
import { createTalkPosition } from './talkPosition.ts'

/**
 * `npm start -- --share`: what start.ts hands the static server (the share
 * endpoints, the live channel's upgrade, the marker that loads the follow
 * client) and what it prints once it listens (a follow address per edition
 * and the QR code of the first).
 */

export interface ShareSessionOptions {
  /** The LAN address the room reaches the deck at. */
  address: string
  /** Each edition's path under the server (`/`, `/en/`), the source edition first. */
  editions: { lang: string, base: string }[]
  lastSlide: number
  /** Where the talk's position is kept between runs. */
  stateFile: string
  log?: (line: string) => void
  /** The live channel's heartbeat and bounds (the tests shorten the heartbeat). */
  live?: { heartbeatMs?: number, maxBufferedBytes?: number, maxClients?: number }
  /** The clock the request limits refill by (milliseconds; the tests hold it still through a flood). */
  now?: () => number
}

export interface ShareSession {
  hosts: string[]
  endpoints: Record<string, RequestHandler>
  upgrade: (path: string, request: IncomingMessage, socket: Duplex, head: Buffer) => void
  transformHtml: (html: string) => string
  /** Learns the port once the server listens; the lines to print, with the follow addresses and their QR code. */
  announce: (server: StaticServer) => Promise<string>
  followerCount: () => number
  close: () => Promise<void>
}

const qrSvg = (text: string) => QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })

export function startShareSession(options: ShareSessionOptions): ShareSession {
  const log = options.log ?? (line => console.log(line))
  let origin = ''
  const follow = () => options.editions.map(edition => ({ lang: edition.lang, url: `${origin}${edition.base}` }))
  const access = createControlAccess()
  const hub = createShareHub({
    access,
    position: createTalkPosition({ file: options.stateFile, onSaveError: error => log(`[share] the talk's position could not be saved (${error.message}); it goes on from memory`) }),
    lastSlide: options.lastSlide,
    follow,
    pairUrl: code => `${origin}/remote#pair=${code}`,
    qrSvg,
    log,
    live: options.live,
    now: options.now,
  })
  return {
    hosts: [options.address],
    endpoints: hub.endpoints,
    upgrade(path, request, socket, head) {
      if (path !== SHARE_PATHS.live) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
        return
      }
      hub.upgrade(request, socket, head)
    },
    transformHtml: html => html.replace(/<head>/i, `<head><meta name="${SHARE_META}" content="${SHARE_PREFIX}">`),
    async announce(server) {
      origin = server.hostUrls[0].replace(/\/$/, '')
      const lines = follow().map(({ lang, url }) => `  跟随 / follow (${lang})  ${url}`)
      const qr = await QRCode.toString(follow()[0].url, { type: 'terminal', small: true })
      return [
        `[share] 同一网络里的手机和电脑打开下面的地址跟随演讲 / phones and laptops on this network follow the talk at:`,
        ...lines,
        qr.trimEnd(),
        `  只有本机打开的演讲者视图（${server.url}presenter/）和配对的手机能翻页 / only the presenter view opened on this machine and paired phones move the talk`,
      ].join('\n')
    },
    followerCount: hub.followerCount,
    close: hub.close,
  }
}
