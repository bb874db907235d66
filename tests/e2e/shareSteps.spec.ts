import type { RunningScript } from '../../scripts/project/scriptCommand'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { startScript } from '../../scripts/project/scriptCommand'
import { DECK_PATH, readDeck } from '../support/deckSource'
import { freePort } from '../support/devServer'
import { writeScratchEntry } from '../support/scratchDeck'

/**
 * Share mode on a slide with click steps: a follower goes to the presenter's
 * step, not only to the slide. The deck itself has no steps, so a copy of it
 * gains one slide that shows its list item by item (Chinese edition only: the
 * copy has no translation), built by `npm start -- --share`.
 */

const LAN = '127.0.0.2'
const STEPPED = `

---
title: 分步
section: 收尾
---

# 分步

<v-clicks>

- 第一步
- 第二步

</v-clicks>
`

let work: string
let entry: string
let server: RunningScript
let port: number

test.beforeAll(async () => {
  test.setTimeout(240_000)
  work = mkdtempSync(join(tmpdir(), 'deck-share-steps-'))
  entry = await writeScratchEntry('share-steps', `${readFileSync(DECK_PATH, 'utf8').trimEnd()}\n${STEPPED}`)
  port = await freePort()
  server = await startScript('start', ['--share', '--share-address', LAN, '--port', String(port), '--entry', entry, '--dist', join(work, 'dist'), '--rehearsals', join(work, 'rehearsals'), '--no-pdf'], 'only the presenter view', 220_000)
})

test.afterAll(async () => {
  await server?.stop()
  rmSync(entry, { force: true })
  rmSync(work, { recursive: true, force: true })
})

test('a follower goes to the presenter\'s click step on a slide that has steps', async ({ browser }) => {
  const last = readDeck().length + 1
  const presenterContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
  const followerContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
  try {
    const presenter = await presenterContext.newPage()
    const follower = await followerContext.newPage()
    await presenter.goto(`http://localhost:${port}/presenter/1`)
    await expect(presenter.getByRole('button', { name: '分享' })).toBeVisible()
    await follower.goto(`http://${LAN}:${port}/1`)
    await expect(follower.getByText('跟随演讲 · 第 1 页')).toBeVisible()
    // To the stepped slide, as a presenter gets there.
    for (let slide = 1; slide < last; slide++)
      await presenter.keyboard.press('ArrowRight')
    await expect(follower).toHaveURL(new RegExp(`/${last}(\\?|$)`))
    const hidden = follower.locator(`.slidev-page-${last} .slidev-vclick-hidden`)
    await expect(hidden).toHaveCount(2)
    for (const [key, steps] of [['ArrowRight', 1], ['ArrowRight', 2], ['ArrowLeft', 1]] as const) {
      await presenter.keyboard.press(key)
      await expect(follower).toHaveURL(new RegExp(`/${last}\\?clicks=${steps}$`))
      await expect(hidden).toHaveCount(2 - steps)
    }
  }
  finally {
    await presenterContext.close()
    await followerContext.close()
  }
})
