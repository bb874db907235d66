import { defineConfig } from '@playwright/test'
import { launchOptions } from './scripts/browser/findBrowser'

/** Override with DECK_PORT to run two checkouts side by side. */
export const DECK_PORT = Number(process.env.DECK_PORT ?? 4317)

/**
 * Specs that run Slidev itself (a dev server or a build). Slidev and Vite keep
 * shared state in node_modules/.slidev and node_modules/.vite (generated
 * modules, pre-bundled dependencies), so two at once can break each other: a
 * second Vue copy in the page, a generated module missing mid-build. They run
 * one at a time, queued first (the dev servers' cold start is the longest
 * chain), while the other worker takes the rest.
 */
const RUNS_SLIDEV = /[\\/](devServer|liveExport|scratchDeck|staticBuild)\.spec\.ts$/

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
  projects: [
    { name: 'slidev', testMatch: RUNS_SLIDEV, workers: 1 },
    { name: 'deck', testIgnore: RUNS_SLIDEV },
  ],
  webServer: {
    command: `node --import tsx scripts/serve.ts dist ${DECK_PORT} /`,
    url: `http://localhost:${DECK_PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
