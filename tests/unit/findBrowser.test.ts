import { describe, expect, it } from 'vitest'
import { BROWSER_ENV_VAR, findBrowser, findOrInstallBrowser, HEADLESS_SHELL_PATHS, INSTALL_FAILED_MESSAGE, NO_BROWSER_MESSAGE, playwrightHeadlessShell } from '../../scripts/browser/findBrowser'

const DEBIAN_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell'
const PLAYWRIGHT_CHROMIUM = '/home/u/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome'
const PLAYWRIGHT_SHELL = '/home/u/.cache/ms-playwright/chromium_headless_shell-1200/chrome-headless-shell-linux64/chrome-headless-shell'

function search(overrides: Partial<Parameters<typeof findBrowser>[0]> = {}) {
  return {
    env: {},
    platform: 'linux',
    playwrightPath: () => PLAYWRIGHT_CHROMIUM,
    exists: (_path: string) => false,
    ...overrides,
  }
}

describe('findBrowser', () => {
  it('prefers the path given in the environment', () => {
    expect(findBrowser(search({ env: { [BROWSER_ENV_VAR]: '/opt/chrome' }, exists: () => true }))).toBe('/opt/chrome')
  })

  it('takes a headless shell before any full browser: Playwright\'s, then Debian\'s (the binary, not its wrapper script)', () => {
    expect(findBrowser(search({ exists: () => true }))).toBe(PLAYWRIGHT_SHELL)
    expect(HEADLESS_SHELL_PATHS.linux).toEqual([DEBIAN_HEADLESS_SHELL])
    expect(findBrowser(search({ exists: path => path !== PLAYWRIGHT_SHELL }))).toBe(DEBIAN_HEADLESS_SHELL)
  })

  it('takes Playwright\'s own full Chromium before a system browser', () => {
    expect(findBrowser(search({ exists: path => !path.includes('headless') }))).toBe(PLAYWRIGHT_CHROMIUM)
  })

  it('falls back to Debian\'s Chromium', () => {
    expect(findBrowser(search({ exists: path => path === '/usr/bin/chromium' }))).toBe('/usr/bin/chromium')
  })

  it('says what to install when there is no browser', () => {
    expect(() => findBrowser(search())).toThrow(NO_BROWSER_MESSAGE)
    expect(NO_BROWSER_MESSAGE).toContain('apt-get install -y chromium-headless-shell')
    expect(NO_BROWSER_MESSAGE).toContain('apt-get install -y chromium\n')
  })

  it('says the configured path is wrong', () => {
    expect(() => findBrowser(search({ env: { [BROWSER_ENV_VAR]: '/nope' } }))).toThrow(`${BROWSER_ENV_VAR}=/nope`)
  })
})

describe('playwrightHeadlessShell', () => {
  it('finds the shell beside Playwright\'s Chromium on Linux, macOS and Windows', () => {
    expect(playwrightHeadlessShell(PLAYWRIGHT_CHROMIUM)).toBe(PLAYWRIGHT_SHELL)
    expect(playwrightHeadlessShell('/Users/u/Library/Caches/ms-playwright/chromium-1200/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'))
      .toBe('/Users/u/Library/Caches/ms-playwright/chromium_headless_shell-1200/chrome-headless-shell-mac-arm64/chrome-headless-shell')
    expect(playwrightHeadlessShell('C:\\Users\\u\\AppData\\Local\\ms-playwright\\chromium-1200\\chrome-win64\\chrome.exe'))
      .toBe('C:\\Users\\u\\AppData\\Local\\ms-playwright\\chromium_headless_shell-1200\\chrome-headless-shell-win64\\chrome-headless-shell.exe')
  })

  it('names none for a path of another shape', () => {
    expect(playwrightHeadlessShell('/usr/bin/chromium')).toBeUndefined()
    expect(playwrightHeadlessShell('/opt/chromium-browser/chrome')).toBeUndefined()
  })
})

describe('findOrInstallBrowser', () => {
  function setup(overrides: Partial<Parameters<typeof findOrInstallBrowser>[0]> & { installs?: boolean } = {}) {
    const calls = { install: 0, log: [] as string[] }
    let installed = false
    const { installs = true, ...rest } = overrides
    return {
      calls,
      setup: {
        ...search({ exists: (path: string) => installed && path.includes('ms-playwright') }),
        install: () => {
          calls.install++
          installed = installs
          return installs
        },
        log: (line: string) => calls.log.push(line),
        ...rest,
      },
    }
  }

  it('uses a browser that is there and downloads nothing', () => {
    const { calls, setup: s } = setup({ exists: path => path === '/usr/bin/chromium' })
    expect(findOrInstallBrowser(s)).toBe('/usr/bin/chromium')
    expect(calls.install).toBe(0)
  })

  it('installs Playwright\'s Chromium where there is none, says so, and goes on with it', () => {
    const { calls, setup: s } = setup()
    // `playwright install chromium` brings its headless shell too.
    expect(findOrInstallBrowser(s)).toBe(PLAYWRIGHT_SHELL)
    expect(calls.install).toBe(1)
    expect(calls.log.join('\n')).toContain('playwright install chromium')
  })

  it('prints today\'s message when the download fails (offline)', () => {
    const { calls, setup: s } = setup({ installs: false })
    expect(() => findOrInstallBrowser(s)).toThrow(INSTALL_FAILED_MESSAGE)
    expect(() => findOrInstallBrowser(s)).toThrow(NO_BROWSER_MESSAGE)
    expect(calls.install).toBe(2)
  })

  it('never downloads over a browser named in the environment', () => {
    const { calls, setup: s } = setup({ env: { [BROWSER_ENV_VAR]: '/nope' } })
    expect(() => findOrInstallBrowser(s)).toThrow(`${BROWSER_ENV_VAR}=/nope`)
    expect(calls.install).toBe(0)
  })
})
