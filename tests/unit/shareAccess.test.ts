import { describe, expect, it } from 'vitest'
import { createControlAccess, normalizeCode, PAIRING_TTL_MS, TOKEN_BYTES } from '../../scripts/share/controlAccess'

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let time = start
  return { now: () => time, advance: (ms: number) => { time += ms } }
}

describe('the share mode\'s control access', () => {
  it('makes a presenter token of at least 128 random bits, new for each server start', () => {
    const [first, second] = [createControlAccess(), createControlAccess()]
    expect(TOKEN_BYTES * 8).toBeGreaterThanOrEqual(128)
    expect(Buffer.from(first.presenterToken, 'base64url')).toHaveLength(TOKEN_BYTES)
    expect(first.presenterToken).not.toBe(second.presenterToken)
    expect(first.roleOf(first.presenterToken)).toEqual({ role: 'presenter' })
    expect(first.roleOf(second.presenterToken)).toBeUndefined()
  })

  it('gives no role to a missing, empty, shortened or lengthened token', () => {
    const access = createControlAccess()
    for (const token of [undefined, '', access.presenterToken.slice(1), `${access.presenterToken}x`, access.presenterToken.toLowerCase()])
      expect(access.roleOf(token)).toBeUndefined()
  })

  it('trades a pairing code for a remote\'s token once, whatever its case or dashes', () => {
    const access = createControlAccess()
    const { code } = access.issuePairingCode()
    const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`
    const paired = access.redeem(typed, 'Mobile Safari')
    expect(paired.ok).toBe(true)
    if (!paired.ok)
      return
    expect(access.roleOf(paired.token)).toEqual({ role: 'remote', remoteId: paired.remote.id })
    expect(paired.token).not.toBe(access.presenterToken)
    expect(access.redeem(code, 'another phone')).toMatchObject({ ok: false, status: 403 })
    expect(access.remotes().map(remote => remote.device)).toEqual(['Mobile Safari'])
  })

  it('refuses a missing code with 401 and a wrong one with 403', () => {
    const access = createControlAccess()
    access.issuePairingCode()
    expect(access.redeem(undefined, 'phone')).toMatchObject({ ok: false, status: 401 })
    expect(access.redeem('', 'phone')).toMatchObject({ ok: false, status: 401 })
    expect(access.redeem('ABCDEFGHJK', 'phone')).toMatchObject({ ok: false, status: 403 })
    expect(access.remotes()).toEqual([])
  })

  it('lets a code expire 2 minutes after it was made, and keeps it good until then', () => {
    const time = clock()
    const access = createControlAccess({ now: time.now })
    const early = access.issuePairingCode()
    const late = access.issuePairingCode()
    expect(early.expiresAt.getTime() - time.now()).toBe(PAIRING_TTL_MS)
    time.advance(PAIRING_TTL_MS - 1)
    expect(access.redeem(late.code, 'phone').ok).toBe(true)
    time.advance(1)
    expect(access.redeem(early.code, 'phone')).toMatchObject({ ok: false, status: 403, reason: expect.stringMatching(/expired|wrong/) })
  })

  it('ends a revoked remote\'s control and leaves the others\'', () => {
    const access = createControlAccess()
    const pair = () => {
      const result = access.redeem(access.issuePairingCode().code, 'phone')
      if (!result.ok)
        throw new Error(result.reason)
      return result
    }
    const [first, second] = [pair(), pair()]
    expect(access.revoke(first.remote.id)).toBe(true)
    expect(access.revoke(first.remote.id)).toBe(false)
    expect(access.roleOf(first.token)).toBeUndefined()
    expect(access.roleOf(second.token)).toEqual({ role: 'remote', remoteId: second.remote.id })
    expect(access.roleOf(access.presenterToken)).toEqual({ role: 'presenter' })
  })

  it('makes codes from an alphabet without look-alike characters', () => {
    const access = createControlAccess({ random: size => Buffer.alloc(size, 255) })
    const { code } = access.issuePairingCode()
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/)
    expect(normalizeCode(' ab-cd ')).toBe('ABCD')
  })
})
