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

  it('refuses a missing code with 401 and a wrong one with 403, saying which', () => {
    const access = createControlAccess()
    access.issuePairingCode()
    expect(access.redeem(undefined, 'phone')).toEqual({ ok: false, status: 401, reason: 'no pairing code' })
    expect(access.redeem('', 'phone')).toEqual({ ok: false, status: 401, reason: 'no pairing code' })
    expect(access.redeem('ABCDEFGHJK', 'phone')).toEqual({ ok: false, status: 403, reason: 'this pairing code is wrong or was used already' })
    expect(access.remotes()).toEqual([])
  })

  it('numbers the remotes it pairs and keeps the first 80 characters of each device\'s name', () => {
    const access = createControlAccess()
    const device = `Mozilla/5.0 ${'x'.repeat(200)}`
    const ids = [device, 'phone'].map(name => access.redeem(access.issuePairingCode().code, name)).map(paired => paired.ok ? paired.remote.id : paired.reason)
    expect(ids).toEqual(['remote-1', 'remote-2'])
    expect(access.remotes().map(remote => remote.device)).toEqual([device.slice(0, 80), 'phone'])
  })

  it('forgets an expired code when it makes the next one: that code then reads as unknown, not as expired', () => {
    const time = clock()
    const access = createControlAccess({ now: time.now })
    const first = access.issuePairingCode()
    const kept = access.issuePairingCode()
    time.advance(PAIRING_TTL_MS)
    // Expired to the minute: still known until the next code is made.
    expect(access.redeem(kept.code, 'phone')).toEqual({ ok: false, status: 403, reason: 'this pairing code has expired' })
    access.issuePairingCode()
    expect(access.redeem(first.code, 'phone')).toEqual({ ok: false, status: 403, reason: 'this pairing code is wrong or was used already' })
  })

  it('keeps a code that has not expired when it makes the next one', () => {
    const time = clock()
    const access = createControlAccess({ now: time.now })
    const first = access.issuePairingCode()
    time.advance(PAIRING_TTL_MS - 1)
    access.issuePairingCode()
    expect(access.redeem(first.code, 'phone').ok).toBe(true)
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
