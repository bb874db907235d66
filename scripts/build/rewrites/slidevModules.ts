/**
 * Upstream: @slidev/cli `node/virtual/slides.ts` generates the slides module
 * `/@slidev/slides`, which imports each slide's metadata with
 * `import { meta as fN } from '/@slidev/slides/N/frontmatter'`.
 * SLIDES_MODULE_UPSTREAM says the same for tests/unit/slidevUpstream.test.ts.
 * Shared by notesOnDemand.ts and slideGroups.ts.
 */
import type { UpstreamShape } from './upstream.ts'

export const SLIDES_MODULE_UPSTREAM: UpstreamShape[] = [
  { package: '@slidev/cli', file: 'node/virtual/slides.ts', shape: /id: "\/@slidev\/slides"/, what: 'the slides module\'s id is `/@slidev/slides`' },
  { package: '@slidev/cli', file: 'node/virtual/slides.ts', shape: /VIRTUAL_SLIDE_PREFIX = "\/@slidev\/slides\/"/, what: 'each slide\'s modules sit under `/@slidev/slides/`' },
  { package: '@slidev/cli', file: 'node/virtual/slides.ts', shape: /import \{ meta as f\$\{no\} \} from '\$\{VIRTUAL_SLIDE_PREFIX\}\$\{no\}\/frontmatter'/, what: 'it imports slide N\'s metadata from `/@slidev/slides/N/frontmatter`' },
]

/** Slidev's generated slides module, which imports every slide's metadata and loads each slide's code. */
export const SLIDES_MODULE_ID = '/@slidev/slides'

const SLIDE_META_IMPORT = /from '\/@slidev\/slides\/(\d+)\/frontmatter'/g

/** The slide numbers whose metadata Slidev's slides module imports: every slide of the deck. */
export function slideNumbersImported(slidesModule: string): number[] {
  return [...slidesModule.matchAll(SLIDE_META_IMPORT)].map(match => Number(match[1]))
}
