import { z } from 'zod'

/**
 * The share mode's wire: the one schema of every message between the server
 * (`npm start -- --share`, scripts/share/) and the pages (this folder), read
 * with it on both ends. The talk's position is a slide number and a click
 * step, the same in every edition (the editions are paired slide by slide),
 * so a follower in English and one in Chinese stand on the same slide.
 */

/** Where the share endpoints live, under every edition's address (`/__share/…`, `/en/__share/…`). */
export const SHARE_PREFIX = '/__share'
export const SHARE_PATHS = {
  /** WebSocket: the talk's position, pushed to every page; nothing is read from it. */
  live: `${SHARE_PREFIX}/live`,
  /** GET: the presenter's control token, to a page opened on loopback only. */
  control: `${SHARE_PREFIX}/control`,
  /** GET: the role a token gives (a remote checks it is still paired). */
  role: `${SHARE_PREFIX}/role`,
  /** POST: move the talk (a control token). */
  position: `${SHARE_PREFIX}/position`,
  /** GET: the follow addresses and their QR code (the presenter's token). */
  invite: `${SHARE_PREFIX}/invite`,
  /** POST: a one-time pairing code and its QR code (the presenter's token). */
  pairing: `${SHARE_PREFIX}/pairing`,
  /** POST: a phone trades a pairing code for a remote's token. */
  pair: `${SHARE_PREFIX}/pair`,
  /** GET: the paired remotes; POST `{ id }` to `revoke`: (the presenter's token). */
  remotes: `${SHARE_PREFIX}/remotes`,
  revoke: `${SHARE_PREFIX}/revoke`,
} as const

export { SHARE_META } from './shareMode'

/** The largest request body or message either end accepts. */
export const MAX_MESSAGE_BYTES = 1024

/** The most click steps a slide may have on the wire (Slidev counts them per slide). */
export const MAX_CLICK = 999

/** A slide number (1-based) and a click step: where the talk is. */
export const positionSchema = z.strictObject({
  slide: z.number().int().min(1).max(9999),
  click: z.number().int().min(0).max(MAX_CLICK),
})
export type Position = z.infer<typeof positionSchema>

/** A controller's move: where to go, the click steps of that slide if the sender knows them, and which page sent it. */
export const moveSchema = z.strictObject({
  slide: positionSchema.shape.slide,
  click: positionSchema.shape.click,
  /** The click steps of the slide, as the presenter view counted them; a remote steps through them. */
  clicks: z.number().int().min(0).max(MAX_CLICK).optional(),
  /** A random name the sending page gave itself, so that it can tell its own moves apart in the echo. Not a secret. */
  from: z.string().regex(/^[\w-]{1,32}$/),
})
export type Move = z.infer<typeof moveSchema>

/** What every page receives: the talk's position, its version (one more for each accepted move), and who moved it. */
export const liveSchema = z.strictObject({
  type: z.literal('position'),
  slide: positionSchema.shape.slide,
  click: positionSchema.shape.click,
  clicks: z.number().int().min(0).max(MAX_CLICK),
  version: z.number().int().min(0),
  from: z.string().max(32),
  /** Milliseconds since the talk's clock started (its first move since the server started), or null before. */
  elapsedMs: z.number().int().min(0).nullable(),
})
export type LiveMessage = z.infer<typeof liveSchema>

export const pairRequestSchema = z.strictObject({ code: z.string().min(1).max(64) })
export const revokeRequestSchema = z.strictObject({ id: z.string().regex(/^[\w-]{1,32}$/) })

/** A paired phone, as the presenter sees it. */
export interface RemoteInfo {
  id: string
  /** The phone's browser, as its user-agent names it (truncated). */
  device: string
  pairedAt: string
}

export interface InviteAnswer {
  follow: { lang: string, url: string }[]
  /** SVG of the first follow address's QR code. */
  qr: string
}

export interface PairingAnswer {
  code: string
  url: string
  qr: string
  expiresAt: string
}

/** Reads one live message from the socket's text; undefined for anything that is not one. */
export function readLiveMessage(text: unknown): LiveMessage | undefined {
  if (typeof text !== 'string' || text.length > MAX_MESSAGE_BYTES)
    return undefined
  try {
    const result = liveSchema.safeParse(JSON.parse(text))
    return result.success ? result.data : undefined
  }
  catch {
    return undefined
  }
}
