/** Finding (or installing) a Chromium to drive, and how to launch it. */
export { BROWSER_ENV_VAR, CHROMIUM_ARGS, findBrowser, findOrInstallBrowser, INSTALL_FAILED_MESSAGE, launchOptions, NO_BROWSER_MESSAGE, SYSTEM_BROWSER_PATHS } from './findBrowser'
