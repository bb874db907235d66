/**
 * Upstream: @slidev/cli `node/options.ts` defines `__SLIDEV_FEATURE_PRINT__`
 * for the client, true in a build only when the deck asks Slidev to export
 * a PDF for download (`download:`). KEEP_PRINT_VIEW_UPSTREAM says the same
 * for tests/unit/slidevUpstream.test.ts.
 *
 * Keep the print view in every build: our exporter prints from it, and agenda
 * links resolve against it, while Slidev's own (untagged) PDF export stays off.
 */
import type { Plugin } from 'vite'
import type { UpstreamShape } from './upstream.ts'

export const KEEP_PRINT_VIEW_UPSTREAM: UpstreamShape[] = [
  { package: '@slidev/cli', file: 'node/options.ts', shape: /__SLIDEV_FEATURE_PRINT__: options\.mode === "export" \|\| options\.mode === "build" &&/, what: 'the `__SLIDEV_FEATURE_PRINT__` define is on in a build only on request' },
  { package: '@slidev/client', file: 'setup/routes.ts', shape: /__SLIDEV_FEATURE_PRINT__/, what: 'the client adds the print route only when `__SLIDEV_FEATURE_PRINT__` is on' },
]

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
