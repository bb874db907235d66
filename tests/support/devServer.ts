import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
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
