import { randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Who may move the talk: the presenter's control token (new for each server
 * start), one-time pairing codes, and the tokens of the paired remotes. Pure
 * state with the clock and the randomness passed in, so the rules are tested
 * without a server.
 */

/** 256 bits, base64url: no one guesses it; the issue asks for at least 128. */
export const TOKEN_BYTES = 32
/** A pairing code lives this long, and is good for one phone. */
export const PAIRING_TTL_MS = 2 * 60 * 1000
/** Unambiguous on a phone's keyboard (no 0/O, 1/I/L): 10 characters, 50 bits, tried at a rate-limited pace. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const CODE_LENGTH = 10

export type Role = 'presenter' | 'remote'

export interface Remote {
  id: string
  device: string
  pairedAt: Date
}

export type PairingResult =
  | { ok: true, remote: Remote, token: string }
  | { ok: false, status: 401 | 403, reason: string }

export interface ControlAccess {
  readonly presenterToken: string
  /** The role a token grants, or undefined (wrong, revoked, or none). */
  roleOf: (token: string | undefined) => { role: Role, remoteId?: string } | undefined
  /** A new one-time code; earlier codes stay good until they expire or are used. */
  issuePairingCode: () => { code: string, expiresAt: Date }
  /** Trades a code for a remote's token: once, and within its time. */
  redeem: (code: string | undefined, device: string) => PairingResult
  remotes: () => Remote[]
  /** Ends a remote's control; false when there was none by that id. */
  revoke: (id: string) => boolean
}

export interface AccessOptions {
  now?: () => number
  random?: (bytes: number) => Buffer
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/** A code from the alphabet, each character from its own random byte (the small bias of 256 % 31 does not matter at 50 bits). */
function pairingCode(random: (bytes: number) => Buffer): string {
  return [...random(CODE_LENGTH)].map(byte => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('')
}

/** What a reader types: upper case, without spaces or dashes. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '')
}

export function createControlAccess({ now = Date.now, random = randomBytes }: AccessOptions = {}): ControlAccess {
  const presenterToken = random(TOKEN_BYTES).toString('base64url')
  const codes = new Map<string, number>()
  const remoteTokens = new Map<string, Remote>()
  let remoteCount = 0

  function dropExpired() {
    for (const [code, expiresAt] of codes) {
      if (expiresAt <= now())
        codes.delete(code)
    }
  }

  return {
    presenterToken,
    roleOf(token) {
      if (!token)
        return undefined
      if (sameSecret(token, presenterToken))
        return { role: 'presenter' }
      for (const [remoteToken, remote] of remoteTokens) {
        if (sameSecret(token, remoteToken))
          return { role: 'remote', remoteId: remote.id }
      }
      return undefined
    },
    issuePairingCode() {
      dropExpired()
      const code = pairingCode(random)
      const expiresAt = now() + PAIRING_TTL_MS
      codes.set(code, expiresAt)
      return { code, expiresAt: new Date(expiresAt) }
    },
    redeem(code, device) {
      if (!code)
        return { ok: false, status: 401, reason: 'no pairing code' }
      const wanted = normalizeCode(code)
      const expiresAt = [...codes].find(([known]) => sameSecret(known, wanted))?.[1]
      if (expiresAt === undefined)
        return { ok: false, status: 403, reason: 'this pairing code is wrong or was used already' }
      codes.delete(wanted)
      if (expiresAt <= now())
        return { ok: false, status: 403, reason: 'this pairing code has expired' }
      const token = random(TOKEN_BYTES).toString('base64url')
      const remote: Remote = { id: `remote-${++remoteCount}`, device: device.slice(0, 80), pairedAt: new Date(now()) }
      remoteTokens.set(token, remote)
      return { ok: true, remote, token }
    },
    remotes: () => [...remoteTokens.values()],
    revoke(id) {
      for (const [token, remote] of remoteTokens) {
        if (remote.id === id)
          return remoteTokens.delete(token)
      }
      return false
    },
  }
}
