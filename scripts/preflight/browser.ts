import type { BrowserSearch } from '../browser/index'
import { existsSync } from 'node:fs'
import { browserCandidates, findOrInstallBrowser } from '../browser/index'

/**
 * Whether there is a browser to drive, answered cheaply where it can be: a
 * browser named in CHROMIUM_PATH or installed system-wide settles it without
 * loading Playwright (most of a second). Otherwise findOrInstallBrowser
 * decides, finding Playwright's own Chromium or downloading it, and throws
 * when there is none. The tests themselves pick the browser with findBrowser.
 */
export function ensureBrowser(
  search: Pick<BrowserSearch, 'env' | 'platform' | 'exists'> = { env: process.env, platform: process.platform, exists: existsSync },
  findOrInstall: () => string = () => findOrInstallBrowser(),
): string {
  return browserCandidates({ ...search, playwrightPath: () => undefined }).find(path => search.exists(path)) ?? findOrInstall()
}
