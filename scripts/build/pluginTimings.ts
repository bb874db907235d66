import type { Plugin } from 'vite'
import { writeFileSync } from 'node:fs'
import { recordTime, TIMINGS_ON, timingsSoFar } from './timings.ts'

/** The hooks whose time is counted per plugin: where a build and a dev server spend theirs. */
const HOOKS = ['resolveId', 'load', 'transform', 'renderChunk', 'generateBundle', 'transformIndexHtml'] as const

type Hook = ((...args: unknown[]) => unknown) | { handler: (...args: unknown[]) => unknown }

/** `hook`, adding the time until it (or its promise) finishes to `name`. */
function timedHook(name: string, hook: Hook): Hook {
  const handler = typeof hook === 'function' ? hook : hook.handler
  const timed = function (this: unknown, ...args: unknown[]) {
    const started = performance.now()
    const done = () => recordTime(name, performance.now() - started)
    const result = handler.apply(this, args)
    if (result instanceof Promise)
      return result.finally(done)
    done()
    return result
  }
  return typeof hook === 'function' ? timed : { ...hook, handler: timed }
}

/**
 * With DECK_TIMINGS set (`npm run bench -- --breakdown`): the time each of
 * the deck's own plugins' hooks take (`plugin deck:…`), Slidev's and Vite's start (process
 * start to the resolved config), and the whole build; written as JSON to the
 * file DECK_TIMINGS names when the build ends, and served by the dev server
 * at /__deck-timings. Without it, the plugin does nothing.
 */
export function pluginTimings(): Plugin {
  return {
    name: 'deck:timings',
    configResolved(config) {
      if (!TIMINGS_ON)
        return
      recordTime('start: process start to Vite config resolved (Slidev, Vite, config)', performance.now())
      // The deck's own plugins: they call no other plugin from their hooks, so their times do not nest. (Where the
      // rest of the time goes, Slidev, Vite, Vue, UnoCSS, is read from a CPU profile: npm run bench -- --breakdown.)
      for (const plugin of (config.plugins as Plugin[]).filter(plugin => plugin.name.startsWith('deck:'))) {
        const hooks = plugin as unknown as Record<string, Hook | undefined>
        for (const hook of HOOKS) {
          if (hooks[hook])
            hooks[hook] = timedHook(`plugin ${plugin.name}`, hooks[hook])
        }
      }
    },
    configureServer(server) {
      if (TIMINGS_ON)
        server.middlewares.use('/__deck-timings', (_request, response) => response.end(JSON.stringify(timingsSoFar())))
    },
    closeBundle() {
      if (!TIMINGS_ON)
        return
      recordTime('build: process start to bundle closed', performance.now())
      writeFileSync(process.env.DECK_TIMINGS!, JSON.stringify(timingsSoFar(), null, 2))
    },
  }
}
