/**
 * Upstream: @slidev/cli `node/vite/extendConfig.ts` sets
 * `build.rollupOptions.output.manualChunks`, which puts every module under
 * `/node_modules/` + one of ASYNC_MODULES (`vue`, `@vue`, …) into a
 * `modules/…` chunk loaded at start-up. CHART_CHUNK_UPSTREAM says the same
 * for tests/unit/slidevUpstream.test.ts.
 *
 * That catches `vue-chartjs`, and with it Chart.js. Leave the chart
 * libraries to ordinary code splitting instead, so they load with the chart
 * component, only on slides that draw a chart.
 */
import type { Plugin } from 'vite'
import type { UpstreamShape } from './upstream.ts'

export const CHART_CHUNK_UPSTREAM: UpstreamShape[] = [
  { package: '@slidev/cli', file: 'node/vite/extendConfig.ts', shape: /build: \{ rollupOptions: \{ output: \{[\s\S]*manualChunks\(id\)/, what: 'Slidev\'s config sets build.rollupOptions.output.manualChunks(id)' },
  { package: '@slidev/cli', file: 'node/vite/extendConfig.ts', shape: /ASYNC_MODULES\.find\(\(i\) => id\.includes\(`\/node_modules\/\$\{i\}`\)\)/, what: 'manualChunks matches ASYNC_MODULES by `/node_modules/<name>` in the id' },
]

type ManualChunks = (id: string, meta: unknown) => string | undefined

export function chartChunk(): Plugin {
  return {
    name: 'deck:chart-chunk',
    enforce: 'post',
    config(config) {
      const output = config.build?.rollupOptions?.output
      if (!output || Array.isArray(output))
        return
      const slidevChunks = output.manualChunks as ManualChunks | undefined
      output.manualChunks = (id: string, meta: unknown) => {
        if (/\/node_modules\/(?:chart\.js|vue-chartjs|@kurkle\/color)\//.test(id))
          return undefined
        return slidevChunks?.(id, meta)
      }
    },
  }
}
