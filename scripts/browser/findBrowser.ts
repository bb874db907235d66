import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Finds a Chromium or Chrome to drive: an explicit path, then a headless shell
 * (Playwright's, then Debian's), then a full browser (Playwright's, then the
 * usual system installs). Where there is none, downloads Playwright's Chromium
 * (showing its progress) and goes on; only when that fails too (offline),
 * throws a message that says what to install.
 */

export const BROWSER_ENV_VAR = 'CHROMIUM_PATH'

/**
 * Chromium's headless shell: the browser without its window, the one
 * Playwright itself runs headless. Every export and test here is headless, and
 * it does the same work with about 30 % less CPU than the full browser
 * (measured on `npm run export:all`), so it comes first. Debian's package
 * chromium-headless-shell: the binary, not its /usr/bin wrapper script, so
 * that stopping an export stops the browser itself, not only a shell.
 */
export const HEADLESS_SHELL_PATHS: Record<string, readonly string[]> = {
  linux: ['/usr/lib/chromium/chromium-headless-shell'],
}

/**
 * The headless shell that `npx playwright install chromium` puts beside its
 * full Chromium: `…/chromium-1200/chrome-linux64/chrome` has
 * `…/chromium_headless_shell-1200/chrome-headless-shell-linux64/chrome-headless-shell`.
 * Undefined for a path of another shape; the caller checks that it exists.
 */
export function playwrightHeadlessShell(chromiumPath: string): string | undefined {
  const match = /^(.*[\\/])chromium-(\d+)([\\/])chrome-([^\\/]+)[\\/]/.exec(chromiumPath)
  if (!match)
    return undefined
  const [, cache, revision, sep, platform] = match
  const exe = platform.startsWith('win') ? '.exe' : ''
  return `${cache}chromium_headless_shell-${revision}${sep}chrome-headless-shell-${platform}${sep}chrome-headless-shell${exe}`
}

export const SYSTEM_BROWSER_PATHS: Record<string, readonly string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
}

export const NO_BROWSER_MESSAGE = [
  '找不到 Chromium 或 Chrome 浏览器。No Chromium or Chrome browser found.',
  '请安装其一 / Install one of:',
  '  Debian: sudo apt-get install -y chromium-headless-shell   (or chromium)',
  '  Ubuntu: sudo apt-get install -y chromium',
  '  macOS / Windows: install Google Chrome',
  '  or: npx playwright install chromium',
  `或者用环境变量 ${BROWSER_ENV_VAR} 指定浏览器路径 / or point ${BROWSER_ENV_VAR} at the browser's executable.`,
].join('\n')

export interface BrowserSearch {
  env: Record<string, string | undefined>
  platform: string
  playwrightPath: () => string | undefined
  exists: (path: string) => boolean
}

export function browserCandidates(search: Pick<BrowserSearch, 'env' | 'platform' | 'playwrightPath'>): string[] {
  const fromEnv = search.env[BROWSER_ENV_VAR]
  if (fromEnv)
    return [fromEnv]
  const bundled = search.playwrightPath()
  const bundledShell = bundled ? playwrightHeadlessShell(bundled) : undefined
  return [
    ...(bundledShell ? [bundledShell] : []),
    ...(HEADLESS_SHELL_PATHS[search.platform] ?? []),
    ...(bundled ? [bundled] : []),
    ...(SYSTEM_BROWSER_PATHS[search.platform] ?? []),
  ]
}

export function findBrowser(search: BrowserSearch = defaultSearch()): string {
  const candidates = browserCandidates(search)
  const found = candidates.find(path => search.exists(path))
  if (found)
    return found
  if (search.env[BROWSER_ENV_VAR])
    throw new Error(`${BROWSER_ENV_VAR}=${search.env[BROWSER_ENV_VAR]} 不存在 / does not exist.\n${NO_BROWSER_MESSAGE}`)
  throw new Error(NO_BROWSER_MESSAGE)
}

export const INSTALL_FAILED_MESSAGE = 'Playwright 的 Chromium 下载失败（离线？）。Downloading Playwright\'s Chromium failed (offline?).'

export interface BrowserSetup extends BrowserSearch {
  /** Runs `playwright install chromium`; true when it succeeded. */
  install: () => boolean
  log: (line: string) => void
}

/**
 * The browser to drive, installing Playwright's Chromium first where none is
 * found. A browser named in the environment is never replaced by a download.
 */
export function findOrInstallBrowser(setup: BrowserSetup = defaultSetup()): string {
  try {
    return findBrowser(setup)
  }
  catch (error) {
    if (setup.env[BROWSER_ENV_VAR])
      throw error
  }
  setup.log('找不到浏览器，正在下载 Playwright 的 Chromium（npx playwright install chromium）… / No browser found: installing Playwright\'s Chromium…')
  if (!setup.install())
    throw new Error(`${INSTALL_FAILED_MESSAGE}\n${NO_BROWSER_MESSAGE}`)
  return findBrowser(setup)
}

/** Playwright's own installer, with its progress bar on the terminal. */
function installPlaywrightChromium(): boolean {
  const cli = join(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'cli.js')
  return spawnSync(process.execPath, [cli, 'install', 'chromium'], { stdio: ['ignore', 'inherit', 'inherit'] }).status === 0
}

function defaultSetup(): BrowserSetup {
  return { ...defaultSearch(), install: installPlaywrightChromium, log: line => console.error(line) }
}

function defaultSearch(): BrowserSearch {
  return {
    env: process.env,
    platform: process.platform,
    playwrightPath: () => {
      try {
        // Loaded only here: playwright-core takes most of a second to load, which the preflight avoids where a system browser is found.
        const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core')
        return chromium.executablePath()
      }
      catch {
        return undefined
      }
    },
    exists: existsSync,
  }
}

/** Flags for a closed network: no background calls home, no sandbox when run as root. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
]

export function launchOptions() {
  return {
    executablePath: findOrInstallBrowser(),
    args: CHROMIUM_ARGS,
    chromiumSandbox: false,
  }
}
