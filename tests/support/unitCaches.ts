import { rmSync } from 'node:fs'

/** Vitest's global setup: the run's cache folder (vitest.config.ts) goes when the run ends. */
export default function unitCaches(): () => void {
  const folder = process.env.DECK_UNIT_CACHE
  return () => {
    if (folder)
      rmSync(folder, { recursive: true, force: true })
  }
}
