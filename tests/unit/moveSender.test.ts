import type { Move } from '../../components/share/shareProtocol'
import { describe, expect, it } from 'vitest'
import { presenterAction } from '../../components/share/followRules'
import { createMoveSender, RETRY_AFTER_MS } from '../../components/share/moveSender'

const move = (slide: number): Move => ({ slide, click: 0, from: 'p1' })

/** A server the test answers by hand: each post waits until the test settles it with a status. */
function fakeServer() {
  const posted: { move: Move, settle: (status: number) => void }[] = []
  let version = 10
  const post = (sent: Move) => new Promise<{ status: number, version?: number }>(resolve => posted.push({ move: sent, settle: status => resolve(status === 200 ? { status, version: ++version } : { status }) }))
  return { posted, post }
}
const tick = () => new Promise(resolve => setTimeout(resolve, 0))

describe('the presenter view\'s move sender', () => {
  it('sends one move at a time, and only the latest of those made meanwhile', async () => {
    const server = fakeServer()
    const sender = createMoveSender({ post: server.post, renewToken: async () => {} })
    sender.send(move(2))
    sender.send(move(3))
    sender.send(move(4))
    expect(server.posted.map(entry => entry.move.slide)).toEqual([2])
    expect(sender.busy()).toBe(true)
    server.posted[0].settle(200)
    await tick()
    expect(server.posted.map(entry => entry.move.slide)).toEqual([2, 4])
    server.posted[1].settle(200)
    await tick()
    expect(sender.busy()).toBe(false)
    expect(sender.lastVersion()).toBe(12)
  })

  it('asks for a new token and sends again once when the server refuses the token', async () => {
    const server = fakeServer()
    let renewed = 0
    const sender = createMoveSender({ post: server.post, renewToken: async () => { renewed++ } })
    sender.send(move(5))
    server.posted[0].settle(403)
    await tick()
    expect(renewed).toBe(1)
    expect(server.posted.map(entry => entry.move.slide)).toEqual([5, 5])
    server.posted[1].settle(403)
    await tick()
    expect(server.posted).toHaveLength(2)
    expect(sender.busy()).toBe(false)
  })

  it('sends a move refused for its pace again a moment later, unless a newer one waits', async () => {
    const server = fakeServer()
    const waits: number[] = []
    const sender = createMoveSender({ post: server.post, renewToken: async () => {}, wait: async (ms) => { waits.push(ms) } })
    sender.send(move(6))
    server.posted[0].settle(429)
    await tick()
    expect(waits).toEqual([RETRY_AFTER_MS])
    expect(server.posted.map(entry => entry.move.slide)).toEqual([6, 6])
    sender.send(move(7))
    server.posted[1].settle(429)
    await tick()
    await tick()
    expect(server.posted.map(entry => entry.move.slide)).toEqual([6, 6, 7])
  })

  it('forgets the waiting move once someone else has moved the talk', async () => {
    const server = fakeServer()
    const sender = createMoveSender({ post: server.post, renewToken: async () => {} })
    sender.send(move(2))
    sender.send(move(3))
    sender.dropWaiting()
    server.posted[0].settle(200)
    await tick()
    expect(server.posted).toHaveLength(1)
    expect(sender.busy()).toBe(false)
  })
})

describe('what the presenter view does with a position from the server', () => {
  const view = { first: false, greeting: false, own: false, busy: false, onLive: false }
  it('stays where it already is', () => {
    expect(presenterAction({ ...view, first: true, onLive: true })).toBe('stay')
  })
  it('goes where the talk is when it opens, and where a remote moved it', () => {
    expect(presenterAction({ ...view, first: true })).toBe('go')
    expect(presenterAction({ ...view, first: true, greeting: true })).toBe('go')
    expect(presenterAction(view)).toBe('go')
    expect(presenterAction({ ...view, busy: true })).toBe('go')
  })
  it('sends where it is when its presenter moved on before the first position arrived', () => {
    expect(presenterAction({ ...view, first: true, movedFirst: true })).toBe('send')
  })
  it('sends where it is when it comes back after an outage', () => {
    expect(presenterAction({ ...view, greeting: true })).toBe('send')
  })
  it('lets the echo of an older move of its own pass while newer ones are on their way or taken, and else goes with the server', () => {
    expect(presenterAction({ ...view, own: true, busy: true })).toBe('stay')
    expect(presenterAction({ ...view, own: true, stale: true })).toBe('stay')
    expect(presenterAction({ ...view, own: true })).toBe('go')
    expect(presenterAction({ ...view, stale: true })).toBe('go')
  })
})
