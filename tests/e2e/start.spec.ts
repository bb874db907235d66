import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { REHEARSAL_ENDPOINT } from '../../components/pacing/rehearsalRecord'
import { tsxCommand } from '../../scripts/project/tsxCommand'
import { DECK_PATH, readDeck } from '../support/deckSource'
import { freePort, listeningAddresses, LOOPBACK } from '../support/devServer'
import { edit, writeScratchEntry } from '../support/scratchDeck'
import { expectIssueTimes, openPresenter, rehearseFirstSlides } from './rehearsalSteps'

/**
 * `npm start`: the deck presented from its last build. On a hidden copy of
 * slides.md (so a test can change it) with its own build and rehearsals
 * folders, on a free port: it builds when the sources changed and serves the
 * build as it is when they did not; it listens on loopback only; its
 * rehearsal endpoint saves this page's record and refuses a foreign origin.
 */

const ROOT = resolve(import.meta.dirname, '../..')
const title = readDeck()[0].title

test.describe.configure({ mode: 'serial' })

let work: string
let entry: string

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'deck-start-'))
  entry = await writeScratchEntry('start', readFileSync(DECK_PATH, 'utf8'))
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

/** `npm start` on the scratch copy, until it says where it serves. */
async function start(): Promise<Started> {
  const port = await freePort()
  const child: ChildProcess = spawn(...tsxCommand('scripts/start.ts', ['--entry', entry, '--dist', join(work, 'dist'), '--rehearsals', join(work, 'rehearsals'), '--port', String(port), '--no-pdf']), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
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

test('builds when the deck\'s sources changed, serves the last build as it is when they did not', async ({ page }) => {
  test.setTimeout(240_000)
  const first = await start()
  try {
    expect(first.output()).toContain('已重新构建 / built in')
    await page.goto(`${first.url}1`)
    await expect(page.locator('.slidev-page-1 h1')).toHaveText(title)
  }
  finally {
    await first.stop()
  }

  const again = await start()
  try {
    expect(again.output()).toContain('源文件未变')
    expect(again.output()).not.toContain('已重新构建')
    await page.goto(`${again.url}1`)
    await expect(page.locator('.slidev-page-1 h1')).toHaveText(title)
  }
  finally {
    await again.stop()
  }

  await writeFile(entry, edit(readFileSync(entry, 'utf8'), `# ${title}`, '# 改过的封面标题'))
  const changed = await start()
  try {
    expect(changed.output()).toContain('已重新构建 / built in')
    await page.goto(`${changed.url}1`)
    await expect(page.locator('.slidev-page-1 h1')).toHaveText('改过的封面标题')
  }
  finally {
    await changed.stop()
  }
})

test('listens on loopback only; its rehearsal endpoint saves the presenter\'s record to rehearsals/ and refuses a foreign origin', async ({ page }) => {
  test.setTimeout(120_000)
  // The build of the copy as the first test left it: the cover's heading changed, its talk plan the deck's.
  const deck = await start()
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
