import { describe, expect, it } from 'vitest'
import { BROWSER_ENV_VAR, findBrowser, NO_BROWSER_MESSAGE } from '../../scripts/lib/findBrowser'

function search(overrides: Partial<Parameters<typeof findBrowser>[0]> = {}) {
  return {
    env: {},
    platform: 'linux',
    playwrightPath: () => '/home/u/.cache/ms-playwright/chromium/chrome',
    exists: (_path: string) => false,
    ...overrides,
  }
}

describe('findBrowser', () => {
  it('prefers the path given in the environment', () => {
    expect(findBrowser(search({ env: { [BROWSER_ENV_VAR]: '/opt/chrome' }, exists: () => true }))).toBe('/opt/chrome')
  })

  it('takes Playwright\'s own download before a system browser', () => {
    expect(findBrowser(search({ exists: () => true }))).toBe('/home/u/.cache/ms-playwright/chromium/chrome')
  })

  it('falls back to Debian\'s Chromium', () => {
    expect(findBrowser(search({ exists: path => path === '/usr/bin/chromium' }))).toBe('/usr/bin/chromium')
  })

  it('says what to install when there is no browser', () => {
    expect(() => findBrowser(search())).toThrow(NO_BROWSER_MESSAGE)
    expect(NO_BROWSER_MESSAGE).toContain('apt-get install -y chromium')
  })

  it('says the configured path is wrong', () => {
    expect(() => findBrowser(search({ env: { [BROWSER_ENV_VAR]: '/nope' } }))).toThrow(`${BROWSER_ENV_VAR}=/nope`)
  })
})
