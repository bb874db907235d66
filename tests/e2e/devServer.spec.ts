import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { settle, watchPage } from './pageWatch'

const ROOT = resolve(import.meta.dirname, '../..')
const PORT = Number(process.env.DEV_PORT ?? 4391)

/** The local addresses listening on `port`, read from the kernel's socket tables (Linux). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) => {
    const rows = readFileSync(table, 'utf8').trim().split('\n').slice(1)
    return rows
      .map(row => row.trim().split(/\s+/))
      .filter(([, local, , state]) => state === '0A' && local.endsWith(`:${hexPort}`))
      .map(([, local]) => local.split(':')[0])
  })
}

const LOOPBACK = new Set(['0100007F', '00000000000000000000000001000000'])

let server: ChildProcess

test.describe.configure({ mode: 'default' })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  server = spawn(resolve(ROOT, 'node_modules/.bin/slidev'), ['--port', String(PORT), '--open', 'false'], { cwd: ROOT, stdio: 'pipe', detached: true })
  await expect.poll(async () => fetch(`http://localhost:${PORT}/`).then(r => r.ok, () => false), { timeout: 90_000 }).toBe(true)
})

test.afterAll(() => {
  if (server?.pid)
    process.kill(-server.pid)
})

test('the dev server listens on localhost only', () => {
  const addresses = listeningAddresses(PORT)
  expect(addresses.length).toBeGreaterThan(0)
  expect(addresses.filter(address => !LOOPBACK.has(address))).toEqual([])
})

test('the dev server serves the deck with no request beyond localhost and no error', async ({ page }) => {
  test.setTimeout(120_000)
  const watch = watchPage(page)
  for (const no of [1, 5, 2]) {
    await page.goto(`http://localhost:${PORT}/${no}`)
    await settle(page, no)
    await page.waitForLoadState('networkidle')
  }
  await expect(page.locator('.slidev-page-2 .data-chart')).toHaveAttribute('data-chart-state', 'drawn')
  expect(watch.take()).toEqual([])
})
