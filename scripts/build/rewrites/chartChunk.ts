import type { Plugin } from 'vite'

type ManualChunks = (id: string, meta: unknown) => string | undefined

/**
 * Slidev puts every module whose path contains `/node_modules/vue` into its
 * start-up `modules/vue` chunk, and that catches `vue-chartjs` and with it
 * Chart.js. Leave the chart libraries to ordinary code splitting instead, so
 * they load with the chart component, only on slides that draw a chart.
 */
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
