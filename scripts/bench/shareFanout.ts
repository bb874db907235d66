import type { RunningScript } from '../project/index'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { WebSocket } from 'ws'
import { freePort, startScript } from '../project/index'

/**
 * The share mode's fan-out: `npm start -- --share` (the real server, in a
 * process of its own) with N followers as plain WebSocket clients of its live
 * channel, and the time from the presenter's move (its POST leaving) to each
 * follower receiving it; and the server's memory per follower (its resident
 * size with them, less without, over N). Everything stays on loopback:
 * 127.0.0.2 stands for the LAN address, and the followers connect from
 * addresses spread over 127.0.1.0/24… (a hall's phones each have their own;
 * the server paces connections per address).
 */

export interface FanoutResult {
  followers: number
  moves: number
  p50: number
  p95: number
  max: number
  bytesPerFollower: number
}

const LAN = '127.0.0.2'

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
}

/** The resident memory of a process, in bytes (Linux's /proc). */
function residentBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find(entry => entry.startsWith('VmRSS:'))
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) * 1024
}

async function startServer(dist: string, rehearsals: string): Promise<{ server: RunningScript, port: number }> {
  const port = await freePort()
  const server = await startScript('start', ['--share', '--share-address', LAN, '--port', String(port), '--dist', dist, '--rehearsals', rehearsals, '--no-pdf'], 'only the presenter view')
  return { server, port }
}

/** N followers, each from an address of its own block (four to an address), until each has the current position. */
async function connectFollowers(port: number, count: number, onMessage: (version: number) => void): Promise<WebSocket[]> {
  const sockets: WebSocket[] = []
  const ready: Promise<void>[] = []
  for (let index = 0; index < count; index++) {
    const address = `127.0.${1 + Math.floor(index / 1000)}.${1 + Math.floor(index / 4) % 250}`
    const socket = new WebSocket(`ws://${LAN}:${port}/__share/live`, { localAddress: address, perMessageDeflate: false })
    sockets.push(socket)
    ready.push(new Promise((resolve, reject) => {
      socket.once('message', () => resolve())
      socket.once('error', reject)
    }))
    socket.on('message', data => onMessage(JSON.parse(String(data)).version))
    // A few at a time: the server paces a burst of connections from one address.
    if (index % 50 === 49)
      await new Promise(resolve => setTimeout(resolve, 20))
  }
  await Promise.all(ready)
  return sockets
}

/** One server per count, fresh, so its memory with the followers is compared with its own start. */
export async function measureShareFanout(dist: string, counts: number[], moves = 20): Promise<FanoutResult[]> {
  const results: FanoutResult[] = []
  for (const count of counts)
    results.push(await fanoutTo(dist, count, moves))
  return results
}

async function fanoutTo(dist: string, count: number, moves: number): Promise<FanoutResult> {
  const work = mkdtempSync(join(tmpdir(), 'deck-share-bench-'))
  const { server, port } = await startServer(dist, join(work, 'rehearsals'))
  try {
    const control = await fetch(`http://localhost:${port}/__share/control`).then(response => response.json() as Promise<{ token: string }>)
    await new Promise(resolve => setTimeout(resolve, 500))
    const before = residentBytes(server.child.pid!)
    const sentAt = new Map<number, number>()
    const delays: number[] = []
    let received = 0
    let version = 0
    const sockets = await connectFollowers(port, count, (got) => {
      version = Math.max(version, got)
      const at = sentAt.get(got)
      if (at !== undefined) {
        delays.push(performance.now() - at)
        received++
      }
    })
    await new Promise(resolve => setTimeout(resolve, 500))
    const bytesPerFollower = (residentBytes(server.child.pid!) - before) / count
    for (let move = 0; move < moves; move++) {
      received = 0
      // Each accepted move is the next version: the clock starts as the presenter's move leaves.
      const expected = version + 1
      sentAt.set(expected, performance.now())
      const answer = await fetch(`http://localhost:${port}/__share/position`, { method: 'POST', headers: { 'Authorization': `Bearer ${control.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ slide: move % 40 + 2, click: 0, from: 'bench' }) })
      if (!answer.ok)
        throw new Error(`the move was refused: ${answer.status} ${await answer.text()}`)
      const deadline = Date.now() + 10_000
      while (received < count && Date.now() < deadline)
        await new Promise(resolve => setTimeout(resolve, 2))
      if (received < count)
        throw new Error(`only ${received} of ${count} followers got move ${expected}`)
      sentAt.delete(expected)
    }
    for (const socket of sockets)
      socket.terminate()
    const sorted = delays.sort((a, b) => a - b)
    return { followers: count, moves, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? 0, bytesPerFollower }
  }
  finally {
    await server.stop()
    rmSync(work, { recursive: true, force: true })
  }
}
