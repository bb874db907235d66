import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { floatingVueRegistering, runtimeOnlyVue, settingsOnDemand } from '../../scripts/build/rewrites/startupModules'

const NODE_MODULES = resolve(import.meta.dirname, '../../node_modules')
const installed = (path: string) => readFileSync(resolve(NODE_MODULES, path), 'utf8')

describe('runtimeOnlyVue', () => {
  it('points Slidev\'s vue alias at the runtime-only build in the same folder and keeps the other aliases', () => {
    const other = { find: /^@slidev\/client$/, replacement: '/@fs/p/node_modules/@slidev/client/index.ts' }
    expect(runtimeOnlyVue([other, { find: 'vue', replacement: '/p/node_modules/vue/dist/vue.esm-bundler.js' }])).toEqual([
      other,
      { find: 'vue', replacement: '/p/node_modules/vue/dist/vue.runtime.esm-bundler.js' },
    ])
  })

  it('leaves a vue alias that points anywhere else alone', () => {
    const own = { find: 'vue', replacement: '/p/vendor/vue.js' }
    expect(runtimeOnlyVue([own])).toEqual([own])
  })

  it('has a runtime-only build to point at in the installed vue', () => {
    expect(installed('vue/dist/vue.runtime.esm-bundler.js')).toMatch(/export \* from '@vue\/runtime-dom'/)
  })
})

describe('settingsOnDemand', () => {
  it('turns the installed NavControls.vue\'s import of Settings.vue into a component loaded when first shown', () => {
    const source = installed('@slidev/client/internals/NavControls.vue')
    const rewritten = settingsOnDemand(source)
    expect(rewritten).not.toMatch(/^import Settings from/m)
    expect(rewritten).toMatch(/^const Settings = deckDefineAsyncComponent\(\(\) => import\('\.\/Settings\.vue'\)\)$/m)
    expect(rewritten).toMatch(/^import \{ defineAsyncComponent as deckDefineAsyncComponent \} from 'vue'$/m)
    // Everything else stays as it was.
    expect(rewritten.replace(/^import \{ defineAsyncComponent[^\n]*\nconst Settings = [^\n]*$/m, 'import Settings from \'./Settings.vue\'')).toBe(source)
  })

  it('fails, naming the file, when the import has changed shape', () => {
    expect(() => settingsOnDemand('import { Settings } from \'./Settings.vue\'')).toThrow(/NavControls\.vue no longer imports Settings\.vue/)
  })
})

describe('floatingVueRegistering', () => {
  it('makes the installed floating-vue register its recomputeAllPoppers as it loads', () => {
    const source = installed('floating-vue/dist/floating-vue.mjs')
    const rewritten = floatingVueRegistering(source)
    expect(rewritten.startsWith(source)).toBe(true)
    expect(rewritten.slice(source.length)).toMatch(/import \{ floatingVueLoaded as deckFloatingVueLoaded \} from 'virtual:deck-poppers'\ndeckFloatingVueLoaded\(recomputeAllPoppers\)/)
  })

  it('fails, naming the rewrite, when floating-vue no longer defines recomputeAllPoppers', () => {
    expect(() => floatingVueRegistering('export const recomputeAllPoppers = () => {}')).toThrow(/startupModules\.ts/)
  })
})
