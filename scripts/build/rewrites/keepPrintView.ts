import type { Plugin } from 'vite'

/**
 * Slidev's static build has a print view only when it also exports a PDF with
 * its own (untagged) exporter. Keep the print view in every build: our
 * exporter prints from it, and agenda links resolve against it.
 */
export function keepPrintView(): Plugin {
  return {
    name: 'deck:print-view',
    enforce: 'post',
    config(config) {
      if (config.define && '__SLIDEV_FEATURE_PRINT__' in config.define)
        config.define.__SLIDEV_FEATURE_PRINT__ = 'true'
    },
  }
}
