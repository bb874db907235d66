/**
 * Upstream: @slidev/cli `node/virtual/slides.ts` writes, in the slides module,
 * `await import('/@slidev/slides/N/md')` to load slide N's code.
 * SLIDE_GROUPS_UPSTREAM says the same for tests/unit/slidevUpstream.test.ts.
 *
 * Slidev's build gives each slide's code a file of its own, loaded when the
 * slide is first shown: the print view, and so every export, fetches some
 * forty small files, six at a time. This plugin keeps the cover's file and
 * bundles the slides after it SLIDES_PER_GROUP to a file: the print view
 * loads in a few requests, and the first slide (which preloads slide 2)
 * fetches a few kilobytes more.
 *
 * Slidev's slides module loads slide N with
 * `await import('/@slidev/slides/N/md')`; the plugin points each of those
 * (N ≥ 2) at a group module that imports its slides statically, so
 * ordinary code splitting puts each group in one file.
 */
import type { Plugin } from 'vite'
import type { UpstreamShape } from './upstream.ts'
import { slideNumbersImported, SLIDES_MODULE_ID } from './slidevModules.ts'

export const SLIDE_GROUPS_UPSTREAM: UpstreamShape[] = [
  { package: '@slidev/cli', file: 'node/virtual/slides.ts', shape: /await import\('\$\{VIRTUAL_SLIDE_PREFIX\}\$\{no\}\/md'\)/, what: 'the slides module loads slide N with `await import(\'/@slidev/slides/N/md\')`' },
]

export const SLIDES_PER_GROUP = 8

const SLIDE_IMPORT = /\bimport\('\/@slidev\/slides\/(\d+)\/md'\)/g
const GROUP_PREFIX = 'virtual:deck-slides-from-'

/** The first slide of the group slide `no` (≥ 2) belongs to. */
export function groupStart(no: number): number {
  return Math.floor((no - 2) / SLIDES_PER_GROUP) * SLIDES_PER_GROUP + 2
}

/** Slidev's slides module, with slides 2 onwards loaded through their group. */
export function withSlideGroups(slidesModule: string): string {
  const rewritten = slidesModule.replace(SLIDE_IMPORT, (whole, no: string) =>
    Number(no) < 2 ? whole : `import('${GROUP_PREFIX}${groupStart(Number(no))}').then(group => group.slide${no})`)
  if (rewritten === slidesModule)
    throw new Error(`Slidev's slides module has no import('/@slidev/slides/N/md'); slideGroups.ts must follow Slidev's new layout`)
  return rewritten
}

/** A group module: slides `start` to `end` (inclusive), each as its module namespace. */
export function groupModule(start: number, end: number): string {
  return Array.from({ length: end - start + 1 }, (_, i) => start + i)
    .map(no => `export * as slide${no} from '/@slidev/slides/${no}/md'`)
    .join('\n')
}

export function slideGroups(): Plugin {
  let lastSlide = 0
  return {
    name: 'deck:slide-groups',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (id !== SLIDES_MODULE_ID)
        return undefined
      lastSlide = Math.max(0, ...slideNumbersImported(code))
      return { code: withSlideGroups(code), map: null }
    },
    resolveId(id) {
      return id.startsWith(GROUP_PREFIX) ? `\0${id}` : undefined
    },
    load(id) {
      if (!id.startsWith(`\0${GROUP_PREFIX}`))
        return undefined
      const start = Number(id.slice(GROUP_PREFIX.length + 1))
      return groupModule(start, Math.min(lastSlide, start + SLIDES_PER_GROUP - 1))
    },
  }
}
