import type { ViteDevServer } from 'vite'
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { HotActivityTracker, watchDevServer } from '../../scripts/export/live/hotActivity'

/** Whether a promise has settled by the time queued callbacks have run. */
async function hasResolved(promise: Promise<void>): Promise<boolean> {
  let resolved = false
  void promise.then(() => {
    resolved = true
  })
  await new Promise(resolve => setTimeout(resolve, 0))
  return resolved
}

describe('HotActivityTracker (what the live export waits for between prints)', () => {
  it('counts a change and wakes whoever waits for the next one', async () => {
    const tracker = new HotActivityTracker()
    const waiting = tracker.nextChange(0, () => false)
    expect(await hasResolved(waiting)).toBe(false)
    tracker.changed()
    expect(tracker.activity.changes).toBe(1)
    expect(await hasResolved(waiting)).toBe(true)
  })

  it('does not wait when changes came while the last print ran', async () => {
    const tracker = new HotActivityTracker()
    tracker.changed()
    expect(await hasResolved(tracker.nextChange(0, () => false))).toBe(true)
    expect(await hasResolved(tracker.nextChange(1, () => false))).toBe(false)
  })

  it('lets a stop release the wait', async () => {
    const tracker = new HotActivityTracker()
    const waiting = tracker.nextChange(0, () => false)
    tracker.release()
    expect(await hasResolved(waiting)).toBe(true)
    expect(await hasResolved(tracker.nextChange(0, () => true))).toBe(true)
  })
})

describe('watchDevServer', () => {
  function fakeServer() {
    const sent: unknown[][] = []
    const hot = { send: (...args: unknown[]) => void sent.push(args) }
    const server = { environments: { client: { hot } }, watcher: new EventEmitter() }
    return { server: server as unknown as ViteDevServer, hot, sent }
  }

  it('counts saves of the watched sources as changes, and nothing else', () => {
    const { server } = fakeServer()
    const tracker = new HotActivityTracker()
    watchDevServer(server, ['/deck/slides.md', '/deck/components'], tracker)
    server.watcher.emit('all', 'change', '/deck/slides.md')
    server.watcher.emit('all', 'change', '/deck/components/charts/palette.ts')
    server.watcher.emit('all', 'add', '/deck/exports/slides.pdf')
    server.watcher.emit('all', 'change', '/deck/components-old/x.vue')
    expect(tracker.activity.changes).toBe(2)
  })

  it('passes the server\'s hot updates on and counts them as activity', () => {
    const { server, hot, sent } = fakeServer()
    const tracker = new HotActivityTracker()
    tracker.activity.lastActivity = 0
    watchDevServer(server, [], tracker)
    hot.send({ type: 'update' })
    expect(sent).toEqual([[{ type: 'update' }]])
    expect(tracker.activity.lastActivity).toBeGreaterThan(0)
    expect(tracker.activity.changes).toBe(0)
  })
})
