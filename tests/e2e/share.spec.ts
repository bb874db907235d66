import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { RunningScript } from '../../scripts/project/scriptCommand'
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { scriptCommand, startScript } from '../../scripts/project/scriptCommand'
import { SHARE_WORDS } from '../../components/share/shareWords'
import { readDeck } from '../support/deckSource'
import { freePort, listeningAddresses } from '../support/devServer'

/**
 * `npm start -- --share`, as a hall uses it: the presenter view on the
 * presenter's machine (loopback), a Chinese follower on a laptop and an
 * English one on a phone, each in a browser context of its own (a device of
 * its own), a phone paired as a remote, and an intruder, all on the "LAN
 * address". 127.0.0.2 stands for that address: a loopback address, so no
 * traffic leaves the machine, but a listener of its own, which the server
 * treats exactly as the LAN address.
 */

const ROOT = resolve(import.meta.dirname, '../..')
const LAN = '127.0.0.2'
const zhWords = SHARE_WORDS.zh
const enWords = SHARE_WORDS.en
const zhSlides = readDeck()

test.describe.configure({ mode: 'serial' })

let work: string
let port: number
let server: RunningScript
const contexts: BrowserContext[] = []

/** `npm start -- --share` on the suite's build (a copy), until it has printed its follow addresses. */
function startSharing(): Promise<RunningScript> {
  return startScript('start', ['--share', '--share-address', LAN, '--port', String(port), '--dist', join(work, 'dist'), '--rehearsals', join(work, 'rehearsals'), '--no-pdf'], 'only the presenter view')
}

async function device(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', ...options })
  contexts.push(context)
  return context.newPage()
}

const local = () => `http://localhost:${port}`
const lan = () => `http://${LAN}:${port}`

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'deck-share-'))
  cpSync(join(ROOT, 'dist'), join(work, 'dist'), { recursive: true })
  port = await freePort()
  server = await startSharing()
})

test.afterAll(async () => {
  await Promise.all(contexts.map(context => context.close()))
  await server.stop()
  rmSync(work, { recursive: true, force: true })
})

let presenter: Page
let zh: Page
let en: Page

/** The slide a page's address names (`/12`, `/en/12`, `/presenter/12`, or a slide's `routeAlias`, `/presenter/q1`). */
function slideOf(page: Page): number {
  const name = /\/([\w-]+)(?:\?|$)/.exec(page.url())?.[1] ?? ''
  return /^\d+$/.test(name) ? Number(name) : zhSlides.findIndex(slide => slide.frontmatter.routeAlias === name) + 1
}

/** Presses → (or ←) in the presenter view and measures how long until every follower's address names the new slide. */
async function presenterNext(followers: Page[], key: 'ArrowRight' | 'ArrowLeft' = 'ArrowRight'): Promise<number> {
  const target = slideOf(presenter) + (key === 'ArrowRight' ? 1 : -1)
  const pressed = Date.now()
  await presenter.keyboard.press(key)
  await Promise.all(followers.map(follower => expect.poll(() => slideOf(follower), { timeout: 5000, intervals: [20], message: `${follower.url()} (the presenter view at ${presenter.url()})` }).toBe(target)))
  return Date.now() - pressed
}

test('prints a follow address per edition and a QR code, and listens on loopback and the LAN address only', () => {
  const output = server.output()
  expect(output).toContain(`follow (zh)  ${lan()}/\n`)
  expect(output).toContain(`follow (en)  ${lan()}/en/\n`)
  expect(output).toMatch(/[▄▀█]{7}/)
  expect(output).not.toMatch(/[\w-]{43}/)
  expect(listeningAddresses(port).sort()).toEqual(['0100007F', '0200007F'])
})

test('the followers, one per edition, go where the presenter goes within a second', async ({ browser }) => {
  presenter = await device(browser)
  zh = await device(browser)
  en = await device(browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en' })
  await presenter.goto(`${local()}/presenter/1`)
  await zh.goto(`${lan()}/1`)
  await en.goto(`${lan()}/en/1`)
  await expect(presenter.getByRole('button', { name: zhWords.share })).toBeVisible()
  await expect(zh.getByText(zhWords.following(1))).toBeVisible()
  await expect(en.getByText(enWords.following(1))).toBeVisible()
  const delays: number[] = []
  for (let press = 0; press < 3; press++)
    delays.push(await presenterNext([zh, en]))
  expect(Math.max(...delays), `delays ${delays.join(', ')} ms`).toBeLessThan(1000)
  expect(slideOf(zh)).toBe(4)
  // Each follower shows the slide in its own edition: the slide view on the laptop, the reading view on the phone.
  await expect(zh.locator('.slidev-page-4')).toBeVisible()
  await expect(en.locator('html')).toHaveAttribute('lang', 'en')
  await expect(en.locator('[data-reading-slide="4"] h2')).toBeInViewport()
})

test('the projector window beside the presenter view, in the same browser, keeps following', async () => {
  // Slidev also syncs the two windows of one browser itself, often before the server's word arrives.
  const projector = await presenter.context().newPage()
  await projector.goto(`${local()}/${slideOf(presenter)}`)
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft'] as const)
    await presenterNext([projector, zh, en], key)
  await projector.waitForTimeout(300)
  await expect(projector.getByRole('button', { name: /回到演讲/ })).toHaveCount(0)
  expect(slideOf(projector)).toBe(4)
  await projector.close()
})

test('a follower who steps away stops following, moves no one else, and gets back to live', async () => {
  await zh.keyboard.press('ArrowLeft')
  await expect(zh).toHaveURL(/\/3$/)
  const back = zh.getByRole('button', { name: zhWords.backToLive(4) })
  await expect(back).toBeVisible()
  await presenterNext([en])
  expect(slideOf(presenter)).toBe(5)
  expect(slideOf(zh)).toBe(3)
  await expect(zh.getByRole('button', { name: zhWords.backToLive(5) })).toBeVisible()
  await zh.getByRole('button', { name: zhWords.backToLive(5) }).click()
  await expect(zh).toHaveURL(/\/5$/)
  await expect(zh.getByText(zhWords.following(5))).toBeVisible()
  await presenterNext([zh, en])
})

test('a follower who switches language keeps following, on the same slide', async () => {
  // From the live note: the reading view's own switch is at the top of the page, and scrolling up there is stepping away.
  await en.locator('.deck-follow').getByRole('link', { name: '中文' }).click()
  await expect(en).toHaveURL(new RegExp(`^${lan()}/6$`))
  await expect(en.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(en.locator('[data-reading-slide="6"] h2')).toBeInViewport()
  await presenterNext([zh, en])
  await en.locator('.deck-follow').getByRole('link', { name: 'English' }).click()
  await expect(en).toHaveURL(new RegExp(`^${lan()}/en/7$`))
  await expect(en.locator('html')).toHaveAttribute('lang', 'en')
  await expect(en.locator('[data-reading-slide="7"] h2')).toBeInViewport()
})

test('an intruder on the LAN address gets no control, not even in the presenter view', async ({ browser }) => {
  const intruder = await device(browser)
  await intruder.goto(`${lan()}/presenter/1`)
  await expect(intruder.getByText(zhWords.viewOnly)).toBeVisible()
  await expect(intruder.getByRole('button', { name: zhWords.share })).toHaveCount(0)
  await intruder.keyboard.press('ArrowRight')
  await intruder.keyboard.press('ArrowRight')
  const answers = await intruder.evaluate(async () => {
    const post = (path: string, body: object, headers: Record<string, string> = {}) => fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }).then(response => response.status)
    return {
      control: await fetch('/__share/control').then(response => response.status),
      noToken: await post('/__share/position', { slide: 20, click: 0, from: 'intruder' }),
      guessed: await post('/__share/position', { slide: 20, click: 0, from: 'intruder' }, { Authorization: `Bearer ${'A'.repeat(43)}` }),
      pairing: await post('/__share/pairing', {}),
      rehearsal: await post('/__rehearsal', {}),
    }
  })
  expect(answers).toEqual({ control: 403, noToken: 401, guessed: 403, pairing: 401, rehearsal: 403 })
  await zh.waitForTimeout(300)
  expect([slideOf(presenter), slideOf(zh), slideOf(en)]).toEqual([7, 7, 7])
})

test('a phone paired with the presenter\'s one-time code drives the talk until the presenter revokes it', async ({ browser }) => {
  await presenter.getByRole('button', { name: zhWords.share }).click()
  const dialog = presenter.getByRole('dialog', { name: zhWords.shareTitle })
  await expect(dialog.locator('.deck-share-qr svg')).toBeVisible()
  await expect(dialog.getByText(`${lan()}/en/`)).toBeVisible()
  await dialog.getByRole('button', { name: zhWords.pairPhone }).click()
  const code = (await dialog.locator('.deck-share-code').textContent())!.trim()
  expect(code).toMatch(/^[A-Z2-9]{10}$/)

  const phone = await device(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  await phone.goto(`${lan()}/remote#pair=${code}`)
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(zhSlides[6].title)
  expect(phone.url()).toBe(`${lan()}/remote`)
  await expect(phone.locator('.deck-remote-next')).toHaveText(zhSlides[7].title)
  await phone.getByRole('button', { name: /下一页/ }).click()
  await Promise.all([presenter, zh, en].map(page => expect.poll(() => slideOf(page)).toBe(8)))
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(zhSlides[7].title)

  // The code was good once, typed or scanned.
  const second = await device(browser, { viewport: { width: 390, height: 844 } })
  await second.goto(`${lan()}/remote`)
  await second.getByLabel(zhWords.pairCode).fill(code.toLowerCase())
  await second.getByRole('button', { name: zhWords.pairSubmit }).click()
  await expect(second.getByRole('alert')).toContainText('配对失败')

  await expect(dialog.locator('.deck-share-remotes li')).toHaveCount(1)
  await dialog.getByRole('button', { name: zhWords.revoke }).click()
  await expect(dialog.getByText(zhWords.noRemotes)).toBeVisible()
  await dialog.getByRole('button', { name: zhWords.close }).click()
  await phone.getByRole('button', { name: /下一页/ }).click()
  await expect(phone.getByRole('alert')).toHaveText(zhWords.revoked)
  await zh.waitForTimeout(300)
  expect([slideOf(presenter), slideOf(zh), slideOf(en)]).toEqual([8, 8, 8])
})

test('a follower whose server went away reconnects by itself and lands where the talk is, kept across the restart', async () => {
  await server.stop()
  await expect(zh.getByText(zhWords.offline)).toBeVisible()
  expect(JSON.parse(readFileSync(join(work, 'rehearsals', 'live', 'position.json'), 'utf8'))).toEqual({ slide: 8, click: 0 })
  server = await startSharing()
  await expect(zh.getByText(zhWords.offline)).toHaveCount(0, { timeout: 15_000 })
  await expect(en.getByText(enWords.offline)).toHaveCount(0, { timeout: 15_000 })
  expect([slideOf(presenter), slideOf(zh), slideOf(en)]).toEqual([8, 8, 8])
  await presenterNext([zh, en])
  expect(slideOf(zh)).toBe(9)
})

test('--share says in one line why it cannot share, and exits non-zero', async () => {
  for (const address of ['0.0.0.0', '192.0.2.1']) {
    const child = spawn(...scriptCommand('start', ['--share-address', address, '--port', '0', '--dist', join(work, 'dist'), '--no-pdf']), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let errors = ''
    child.stderr!.on('data', (chunk) => { errors += chunk })
    const code = await new Promise<number | null>(resolve => child.once('exit', resolve))
    expect(code, address).not.toBe(0)
    expect(errors.trim().split('\n'), address).toHaveLength(1)
    expect(errors, address).toMatch(/^start: --share: /)
  }
})
