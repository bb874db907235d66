import type { LiveMessage, Move, Position } from '../../components/share/shareProtocol.ts'
import { readFileSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { positionSchema } from '../../components/share/shareProtocol.ts'

/**
 * The talk's position, owned by the server alone: a move from a controller
 * changes it (and its version), nothing else does. Kept on disk so that a
 * restarted `npm start -- --share` goes on where the talk was.
 */

export interface TalkPosition {
  current: () => LiveMessage
  /** Applies a controller's move; the new state, or undefined when it changes nothing (same slide and click). */
  move: (move: Move) => LiveMessage | undefined
  /** Resolves once the latest position is on disk. */
  flush: () => Promise<void>
}

export interface TalkPositionOptions {
  /** Where the position is kept between runs (rehearsals/live/position.json); none: memory only. */
  file?: string
  now?: () => number
  /** Told when a position could not be saved; the talk goes on from memory. */
  onSaveError?: (error: Error) => void
}

/** The position kept on disk, or the first slide when there is none or it is unreadable. */
export function readSavedPosition(file: string | undefined): Position {
  if (!file)
    return { slide: 1, click: 0 }
  try {
    const saved = positionSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    return saved.success ? saved.data : { slide: 1, click: 0 }
  }
  catch {
    return { slide: 1, click: 0 }
  }
}

/** Writes beside and renames, so a stop mid-write never leaves half a file. */
async function savePosition(file: string, position: Position): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.partial`
  await writeFile(partial, `${JSON.stringify(position)}\n`)
  await rename(partial, file)
}

/**
 * Keeps the latest position on disk without holding up a broadcast: one write
 * at a time, off the event loop; moves made meanwhile are written as one, the
 * latest.
 */
function positionSaver(file: string, onSaveError?: (error: Error) => void) {
  let latest: Position | undefined
  let writing: Promise<void> | undefined
  async function drain() {
    while (latest) {
      const next = latest
      latest = undefined
      await savePosition(file, next).catch(error => onSaveError?.(error as Error))
    }
    writing = undefined
  }
  return {
    save(position: Position) {
      latest = position
      writing ??= drain()
    },
    flush: () => writing ?? Promise.resolve(),
  }
}

export function createTalkPosition({ file, now = Date.now, onSaveError }: TalkPositionOptions = {}): TalkPosition {
  const saved = readSavedPosition(file)
  const saver = file ? positionSaver(file, onSaveError) : undefined
  let state = { ...saved, clicks: 0, version: 0, from: 'saved' }
  let clockStart: number | undefined

  const current = (): LiveMessage => ({ type: 'position', ...state, elapsedMs: clockStart === undefined ? null : Math.max(0, Math.round(now() - clockStart)) })

  return {
    current,
    move({ slide, click, clicks, from }) {
      const total = clicks ?? (slide === state.slide ? state.clicks : 0)
      if (slide === state.slide && click === state.click && total === state.clicks)
        return undefined
      clockStart ??= now()
      state = { slide, click, clicks: Math.max(total, click), version: state.version + 1, from }
      saver?.save({ slide, click })
      return current()
    },
    flush: () => saver?.flush() ?? Promise.resolve(),
  }
}
