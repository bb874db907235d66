/**
 * Upstream: @slidev/cli `node/vite/loaders.ts` writes each slide's metadata
 * module (`…__slidev_N.frontmatter`, matched by `node/vite/common.ts`) with
 * the slide's fields as one JSON line, `    ...({…, "noteHTML":"…", …}),`,
 * and `node/virtual/slides.ts` imports every one (slidevModules.ts).
 * NOTES_UPSTREAM below says the same for tests/unit/slidevUpstream.test.ts.
 *
 * Slidev's build writes every slide's rendered speaker notes (`noteHTML`) and
 * its raw frontmatter text (`frontmatterRaw`, read only by the dev server's
 * side editor) into the per-slide metadata, which sits in the start-up chunk:
 * the audience downloads every note before the first slide shows. This plugin
 * moves the notes into a chunk of their own, loaded the first time anything
 * reads a slide's `noteHTML` (the presenter, notes and notes-print views),
 * and leaves `frontmatterRaw` out of the build.
 *
 * The plugin rewrites the fields line; if Slidev ever writes the module
 * another way, the build stops with an error rather than shipping slides
 * without notes.
 */
import type { Plugin } from 'vite'
import type { UpstreamShape } from './upstream.ts'
import { slideNumbersImported, SLIDES_MODULE_ID } from './slidevModules.ts'

export const NOTES_UPSTREAM: UpstreamShape[] = [
  { package: '@slidev/cli', file: 'node/vite/common.ts', shape: /__slidev_.*frontmatter/, what: 'a slide\'s metadata module id ends in `__slidev_N.frontmatter`' },
  { package: '@slidev/cli', file: 'node/vite/loaders.ts', shape: /`    \.\.\.\(\$\{JSON\.stringify\(slideBase\)\}\),`/, what: 'the metadata module spreads the slide\'s fields on one line, `    ...({…}),`' },
  { package: '@slidev/cli', file: 'node/vite/loaders.ts', shape: /\.\.\.withRenderedNote\(slide\)[\s\S]*noteHTML: renderNote\(/, what: 'those fields hold the rendered notes as `noteHTML`' },
]

const SLIDE_META_ID = /__slidev_(\d+)\.frontmatter$/
const SLIDE_FIELDS_LINE = /^( *)\.\.\.\((\{.*\})\),$/m

export const NOTES_STATE_ID = 'virtual:deck-speaker-notes'
const NOTES_DATA_ID = 'virtual:deck-speaker-notes-data'

export interface SlideMetaWithoutNotes {
  /** The module's code, with `noteHTML` read on demand and no `frontmatterRaw`. */
  code: string
  /** The slide's rendered notes, taken out of the module. */
  noteHTML: string
}

/** Takes the notes out of one slide's metadata module (pure: code in, code out). */
export function withNotesOnDemand(code: string, slideNo: number): SlideMetaWithoutNotes {
  const line = SLIDE_FIELDS_LINE.exec(code)
  if (!line)
    throw new Error(`slide ${slideNo}: Slidev's metadata module has no "...({…})," line with the slide's fields; notesOnDemand.ts must follow Slidev's new layout`)
  const fields = JSON.parse(line[2]) as Record<string, unknown>
  if (typeof fields.noteHTML !== 'string')
    throw new Error(`slide ${slideNo}: Slidev's metadata has no noteHTML string; notesOnDemand.ts must follow Slidev's new layout`)
  const { noteHTML, frontmatterRaw: _unusedInBuild, ...kept } = fields
  const indent = line[1]
  const replaced = `${indent}...(${JSON.stringify(kept)}),\n${indent}get noteHTML() { return speakerNoteHTML(${slideNo}) },`
  return {
    code: `import { speakerNoteHTML } from '${NOTES_STATE_ID}'\n${code.slice(0, line.index)}${replaced}${code.slice(line.index + line[0].length)}`,
    noteHTML,
  }
}

/** The notes module: every slide's notes, indexed by slide number. */
export function notesModule(notes: ReadonlyMap<number, string>, slideNumbers: number[]): string {
  const missing = slideNumbers.filter(no => !notes.has(no))
  if (missing.length > 0)
    throw new Error(`speaker notes of slide(s) ${missing.join(', ')} never reached the build`)
  return `export default ${JSON.stringify(Object.fromEntries(slideNumbers.map(no => [no, notes.get(no)])))}`
}

/**
 * The state module: `speakerNoteHTML(no)` returns the slide's notes, or ''
 * until they have loaded; the first call starts the load, and the reactive
 * `loaded` makes every view that read '' render again with the notes.
 */
/** What the console says when the notes cannot be loaded. */
const NOTES_LOAD_FAILED = '演讲者备注未能加载 / the speaker notes failed to load'

const NOTES_STATE_CODE = `import { shallowRef } from 'vue'
const loaded = shallowRef(null)
let loading
export function speakerNoteHTML(no) {
  if (!loaded.value && !loading) {
    loading = import('${NOTES_DATA_ID}').then((module) => { loaded.value = module.default }, (error) => {
      loading = undefined
      console.error(${JSON.stringify(NOTES_LOAD_FAILED)}, error)
    })
  }
  return loaded.value?.[no] ?? ''
}
`

/** How long the notes module waits for Slidev's slide modules before the build stops. */
const NOTES_WAIT_MS = 60_000

export function notesOnDemand(): Plugin {
  const notes = new Map<number, string>()
  let slideNumbers: number[] | undefined
  return {
    name: 'deck:notes-on-demand',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      notes.clear()
      slideNumbers = undefined
    },
    resolveId(id) {
      return id === NOTES_STATE_ID || id === NOTES_DATA_ID ? `\0${id}` : undefined
    },
    async load(id) {
      if (id === `\0${NOTES_STATE_ID}`)
        return NOTES_STATE_CODE
      if (id !== `\0${NOTES_DATA_ID}`)
        return undefined
      // Requested as soon as one slide's metadata is transformed: wait for the others.
      const deadline = performance.now() + NOTES_WAIT_MS
      while ((!slideNumbers || slideNumbers.some(no => !notes.has(no))) && performance.now() < deadline)
        await new Promise(resolve => setTimeout(resolve, 10))
      if (!slideNumbers)
        throw new Error(`Slidev's slides module (${SLIDES_MODULE_ID}) never reached the build; notesOnDemand.ts must follow Slidev's new layout`)
      return notesModule(notes, slideNumbers)
    },
    transform(code, id) {
      if (id === SLIDES_MODULE_ID) {
        slideNumbers = slideNumbersImported(code)
        return undefined
      }
      const slide = SLIDE_META_ID.exec(id)
      if (!slide)
        return undefined
      const no = Number(slide[1])
      const { code: rewritten, noteHTML } = withNotesOnDemand(code, no)
      notes.set(no, noteHTML)
      return { code: rewritten, map: null }
    },
  }
}
