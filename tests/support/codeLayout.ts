import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix, relative, sep } from 'node:path'
import ts from 'typescript'

/**
 * The layout rules of scripts/ (scripts/README.md) as pure functions over
 * paths and source text, so that each can be shown failing on a made-up case.
 */

export const SOURCE_FILE = /\.(?:[cm]?[jt]s|vue)$/
export const MAX_SOURCE_FILES = 12
export const MAX_FUNCTION_LINES = 100

/** Every folder under `root` (itself included), as paths relative to `root` ('' for root). */
export function foldersUnder(root: string, folder = ''): string[] {
  const here = join(root, folder)
  const children = readdirSync(here).filter(name => statSync(join(here, name)).isDirectory())
  return [folder, ...children.flatMap(name => foldersUnder(root, folder ? `${folder}/${name}` : name))]
}

export function sourceFilesIn(root: string, folder: string): string[] {
  const here = join(root, folder)
  return readdirSync(here).filter(name => SOURCE_FILE.test(name) && statSync(join(here, name)).isFile())
}

const RELATIVE_IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g

/** The relative specifiers a file imports, statically or dynamically. */
export function relativeImports(source: string): string[] {
  return [...source.matchAll(RELATIVE_IMPORT)].map(match => match[1] ?? match[2])
}

/** `export/pdf/printPdf` for `export/pdf/printPdf.ts` or `export/pdf/printPdf`; `export/index` for `export/index.ts`. */
function withoutExtension(path: string): string {
  return path.replace(/\.ts$/, '')
}

/**
 * The capability a file belongs to, from its path relative to scripts/: its
 * first folder, or for a command at the top the capability of its name.
 */
export function capabilityOf(file: string): string {
  const parts = file.split('/')
  return parts.length > 1 ? parts[0] : withoutExtension(parts[0])
}

/** The folder a file counts as being in: a command at the top counts as being in its capability's folder. */
function homeFolder(file: string): string {
  const parts = file.split('/')
  return parts.length > 1 ? parts.slice(0, -1).join('/') : withoutExtension(parts[0])
}

/**
 * Why importing `target` from `file` breaks the rules, or undefined when it
 * does not. Both are paths relative to scripts/, `target` resolved;
 * `mayImport` lists the capabilities the importer's README allows.
 */
export function importViolation(file: string, target: string, mayImport: readonly string[]): string | undefined {
  const from = capabilityOf(file)
  const to = target.split('/').length > 1 ? target.split('/')[0] : undefined
  const targetFolder = posix.dirname(target)
  const isEntry = posix.basename(withoutExtension(target)) === 'index'
  if (to === undefined)
    return `${file} imports the command ${target}: commands are entry points, nothing imports them`
  if (to !== from) {
    if (!mayImport.includes(to))
      return `${file} imports ${target}, but ${from}'s README does not list ${to} under "May import"`
    if (withoutExtension(target) !== `${to}/index`)
      return `${file} reaches into ${to} past its entry module: import ${to}/index.ts instead of ${target}`
    return undefined
  }
  const home = homeFolder(file)
  const isAbove = home === targetFolder || home.startsWith(`${targetFolder}/`)
  if (isAbove || isEntry)
    return undefined
  return `${file} reaches into ${targetFolder}/ past its entry module: import ${targetFolder}/index.ts instead of ${target}`
}

/** The capabilities a README allows under its "May import:" line ("nothing" allows none). */
export function mayImportOf(readme: string, capabilities: readonly string[]): string[] | undefined {
  const line = /^May import:(.*(?:\n(?!\n).*)*)/m.exec(readme)?.[1]
  if (line === undefined)
    return undefined
  const words = new Set(line.replace(/`/g, ' ').split(/[^\w-]+/))
  return capabilities.filter(name => words.has(name))
}

export interface LongFunction {
  name: string
  line: number
  lines: number
}

/** Functions, methods and arrow functions that run over `limit` lines, signature to closing brace. */
export function longFunctions(fileName: string, source: string, limit = MAX_FUNCTION_LINES): LongFunction[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true)
  const found: LongFunction[] = []
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line
      const last = file.getLineAndCharacterOfPosition(node.getEnd()).line
      if (last - first + 1 > limit)
        found.push({ name: functionName(node), line: first + 1, lines: last - first + 1 })
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

function functionName(node: ts.SignatureDeclaration): string {
  if (node.name)
    return node.name.getText()
  const parent = node.parent
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent))
    return parent.name.getText()
  return '(anonymous)'
}

/** `path` relative to `root`, with forward slashes. */
export function relativePath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/')
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8')
}
