import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { capabilityOf, foldersUnder, importViolation, longFunctions, MAX_SOURCE_FILES, mayImportOf, readText, relativeImports, relativePath, sourceFilesIn } from '../support/codeLayout'

/** scripts/ by capability (scripts/README.md): small folders, entry modules, imports as each README allows, short functions. */

const ROOT = resolve(import.meta.dirname, '../..')
const SCRIPTS = join(ROOT, 'scripts')
const folders = foldersUnder(SCRIPTS)
const capabilities = folders.filter(folder => folder && !folder.includes('/'))
const files = folders.flatMap(folder => sourceFilesIn(SCRIPTS, folder).map(name => folder ? `${folder}/${name}` : name))

function resolveImport(file: string, specifier: string): string | undefined {
  const target = resolve(SCRIPTS, dirname(file), specifier)
  const path = [target, `${target}.ts`, join(target, 'index.ts')].find(candidate => existsSync(candidate) && candidate.endsWith('.ts'))
  return path && path.startsWith(`${SCRIPTS}/`) ? relativePath(SCRIPTS, path) : undefined
}

describe('scripts/ by capability', () => {
  it('has capability folders and commands', () => {
    expect(capabilities).toEqual(expect.arrayContaining(['build', 'export', 'browser', 'rehearsal', 'bench', 'project']))
    expect(files).toContain('export.ts')
  })

  it(`holds at most ${MAX_SOURCE_FILES} source files in any folder`, () => {
    const crowded = folders.map(folder => `scripts/${folder}: ${sourceFilesIn(SCRIPTS, folder).length}`).filter(line => Number(line.split(': ')[1]) > MAX_SOURCE_FILES)
    expect(crowded).toEqual([])
  })

  it('opens every folder with a README, every capability with an entry module and a "May import" line', () => {
    const missing = folders.filter(folder => !existsSync(join(SCRIPTS, folder, 'README.md'))).map(folder => `scripts/${folder}/README.md`)
    for (const capability of capabilities) {
      if (!existsSync(join(SCRIPTS, capability, 'index.ts')))
        missing.push(`scripts/${capability}/index.ts`)
      const readme = join(SCRIPTS, capability, 'README.md')
      if (existsSync(readme) && mayImportOf(readText(readme), capabilities) === undefined)
        missing.push(`a "May import:" line in scripts/${capability}/README.md`)
    }
    expect(missing).toEqual([])
  })

  it('reaches another capability only through its entry module, and only as its README allows', () => {
    const allowed = new Map(capabilities.map(capability => [capability, mayImportOf(readText(join(SCRIPTS, capability, 'README.md')), capabilities) ?? []]))
    // A command at the top may use any capability, through its entry module.
    const violations = files.flatMap(file => relativeImports(readText(join(SCRIPTS, file))).flatMap((specifier) => {
      const target = resolveImport(file, specifier)
      if (!target)
        return []
      const mayImport = file.includes('/') ? allowed.get(capabilityOf(file)) ?? [] : capabilities
      return importViolation(file, target, mayImport) ?? []
    }))
    expect(violations).toEqual([])
  })

  it('is described folder by folder in the structure table of docs/structure.md', () => {
    const rows = readText(join(ROOT, 'docs/structure.md')).split('\n').filter(line => line.startsWith('| `scripts/')).map(line => /^\| `(scripts\/[^`]*)`/.exec(line)![1])
    expect(rows).toEqual(expect.arrayContaining(['scripts/', ...capabilities.map(capability => `scripts/${capability}/`)]))
    const gone = rows.filter(row => !existsSync(join(ROOT, row)))
    expect(gone).toEqual([])
  })

  it('has no function over 100 lines', () => {
    const long = [...files.map(file => `scripts/${file}`), 'vite.config.ts'].flatMap(file =>
      longFunctions(file, readText(join(ROOT, file))).map(fn => `${file}:${fn.line} ${fn.name} (${fn.lines} lines)`))
    expect(long).toEqual([])
  }, 30_000)
})

describe('the layout rules', () => {
  it('let a file import its own folder and the folders above it', () => {
    expect(importViolation('export/live/liveExport.ts', 'export/live/hotSettle.ts', [])).toBeUndefined()
    expect(importViolation('export/live/liveExport.ts', 'export/deckBuild.ts', [])).toBeUndefined()
    expect(importViolation('export.ts', 'export/deckBuild.ts', [])).toBeUndefined()
  })

  it('let a file reach a folder below, or another capability, only through its index.ts', () => {
    expect(importViolation('export/handout.ts', 'export/pdf/index.ts', [])).toBeUndefined()
    expect(importViolation('export/handout.ts', 'export/pdf/pdfMetadata.ts', [])).toMatch(/export\/pdf\/ past its entry module/)
    expect(importViolation('export/live/liveExport.ts', 'browser/index.ts', ['browser'])).toBeUndefined()
    expect(importViolation('export/live/liveExport.ts', 'browser/findBrowser.ts', ['browser'])).toMatch(/browser past its entry module: import browser\/index\.ts/)
    expect(importViolation('export.ts', 'export/pptx/pptxExport.ts', [])).toMatch(/export\/pptx\/ past its entry module/)
  })

  it('let a capability import only the capabilities its README lists', () => {
    expect(importViolation('build/rehearsalPlugin.ts', 'export/index.ts', ['rehearsal'])).toMatch(/does not list export/)
  })

  it('let nothing import a command', () => {
    expect(importViolation('export/deckBuild.ts', 'export.ts', [])).toMatch(/the command export\.ts/)
  })

  it('read a README\'s "May import" line', () => {
    expect(mayImportOf('# x\n\nMay import: `project`, browser, and the deck\'s\ncode in `components/`.\n', ['build', 'project', 'browser'])).toEqual(['project', 'browser'])
    expect(mayImportOf('May import: nothing else in scripts/.', ['build', 'project'])).toEqual([])
    expect(mayImportOf('# x', ['build'])).toBeUndefined()
  })

  it('find functions over the limit, arrow functions and methods included', () => {
    const body = Array.from({ length: 4 }, (_, i) => `  const a${i} = ${i}`).join('\n')
    const source = `function short() {\n${body}\n}\nconst long = () => {\n${body}\n${body}\n}\nclass C {\n  m() {\n${body}\n${body}\n  }\n}\n`
    expect(longFunctions('x.ts', source, 6)).toEqual([{ name: 'long', line: 7, lines: 10 }, { name: 'm', line: 18, lines: 10 }])
  })
})
