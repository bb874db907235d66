import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect } from '@playwright/test'

export { freePort } from '../../scripts/project/index'

const ROOT = resolve(import.meta.dirname, '../..')

export interface DevServer {
  port: number
  url: string
  stop: () => void
}

/** Starts `slidev` (the dev server) on `port` for `entry` (slides.md by default) and waits until it serves the deck. */
export async function startDevServer(port: number, entry?: string): Promise<DevServer> {
  const server: ChildProcess = spawn(resolve(ROOT, 'node_modules/.bin/slidev'), [...entry ? [entry] : [], '--port', String(port), '--open', 'false'], { cwd: ROOT, stdio: 'pipe', detached: true })
  // Keep reading its output (a full pipe would stall it), and keep the tail to explain a failed start.
  let output = ''
  const keep = (chunk: Buffer) => output = (output + chunk.toString()).slice(-4000)
  server.stdout?.on('data', keep)
  server.stderr?.on('data', keep)
  const url = `http://localhost:${port}/`
  const stop = () => {
    if (server.pid)
      process.kill(-server.pid)
  }
  try {
    await expect.poll(async () => fetch(url).then(r => r.ok, () => false), { timeout: 90_000 }).toBe(true)
  }
  catch (error) {
    stop()
    throw new Error(`slidev did not start on port ${port}: ${(error as Error).message}\n${output}`)
  }
  return { port, url, stop }
}

/** The local addresses listening on `port`, read from the kernel's socket tables (Linux). */
export function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) => {
    const rows = readFileSync(table, 'utf8').trim().split('\n').slice(1)
    return rows
      .map(row => row.trim().split(/\s+/))
      .filter(([, local, , state]) => state === '0A' && local.endsWith(`:${hexPort}`))
      .map(([, local]) => local.split(':')[0])
  })
}

/** The loopback addresses as /proc/net/tcp and tcp6 write them (127.0.0.1 and ::1). */
export const LOOPBACK = new Set(['0100007F', '00000000000000000000000001000000'])
