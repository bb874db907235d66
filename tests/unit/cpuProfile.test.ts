import { describe, expect, it } from 'vitest'
import { cpuByGroup, cpuGroup } from '../../scripts/bench/index'

const ROOT = '/home/me/deck'

describe('cpuGroup', () => {
  it('names a build\'s packages by what they do', () => {
    expect(cpuGroup(`file://${ROOT}/node_modules/vite/dist/node/chunks/dep.js`, 'f', ROOT)).toBe('Vite and Rolldown')
    expect(cpuGroup(`file://${ROOT}/node_modules/@vue/compiler-sfc/dist/x.js`, 'f', ROOT)).toBe('Vue compile')
    expect(cpuGroup(`file://${ROOT}/node_modules/@unocss/core/dist/index.mjs`, 'f', ROOT)).toBe('UnoCSS and icons')
    expect(cpuGroup(`file://${ROOT}/node_modules/@slidev/cli/dist/x.mjs`, 'f', ROOT)).toBe('Slidev (its plugins, parser, frontmatter)')
    expect(cpuGroup(`file://${ROOT}/node_modules/left-pad/index.js`, 'f', ROOT)).toBe('package left-pad')
  })

  it('names the deck\'s own code by its folder, and V8\'s and Node\'s work apart', () => {
    expect(cpuGroup(`file://${ROOT}/scripts/syntax/phrases.ts`, 'phraseBreaks', ROOT)).toBe('deck: scripts/syntax/')
    expect(cpuGroup(`file://${ROOT}/vite.config.ts`, 'f', ROOT)).toBe('deck: vite.config.ts')
    expect(cpuGroup('node:internal/fs/utils', 'f', ROOT)).toBe('Node.js itself')
    expect(cpuGroup('', '(garbage collector)', ROOT)).toBe('V8: garbage collection')
  })
})

describe('cpuByGroup', () => {
  it('adds each sample\'s time to its function\'s group, the largest first, idle left out', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(idle)', url: '' } },
        { id: 2, callFrame: { functionName: 'compile', url: `file://${ROOT}/node_modules/@vue/compiler-dom/x.js` } },
        { id: 3, callFrame: { functionName: 'bundle', url: `file://${ROOT}/node_modules/vite/x.js` } },
      ],
      samples: [1, 2, 3, 3, 2, 3],
      timeDeltas: [5000, 1000, 2000, 2000, 1000, 500],
    }
    expect(cpuByGroup(profile, ROOT)).toEqual([{ group: 'Vite and Rolldown', ms: 4.5 }, { group: 'Vue compile', ms: 2 }])
  })
})
