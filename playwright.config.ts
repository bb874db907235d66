import { execFileSync } from 'node:child_process'
import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { launchOptions } from './scripts/browser/findBrowser'

/**
 * The port of the static deck the tests open: a free one, chosen once when the
 * run starts and handed to the workers through the environment, so two
 * checkouts on one machine can test at once. DECK_PORT sets it by hand.
 */
function deckPort(): number {
  if (!process.env.DECK_PORT) {
    const probe = 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })'
    process.env.DECK_PORT = execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).trim()
  }
  return Number(process.env.DECK_PORT)
}

export const DECK_PORT = deckPort()

/**
 * Specs that run Slidev itself (a dev server or a build). Slidev and Vite keep
 * shared state in node_modules/.slidev and node_modules/.vite (generated
 * modules, pre-bundled dependencies), so two at once can break each other: a
 * second Vue copy in the page, a generated module missing mid-build. They run
 * one at a time, queued first (the dev servers' cold start is the longest
 * chain), while the other worker takes the rest.
 */
const RUNS_SLIDEV = /[\\/](devServer|scratchBuild|start|shareSteps|oneSource)\.spec\.ts$/

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
    // The walks check each slide's final frame: with less motion asked for, the deck changes slides without a
    // transition and charts draw at once instead of animating (navigation.spec.ts and charts.spec.ts check both ways).
    contextOptions: { reducedMotion: 'reduce' },
  },
  projects: [
    { name: 'slidev', testMatch: RUNS_SLIDEV, workers: 1 },
    { name: 'deck', testIgnore: RUNS_SLIDEV },
  ],
  webServer: {
    command: `node scripts/run.mjs serve dist ${DECK_PORT} /`,
    url: `http://localhost:${DECK_PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
