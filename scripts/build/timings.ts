/**
 * Where the build's and the dev server's time goes, for `npm run bench --
 * --breakdown`: milliseconds and calls per named step, summed. Recorded only
 * while DECK_TIMINGS is set, so a normal build pays nothing. One table per
 * process (on globalThis): Slidev loads setup/ apart from vite.config.ts, so
 * the same module may be loaded twice.
 */

export interface StepTime {
  ms: number
  calls: number
}

export type Timings = Record<string, StepTime>

const KEY = Symbol.for('deck.timings')
const table = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, StepTime>()) as Map<string, StepTime>

/** Whether this process records timings (DECK_TIMINGS names where the build writes them). */
export const TIMINGS_ON = Boolean(process.env.DECK_TIMINGS)

/** Adds `ms` to step `name`. */
export function recordTime(name: string, ms: number): void {
  const step = table.get(name) ?? { ms: 0, calls: 0 }
  step.ms += ms
  step.calls += 1
  table.set(name, step)
}

/** Runs `work` (synchronous), adding its time to step `name` while timings are on. */
export function timeStep<T>(name: string, work: () => T): T {
  if (!TIMINGS_ON)
    return work()
  const started = performance.now()
  try {
    return work()
  }
  finally {
    recordTime(name, performance.now() - started)
  }
}

/** A markdown-it ruler's rule, as `md.core.ruler.at` takes it. */
interface Ruler {
  at: (name: string, rule: (...args: never[]) => unknown) => void
  __rules__: Array<{ name: string, fn: (...args: never[]) => unknown }>
}

/** Each of `md`'s core rules named in `names` (the deck's own, from scripts/syntax/), timed as `markdown <name>` while timings are on. */
export function timeMarkdownRules(md: { core: { ruler: unknown } }, names: readonly string[]): void {
  if (!TIMINGS_ON)
    return
  const ruler = md.core.ruler as Ruler
  for (const { name, fn } of ruler.__rules__.filter(rule => names.includes(rule.name)))
    ruler.at(name, (...args: never[]) => timeStep(`markdown ${name}`, () => fn(...args)))
}

/** Every step so far, the longest first. */
export function timingsSoFar(): Timings {
  return Object.fromEntries([...table].sort((a, b) => b[1].ms - a[1].ms).map(([name, step]) => [name, { ms: Math.round(step.ms), calls: step.calls }]))
}
