import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTalkPosition, readSavedPosition } from '../../scripts/share/talkPosition'

const folders: string[] = []
function stateFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'deck-talk-'))
  folders.push(folder)
  return join(folder, 'live', 'position.json')
}
afterEach(() => folders.splice(0).forEach(folder => rmSync(folder, { recursive: true, force: true })))

describe('the talk\'s position', () => {
  it('starts at the first slide, version 0, with the clock not started', () => {
    expect(createTalkPosition().current()).toEqual({ type: 'position', slide: 1, click: 0, clicks: 0, version: 0, from: 'saved', elapsedMs: null })
  })

  it('takes a move, counts its version, and says nothing changed for the same position', () => {
    let time = 5000
    const talk = createTalkPosition({ now: () => time })
    expect(talk.move({ slide: 4, click: 1, clicks: 2, from: 'p1' })).toMatchObject({ slide: 4, click: 1, clicks: 2, version: 1, from: 'p1', elapsedMs: 0 })
    time += 1500
    expect(talk.move({ slide: 4, click: 1, from: 'p2' })).toBeUndefined()
    expect(talk.move({ slide: 4, click: 2, from: 'p2' })).toMatchObject({ click: 2, clicks: 2, version: 2, elapsedMs: 1500 })
    // A new slide's click steps are unknown until its presenter view says: none.
    expect(talk.move({ slide: 5, click: 0, from: 'r' })).toMatchObject({ clicks: 0, version: 3 })
    expect(talk.current().version).toBe(3)
  })

  it('keeps the position on disk, and a restarted server goes on from it', async () => {
    const file = stateFile()
    const first = createTalkPosition({ file })
    first.move({ slide: 12, click: 0, from: 'p' })
    first.move({ slide: 13, click: 1, from: 'p' })
    await first.flush()
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ slide: 13, click: 1 })
    expect(createTalkPosition({ file }).current()).toMatchObject({ slide: 13, click: 1, version: 0 })
  })

  it('writes the latest of a burst of moves, without waiting for the disk', async () => {
    const file = stateFile()
    const talk = createTalkPosition({ file })
    for (let slide = 2; slide <= 40; slide++)
      expect(talk.move({ slide, click: 0, from: 'p' })?.slide).toBe(slide)
    await talk.flush()
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ slide: 40, click: 0 })
  })

  it('starts at the first slide when the kept position is missing, damaged or out of range', async () => {
    const file = stateFile()
    expect(readSavedPosition(file)).toEqual({ slide: 1, click: 0 })
    const talk = createTalkPosition({ file })
    talk.move({ slide: 2, click: 0, from: 'p' })
    await talk.flush()
    for (const damaged of ['{"slide":', '{"slide":0,"click":0}', '{"slide":3,"click":-1}', '{"slide":3,"click":0,"token":"x"}', '[]']) {
      writeFileSync(file, damaged)
      expect(readSavedPosition(file), damaged).toEqual({ slide: 1, click: 0 })
    }
  })

  it('goes on from memory, and says so, when the position cannot be saved', async () => {
    const blocker = stateFile().replace(/live[/\\]position\.json$/, 'blocked')
    writeFileSync(blocker, 'a file where a folder should be')
    const problems: string[] = []
    const talk = createTalkPosition({ file: join(blocker, 'position.json'), onSaveError: error => problems.push(error.message) })
    expect(talk.move({ slide: 3, click: 0, from: 'p' })).toMatchObject({ slide: 3 })
    expect(talk.current().slide).toBe(3)
    await talk.flush()
    expect(problems).toHaveLength(1)
  })
})
