import type { UpstreamShape } from '../../scripts/build/rewrites/upstream'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Reads a file of Slidev's as installed: @slidev/client ships its sources,
 * @slidev/cli a bundle that keeps each source file as a `//#region <file>`
 * block. undefined when the file is not there (any more).
 */
export function upstreamSource(nodeModules: string, pkg: UpstreamShape['package'], file: string): string | undefined {
  const root = join(nodeModules, pkg)
  if (pkg === '@slidev/client') {
    const path = join(root, file)
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined
  }
  const dist = join(root, 'dist')
  for (const name of readdirSync(dist).filter(name => name.endsWith('.mjs'))) {
    const region = regionOf(readFileSync(join(dist, name), 'utf8'), file)
    if (region !== undefined)
      return region
  }
  return undefined
}

/** The text of the bundle's `//#region <file>` block, up to its `//#endregion`. */
export function regionOf(bundle: string, file: string): string | undefined {
  const start = bundle.indexOf(`//#region ${file}\n`)
  if (start < 0)
    return undefined
  const end = bundle.indexOf('//#endregion', start)
  return bundle.slice(start, end < 0 ? undefined : end)
}

/** One line per shape a rewrite relies on that the upstream file no longer has, naming both. */
export function missingShapes(rewrite: string, shapes: readonly UpstreamShape[], read: (pkg: UpstreamShape['package'], file: string) => string | undefined): string[] {
  return shapes.flatMap((shape) => {
    const source = read(shape.package, shape.file)
    if (source === undefined)
      return [`${shape.package} ${shape.file} is gone; ${rewrite} relies on it: ${shape.what}`]
    return shape.shape.test(source) ? [] : [`${shape.package} ${shape.file} changed; ${rewrite} relies on: ${shape.what} (${shape.shape})`]
  })
}
