import { existsSync, readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Vite loads vite.config.ts and every project file it imports; an import
 * without a file extension there makes every start-up print a warning
 * ("unsupported by configLoader: 'native'"). Follow the config's relative
 * imports and name each one written without its extension.
 */

const ROOT = resolve(import.meta.dirname, '../..')
const RELATIVE_IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g

function relativeImports(source: string): string[] {
  return [...source.matchAll(RELATIVE_IMPORT)].map(match => match[1] ?? match[2])
}

function importsWithoutExtension(entry: string): string[] {
  const seen = new Set<string>()
  const problems: string[] = []
  const visit = (file: string) => {
    if (seen.has(file))
      return
    seen.add(file)
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), specifier)
      if (!existsSync(target)) {
        problems.push(`${relative(ROOT, file)}: "${specifier}"`)
        continue
      }
      if (/\.[cm]?[jt]s$/.test(target))
        visit(target)
    }
  }
  visit(entry)
  return problems
}

describe('the files Vite loads with its config', () => {
  it('finds relative imports, static and dynamic', () => {
    expect(relativeImports(`import a from './a'\nimport type { B } from "../b.ts"\nexport { c } from './c.js'\nconst d = await import('./d')`)).toEqual(['./a', '../b.ts', './c.js', './d'])
  })

  it('import every project file with its extension', () => {
    expect(importsWithoutExtension(resolve(ROOT, 'vite.config.ts'))).toEqual([])
  })
})
