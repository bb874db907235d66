import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { DECK_WORDS } from '../../components/deck/deckWords'
import { REHEARSAL_ENDPOINT } from '../../components/pacing/rehearsalRecord'
import { scriptCommand } from '../../scripts/project/scriptCommand'
import { DECK_PATH, readDeck, TEST_EDITIONS } from '../support/deckSource'
import { freePort, listeningAddresses, LOOPBACK } from '../support/devServer'
import { edit, writeScratchEntry } from '../support/scratchDeck'
import { expectIssueTimes, openPresenter, rehearseFirstSlides } from './rehearsalSteps'

/**
 * `npm start`: the deck presented from its last build, on a free port, with
 * its own copy of the suite's build (dist/, which npm test has just built
 * from these sources) and its own rehearsals folder: it serves that build as
 * it is; after a change (a hidden copy of slides.md with another cover
 * heading) it builds first, once; it listens on loopback only; its rehearsal
 * endpoint saves this page's record and refuses a foreign origin.
 */

const ROOT = resolve(import.meta.dirname, '../..')
const title = readDeck()[0].title

test.describe.configure({ mode: 'serial' })

let work: string
let entry: string

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'deck-start-'))
  cpSync(join(ROOT, 'dist'), join(work, 'dist'), { recursive: true })
  entry = await writeScratchEntry('start', edit(readFileSync(DECK_PATH, 'utf8'), `# ${title}`, '# 改过的封面标题'))
})

test.afterAll(() => {
  rmSync(entry, { force: true })
  rmSync(work, { recursive: true, force: true })
})

interface Started {
  url: string
  port: number
  output: () => string
  stop: () => Promise<void>
}

/** `npm start` on `deck` (slides.md or the changed copy) and the build's copy, until it says where it serves. */
async function start(deck: string): Promise<Started> {
  const port = await freePort()
  const child: ChildProcess = spawn(...scriptCommand('start', ['--entry', deck, '--dist', join(work, 'dist'), '--rehearsals', join(work, 'rehearsals'), '--port', String(port), '--no-pdf']), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk) => { output += chunk })
  child.stderr!.on('data', (chunk) => { output += chunk })
  const deadline = Date.now() + 120_000
  while (!output.includes('[start] serving ')) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`npm start did not serve:\n${output}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  return {
    url: `http://localhost:${port}/`,
    port,
    output: () => output,
    stop: async () => {
      child.kill('SIGINT')
      if (child.exitCode === null)
        await new Promise(resolve => child.once('exit', resolve))
    },
  }
}

test('serves the last build as it is while the sources are unchanged, and builds first when they changed', async ({ page }) => {
  test.setTimeout(240_000)
  const current = await start(DECK_PATH)
  try {
    expect(current.output(), 'dist/ should be the build of these sources: npm test builds it first (or run npm run build)').toContain('源文件未变')
    expect(current.output()).not.toContain('已重新构建')
    await page.goto(`${current.url}1`)
    await expect(page.locator('.slidev-page-1 h1')).toHaveText(title)
    // Every edition, from its own build: /en/1 is the English cover.
    for (const edition of TEST_EDITIONS.slice(1)) {
      await page.goto(`${current.url}${edition.prefix}1`)
      await expect(page.locator('html')).toHaveAttribute('lang', DECK_WORDS[edition.lang].htmlLang)
      await expect(page.locator('.slidev-page-1 h1')).toHaveText(edition.slides[0].title)
    }
  }
  finally {
    await current.stop()
  }

  const changed = await start(entry)
  try {
    expect(changed.output()).toContain('已重新构建 / built in')
    await page.goto(`${changed.url}1`)
    await expect(page.locator('.slidev-page-1 h1')).toHaveText('改过的封面标题')
  }
  finally {
    await changed.stop()
  }

  const again = await start(entry)
  try {
    expect(again.output()).toContain('源文件未变')
    expect(again.output()).not.toContain('已重新构建')
  }
  finally {
    await again.stop()
  }
})

test('listens on loopback only; its rehearsal endpoint saves the presenter\'s record to rehearsals/ and refuses a foreign origin', async ({ page }) => {
  test.setTimeout(120_000)
  // The build of the changed copy the first test left: only the cover's heading differs, its talk plan is the deck's.
  const deck = await start(entry)
  try {
    const addresses = listeningAddresses(deck.port)
    expect(addresses.length).toBeGreaterThan(0)
    expect(addresses.filter(address => !LOOPBACK.has(address))).toEqual([])

    const foreign = await fetch(new URL(REHEARSAL_ENDPOINT, deck.url), { method: 'POST', headers: { 'Content-Type': 'application/json', 'Origin': 'http://example.com' }, body: '{}' })
    expect(foreign.status).toBe(403)
    expect(existsSync(join(work, 'rehearsals'))).toBe(false)

    await openPresenter(page, deck.url)
    await rehearseFirstSlides(page)
    await page.getByRole('button', { name: '结束排练' }).click()
    await expect(page.locator('.rehearsal-message')).toHaveText(/^已保存 rehearsals\/.+\.json$/)
    const saved = readdirSync(join(work, 'rehearsals'))
    expect(saved).toHaveLength(1)
    expectIssueTimes(JSON.parse(readFileSync(join(work, 'rehearsals', saved[0]), 'utf8')))
  }
  finally {
    await deck.stop()
  }
})
