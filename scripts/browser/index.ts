/** Finding (or installing) a Chromium to drive, and how to launch it. */
export type { BrowserSearch } from './findBrowser'
export { BROWSER_ENV_VAR, browserCandidates, CHROMIUM_ARGS, findBrowser, findOrInstallBrowser, HEADLESS_SHELL_PATHS, INSTALL_FAILED_MESSAGE, launchOptions, NO_BROWSER_MESSAGE, playwrightHeadlessShell, SYSTEM_BROWSER_PATHS } from './findBrowser'
