import { describe, expect, it } from 'vitest'
import { formatElapsed, nextPosition, onLive, pageName, previousPosition, samePosition, steppedAway } from '../../components/share/followRules'
import { liveAddress, reconnectDelay } from '../../components/share/liveConnection'
import { sharePrefix } from '../../components/share/shareMode'
import { readLiveMessage } from '../../components/share/shareProtocol'

const at = (slide: number, click = 0) => ({ slide, click })

describe('a follower\'s rules', () => {
  it('is on the live slide in the slide view only at the same click step; in the reading view at any', () => {
    expect(samePosition(at(3, 1), at(3, 1))).toBe(true)
    expect(onLive(at(3, 0), at(3, 1), false)).toBe(false)
    expect(onLive(at(3, 0), at(3, 1), true)).toBe(true)
    expect(onLive(at(2, 1), at(3, 1), true)).toBe(false)
  })

  it('has stepped away when the page is neither where the client sent it nor on the live slide', () => {
    expect(steppedAway(at(4), at(4), at(4), false)).toBe(false)
    // The client has just been told of a newer position, and the page is still on its way: not away.
    expect(steppedAway(at(4), at(4), at(5), false)).toBe(false)
    expect(steppedAway(at(5), at(4), at(5), false)).toBe(false)
    // The reader pressed ← or scrolled.
    expect(steppedAway(at(3), at(4), at(4), false)).toBe(true)
    expect(steppedAway(at(4, 1), at(4), at(4), false)).toBe(true)
    expect(steppedAway(at(4, 1), at(4), at(4), true)).toBe(false)
    expect(steppedAway(at(2), undefined, at(4), true)).toBe(true)
  })

  it('steps a remote through click steps, then slides, and not past either end', () => {
    expect(nextPosition({ slide: 3, click: 0, clicks: 2 }, 10)).toEqual(at(3, 1))
    expect(nextPosition({ slide: 3, click: 2, clicks: 2 }, 10)).toEqual(at(4, 0))
    expect(nextPosition({ slide: 10, click: 0, clicks: 0 }, 10)).toBeUndefined()
    expect(previousPosition(at(3, 2))).toEqual(at(3, 1))
    expect(previousPosition(at(3, 0))).toEqual(at(2, 0))
    expect(previousPosition(at(1, 0))).toBeUndefined()
  })

  it('writes a talk\'s clock as m:ss, and h:mm:ss past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00')
    expect(formatElapsed(61_999)).toBe('1:01')
    expect(formatElapsed(20 * 60_000)).toBe('20:00')
    expect(formatElapsed(3_725_000)).toBe('1:02:05')
  })

  it('names a page with a short name that fits the wire', () => {
    expect(pageName(() => 0.5)).toMatch(/^p[0-9a-z]+$/)
    expect(pageName()).not.toBe(pageName())
  })
})

describe('the live connection', () => {
  it('waits 0.5 s, doubling to 4 s, give or take a fifth, before reconnecting', () => {
    expect([0, 1, 2, 3, 4, 10].map(attempt => reconnectDelay(attempt, () => 0.5))).toEqual([500, 1000, 2000, 4000, 4000, 4000])
    expect(reconnectDelay(0, () => 0)).toBe(400)
    expect(reconnectDelay(0, () => 1)).toBe(600)
  })

  it('talks ws: to an http: page and wss: to an https: one', () => {
    expect(liveAddress({ protocol: 'http:', host: '192.168.1.20:3030' }, '/__share/live')).toBe('ws://192.168.1.20:3030/__share/live')
    expect(liveAddress({ protocol: 'https:', host: 'talk.example' }, '/__share/live')).toBe('wss://talk.example/__share/live')
  })

  it('reads the share marker of a page, and only a path', () => {
    const page = (content?: string) => ({ querySelector: () => content === undefined ? null : { content } }) as unknown as Document
    expect(sharePrefix(page('/__share'))).toBe('/__share')
    expect(sharePrefix(page())).toBeUndefined()
    expect(sharePrefix(page('https://evil.example/'))).toBeUndefined()
    expect(sharePrefix(page('//evil.example'))).toBeUndefined()
  })

  it('takes a well-formed position message and nothing else', () => {
    const message = { type: 'position', slide: 4, click: 0, clicks: 0, version: 3, from: 'p1', elapsedMs: 1200 }
    expect(readLiveMessage(JSON.stringify(message))).toEqual(message)
    for (const bad of ['{', '[]', JSON.stringify({ ...message, slide: 0 }), JSON.stringify({ ...message, token: 'x' }), JSON.stringify({ ...message, type: 'control' }), 'x'.repeat(2000), 42])
      expect(readLiveMessage(bad)).toBeUndefined()
  })
})
