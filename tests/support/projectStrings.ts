import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

/**
 * The project's own Chinese strings, as readers meet them in messages,
 * reports, titles and the page: every string literal and template text of
 * the code in components/, layouts/, scripts/ and setup/ (the text of .vue
 * templates too), and package.json's description. Each with its file and line.
 */

const HAN = /\p{Script=Han}/u
const FOLDERS = ['components', 'layouts', 'scripts', 'setup']
const ROOT_FILES = ['custom-nav-controls.vue', 'slide-bottom.vue']

export interface ProjectString {
  file: string
  line: number
  text: string
}

function sourceFiles(root: string): string[] {
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : /\.(?:ts|vue|cjs)$/.test(entry.name) ? [join(dir, entry.name)] : [])
  return [...FOLDERS.flatMap(folder => walk(join(root, folder))), ...ROOT_FILES.map(file => join(root, file))]
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length

/** String literals and the text parts of template literals in TypeScript `code`, each with its offset. */
export function codeStrings(code: string): Array<{ offset: number, text: string }> {
  const found: Array<{ offset: number, text: string }> = []
  const visit = (node: ts.Node, file: ts.SourceFile) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      found.push({ offset: node.getStart(file), text: node.text })
    else if (ts.isTemplateExpression(node))
      found.push({ offset: node.getStart(file), text: [node.head.text, ...node.templateSpans.map(span => `{}${span.literal.text}`)].join('') })
    if (!ts.isTemplateExpression(node))
      ts.forEachChild(node, child => visit(child, file))
  }
  const file = ts.createSourceFile('code.ts', code, ts.ScriptTarget.Latest, true)
  visit(file, file)
  return found
}

/** The prose of a .vue file's <template>: text between tags, each interpolation replaced by {}; comments dropped. */
function templateTexts(vue: string): Array<{ offset: number, text: string }> {
  const start = vue.indexOf('<template>')
  if (start < 0)
    return []
  const end = vue.lastIndexOf('</template>')
  const template = vue.slice(0, end).replace(/<!--[\s\S]*?-->/g, comment => ' '.repeat(comment.length))
  return [...template.slice(start).matchAll(/>([^<]+)</g)].map(match => ({ offset: start + match.index + 1, text: match[1].replace(/\{\{[\s\S]*?\}\}/g, '{}') }))
}

function scriptBlocks(vue: string): Array<{ offset: number, code: string }> {
  return [...vue.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(match => ({ offset: match.index + match[0].indexOf('>') + 1, code: match[1] }))
}

export function projectStrings(root: string): ProjectString[] {
  const strings: ProjectString[] = []
  for (const path of sourceFiles(root)) {
    const source = readFileSync(path, 'utf8')
    const file = relative(root, path)
    const pieces = path.endsWith('.vue')
      ? [...scriptBlocks(source).flatMap(({ offset, code }) => codeStrings(code).map(piece => ({ ...piece, offset: offset + piece.offset }))), ...templateTexts(source)]
      : codeStrings(source)
    for (const { offset, text } of pieces) {
      if (HAN.test(text))
        strings.push({ file, line: lineAt(source, offset), text })
    }
  }
  const description = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).description as string
  strings.push({ file: 'package.json', line: lineAt(readFileSync(join(root, 'package.json'), 'utf8'), readFileSync(join(root, 'package.json'), 'utf8').indexOf('"description"')), text: description })
  return strings
}
