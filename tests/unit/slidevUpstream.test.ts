import type { UpstreamShape } from '../../scripts/build/rewrites/upstream'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHART_CHUNK_UPSTREAM } from '../../scripts/build/rewrites/chartChunk'
import { KEEP_PRINT_VIEW_UPSTREAM } from '../../scripts/build/rewrites/keepPrintView'
import { NOTES_UPSTREAM } from '../../scripts/build/rewrites/notesOnDemand'
import { SLIDE_GROUPS_UPSTREAM } from '../../scripts/build/rewrites/slideGroups'
import { SLIDES_MODULE_UPSTREAM } from '../../scripts/build/rewrites/slidevModules'
import { STARTUP_MODULES_UPSTREAM } from '../../scripts/build/rewrites/startupModules'
import { UNUSED_FEATURES_UPSTREAM } from '../../scripts/build/rewrites/unusedFeatures'
import { missingShapes, regionOf, upstreamSource } from '../support/slidevUpstream'

/**
 * The plugins in scripts/build/rewrites/ rewrite code and config Slidev
 * generates. Each lists the upstream files and shapes it relies on; after an
 * upgrade of @slidev/cli, these tests name the file that changed and the
 * rewrite to look at, before a build ships slides without notes.
 */

const NODE_MODULES = resolve(import.meta.dirname, '../../node_modules')
const installed = (pkg: UpstreamShape['package'], file: string) => upstreamSource(NODE_MODULES, pkg, file)

const REWRITES: Record<string, readonly UpstreamShape[]> = {
  'scripts/build/rewrites/notesOnDemand.ts': NOTES_UPSTREAM,
  'scripts/build/rewrites/slideGroups.ts': SLIDE_GROUPS_UPSTREAM,
  'scripts/build/rewrites/slidevModules.ts': SLIDES_MODULE_UPSTREAM,
  'scripts/build/rewrites/unusedFeatures.ts': UNUSED_FEATURES_UPSTREAM,
  'scripts/build/rewrites/chartChunk.ts': CHART_CHUNK_UPSTREAM,
  'scripts/build/rewrites/keepPrintView.ts': KEEP_PRINT_VIEW_UPSTREAM,
  'scripts/build/rewrites/startupModules.ts': STARTUP_MODULES_UPSTREAM,
}

describe('the installed Slidev still has what the rewrites rely on', () => {
  for (const [rewrite, shapes] of Object.entries(REWRITES)) {
    it(rewrite, () => {
      expect(shapes.length).toBeGreaterThan(0)
      expect(missingShapes(rewrite, shapes, installed)).toEqual([])
    })
  }
})

describe('reading Slidev\'s files', () => {
  it('finds a source file\'s region in @slidev/cli\'s bundle', () => {
    expect(installed('@slidev/cli', 'node/virtual/slides.ts')).toMatch(/^\/\/#region node\/virtual\/slides\.ts\n[\s\S]*templateSlides/)
    expect(installed('@slidev/cli', 'node/no-such-file.ts')).toBeUndefined()
  })

  it('cuts a region at its end', () => {
    expect(regionOf('a\n//#region x.ts\nb\n//#endregion\n//#region y.ts\nc', 'x.ts')).toBe('//#region x.ts\nb\n')
  })
})

describe('missingShapes', () => {
  const shape: UpstreamShape = { package: '@slidev/cli', file: 'node/vite/loaders.ts', shape: /noteHTML/, what: 'the notes as noteHTML' }

  it('names the upstream file and the rewrite when the shape is gone', () => {
    expect(missingShapes('notesOnDemand.ts', [shape], () => 'notes: renderNote()')).toEqual([
      '@slidev/cli node/vite/loaders.ts changed; notesOnDemand.ts relies on: the notes as noteHTML (/noteHTML/)',
    ])
  })

  it('names a file that is gone', () => {
    expect(missingShapes('notesOnDemand.ts', [shape], () => undefined)).toEqual([
      '@slidev/cli node/vite/loaders.ts is gone; notesOnDemand.ts relies on it: the notes as noteHTML',
    ])
  })

  it('passes a file that has the shape', () => {
    expect(missingShapes('notesOnDemand.ts', [shape], () => 'noteHTML: renderNote()')).toEqual([])
  })
})
