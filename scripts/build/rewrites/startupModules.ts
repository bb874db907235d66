/**
 * Upstream: Slidev's start-up code carries modules the first slide never runs.
 * STARTUP_MODULES_UPSTREAM lists the shapes each change relies on, for
 * tests/unit/slidevUpstream.test.ts:
 *
 * - @slidev/cli `node/vite/extendConfig.ts` aliases `vue` to Vue's full build,
 *   template compiler included. A build compiles every template ahead of time
 *   (slides, layouts, components, Slidev's own), so the build takes Vue's
 *   runtime-only build beside it: the same Vue without the compiler.
 * - @slidev/client `logic/utils.ts` takes `parseRangeString` from
 *   `@slidev/parser/core`, which imports `yaml` for a config parser the client
 *   never runs. It gets it from `@slidev/parser/utils`, where `core` takes it
 *   from.
 * - `internals/NavControls.vue` imports the settings menu, and with it
 *   floating-vue's tooltips, at start-up; the menu shows only once opened. It
 *   loads when first shown instead.
 * - `internals/SlidesShow.vue` and `internals/SlideContainer.vue` import
 *   floating-vue for `recomputeAllPoppers`, which they call after a transition
 *   or a change of scale. Every popper is floating-vue's, so until something
 *   that shows one (the settings menu, the presenter view) has loaded it,
 *   there is none to recompute. They get a `recomputeAllPoppers` that calls
 *   floating-vue's once it has loaded (it registers itself as it loads) and
 *   does nothing before.
 *
 * Together about 45 KB gzip off every view's start-up code. The dev server
 * keeps Slidev's setup.
 */
import type { Alias, Plugin } from 'vite'
import type { UpstreamShape } from './upstream.ts'

export const STARTUP_MODULES_UPSTREAM: UpstreamShape[] = [
  { package: '@slidev/cli', file: 'node/vite/extendConfig.ts', shape: /find: "vue",\s*replacement: await resolveImportPath\("vue\/dist\/vue\.esm-bundler\.js", true\)/, what: 'aliases vue to vue/dist/vue.esm-bundler.js' },
  { package: '@slidev/client', file: 'logic/utils.ts', shape: /^import \{ parseRangeString \} from '@slidev\/parser\/core'$/m, what: 'imports parseRangeString from @slidev/parser/core' },
  { package: '@slidev/client', file: 'internals/NavControls.vue', shape: /^import Settings from '\.\/Settings\.vue'$/m, what: 'imports Settings.vue as Settings' },
  { package: '@slidev/client', file: 'internals/NavControls.vue', shape: /<template #menu>\s*<Settings \/>\s*<\/template>/, what: 'shows Settings only in the menu\'s slot' },
  { package: '@slidev/client', file: 'internals/SlidesShow.vue', shape: /^import \{ recomputeAllPoppers \} from 'floating-vue'$/m, what: 'imports only recomputeAllPoppers from floating-vue' },
  { package: '@slidev/client', file: 'internals/SlideContainer.vue', shape: /^import \{ recomputeAllPoppers \} from 'floating-vue'$/m, what: 'imports only recomputeAllPoppers from floating-vue' },
]

const VUE_FULL_BUILD = /\/vue\.esm-bundler\.js$/
const RUNTIME_ONLY = '/vue.runtime.esm-bundler.js'

/** Slidev's aliases with `vue` pointing at the runtime-only build beside the full one; the others as they are. */
export function runtimeOnlyVue(aliases: readonly Alias[]): Alias[] {
  return aliases.map(alias => alias.find === 'vue' && VUE_FULL_BUILD.test(alias.replacement)
    ? { ...alias, replacement: alias.replacement.replace(VUE_FULL_BUILD, RUNTIME_ONLY) }
    : alias)
}

const SETTINGS_IMPORT = /^import Settings from '\.\/Settings\.vue'$/m

/** NavControls.vue's source with Settings.vue loaded when the menu first shows it. */
export function settingsOnDemand(source: string): string {
  if (!SETTINGS_IMPORT.test(source))
    throw new Error('deck:startup-modules: NavControls.vue no longer imports Settings.vue as expected; see scripts/build/rewrites/startupModules.ts')
  return source.replace(SETTINGS_IMPORT, 'import { defineAsyncComponent as deckDefineAsyncComponent } from \'vue\'\nconst Settings = deckDefineAsyncComponent(() => import(\'./Settings.vue\'))')
}

const CLIENT_FILE = (file: string) => new RegExp(`/@slidev/client/internals/${file.replace('.', '\\.')}(?:\\?|$)`)
const NAV_CONTROLS = CLIENT_FILE('NavControls.vue')
const POPPER_RECOMPUTERS = [CLIENT_FILE('SlidesShow.vue'), CLIENT_FILE('SlideContainer.vue')]
const RANGE_UTILS_IMPORTER = /\/@slidev\/client\/logic\/utils\.ts$/
const FLOATING_VUE = /\/node_modules\/floating-vue\/dist\/floating-vue\.mjs$/
const POPPERS_REGISTRY = 'virtual:deck-poppers'
const POPPERS_REGISTRY_ID = `\0${POPPERS_REGISTRY}.js`
const POPPERS_REGISTRY_CODE = `let loaded
/** Called by floating-vue as it loads. */
export function floatingVueLoaded(recompute) { loaded = recompute }
/** floating-vue's recomputeAllPoppers once it has loaded; before, there is no popper to recompute. */
export function recomputeAllPoppers() { loaded?.() }
`
const FLOATING_VUE_RECOMPUTE = /^function recomputeAllPoppers\(\) \{/m

/** floating-vue's module, registering its recomputeAllPoppers with the deck's registry as it loads. */
export function floatingVueRegistering(source: string): string {
  if (!FLOATING_VUE_RECOMPUTE.test(source))
    throw new Error('deck:startup-modules: floating-vue no longer defines function recomputeAllPoppers(); see scripts/build/rewrites/startupModules.ts')
  return `${source}\nimport { floatingVueLoaded as deckFloatingVueLoaded } from '${POPPERS_REGISTRY}'\ndeckFloatingVueLoaded(recomputeAllPoppers)\n`
}

/**
 * The imports, before Vite resolves them and Vue compiles them (pre). A build
 * with floating-vue in it whose module was not rewritten (its file moved in an
 * upgrade) stops: the registry would wait for it forever, and poppers would no
 * longer follow a slide's scale.
 */
function importsRewritten(): Plugin {
  let floatingVueRewritten = false
  return {
    name: 'deck:startup-modules:imports',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      floatingVueRewritten = false
    },
    resolveId(source, importer) {
      if (!importer)
        return undefined
      if (source === '@slidev/parser/core' && RANGE_UTILS_IMPORTER.test(importer))
        return this.resolve('@slidev/parser/utils', importer, { skipSelf: true })
      if ((source === 'floating-vue' && POPPER_RECOMPUTERS.some(file => file.test(importer))) || source === POPPERS_REGISTRY)
        return POPPERS_REGISTRY_ID
      return undefined
    },
    load(id) {
      return id === POPPERS_REGISTRY_ID ? POPPERS_REGISTRY_CODE : undefined
    },
    transform(code, id) {
      if (NAV_CONTROLS.test(id) && !id.includes('?'))
        return settingsOnDemand(code)
      if (FLOATING_VUE.test(id)) {
        floatingVueRewritten = true
        return floatingVueRegistering(code)
      }
      return undefined
    },
    buildEnd(error) {
      const ids = [...this.getModuleIds()]
      if (!error && !floatingVueRewritten && ids.includes(POPPERS_REGISTRY_ID) && ids.some(id => /\/node_modules\/floating-vue\//.test(id)))
        this.error('deck:startup-modules: floating-vue is in the build but its module was not rewritten to register recomputeAllPoppers (its file is no longer dist/floating-vue.mjs?); see scripts/build/rewrites/startupModules.ts')
    },
  }
}

/** Two plugins: the alias changes once Slidev's config is in (post), the imports before Vite resolves them and Vue compiles them (pre). */
export function startupModules(): Plugin[] {
  return [
    {
      name: 'deck:startup-modules:runtime-only-vue',
      enforce: 'post',
      apply: 'build',
      config(config) {
        const aliases = config.resolve?.alias
        if (!Array.isArray(aliases) || !aliases.some(alias => alias.find === 'vue' && VUE_FULL_BUILD.test(alias.replacement)))
          throw new Error('deck:startup-modules: Slidev no longer aliases vue to vue/dist/vue.esm-bundler.js; see scripts/build/rewrites/startupModules.ts')
        config.resolve!.alias = runtimeOnlyVue(aliases)
      },
    },
    importsRewritten(),
  ]
}
