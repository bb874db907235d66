import type { Plugin } from 'vite'

/**
 * Stock `slidev export` needs the `playwright-chromium` package, which this
 * project leaves out (its install downloads a browser). Say which command
 * exports here instead of failing with "install playwright-chromium".
 */
export function pointToDeckExport(): Plugin {
  return {
    name: 'deck:point-to-export',
    config() {
      const command = process.argv.slice(2).find(arg => !arg.startsWith('-'))
      if (/^export(?:-notes)?$/.test(command ?? '') && /slidev/.test(process.argv[1] ?? '')) {
        console.error([
          '',
          '本项目不用 `slidev export` 导出，请用 / This project exports with its own command instead of `slidev export`:',
          '  npm run export          → exports/slides.pdf (tagged PDF with outline)',
          '  npm run export -- --watch  (PDF refreshed on every save)',
          '  npm run export:dark | export:png | export:pptx | export:handout | export:all',
          '',
        ].join('\n'))
        process.exit(1)
      }
    },
  }
}
