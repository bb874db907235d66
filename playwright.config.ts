import { defineConfig } from '@playwright/test'
import { launchOptions } from './scripts/lib/findBrowser'

/** Override with DECK_PORT to run two checkouts side by side. */
export const DECK_PORT = Number(process.env.DECK_PORT ?? 4317)

/** Tests run against the static build in dist/ (npm run test:e2e builds it first). */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${DECK_PORT}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: launchOptions(),
    locale: 'zh-CN',
  },
  webServer: {
    command: `node --import tsx scripts/serve.ts dist ${DECK_PORT} /`,
    url: `http://localhost:${DECK_PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
