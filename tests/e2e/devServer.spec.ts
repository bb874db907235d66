import type { DevServer } from '../support/devServer'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { startDevServer } from '../support/devServer'
import { settle, watchPage } from './pageWatch'

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

let server: DevServer

test.describe.configure({ mode: 'default' })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  server = await startDevServer(PORT)
})

test.afterAll(() => server?.stop())

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
