import type { PDFObject } from 'pdf-lib'
import { execFile, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFString, PDFHexString, decodePDFRawStream } from 'pdf-lib'
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { STANDARD_STRUCTURE_TYPES } from '../../scripts/export/pdf/structureTypes'
import { openPdf } from './pdfInspect'

/**
 * Reads a PDF the way a PDF/UA checker does, for the points of the Matterhorn
 * Protocol that a machine can decide. Each function returns the problems it
 * finds, in words, so a failing test names every one.
 */

export interface StructNode {
  /** The standard type, after the RoleMap. */
  role: string
  /** The type as written (`/S`). */
  written: string
  alt?: string
  children: StructNode[]
}

export interface PdfFacts {
  catalog: { lang?: string, marked: boolean, suspects: boolean, displayDocTitle: boolean, hasOutline: boolean, metadataXml?: string }
  info: Record<string, string>
  pageTabs: Array<string | undefined>
  /** Each link annotation's page and its /Contents. */
  links: Array<{ page: number, contents?: string }>
  roleMap: Record<string, string>
  tree?: StructNode
}

function text(object: PDFObject | undefined): string | undefined {
  if (object instanceof PDFString || object instanceof PDFHexString)
    return object.decodeText()
  if (object instanceof PDFName)
    return object.decodeText()
  return undefined
}

export async function readPdfFacts(path: string): Promise<PdfFacts> {
  const document = await PDFDocument.load(readFileSync(path), { updateMetadata: false })
  const { catalog, context } = document
  const lookup = (object: PDFObject | undefined) => object instanceof PDFRef ? context.lookup(object) : object
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  const preferences = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict)
  const outlines = catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const metadata = lookup(catalog.get(PDFName.of('Metadata')))
  const infoDict = lookup(context.trailerInfo.Info) as PDFDict | undefined
  const info: Record<string, string> = {}
  for (const [key, value] of infoDict?.entries() ?? [])
    info[key.decodeText()] = text(value) ?? ''
  const root = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  const roleMap: Record<string, string> = {}
  for (const [key, value] of root?.lookupMaybe(PDFName.of('RoleMap'), PDFDict)?.entries() ?? [])
    roleMap[key.decodeText()] = text(value) ?? ''
  const seen = new Set<PDFObject>()
  const build = (object: PDFObject | undefined, into: StructNode) => {
    const value = lookup(object)
    if (!value || seen.has(value))
      return
    seen.add(value)
    if (value instanceof PDFArray) {
      value.asArray().forEach(item => build(item, into))
    }
    else if (value instanceof PDFDict) {
      const type = text(value.get(PDFName.of('S')))
      if (!type)
        return // a marked-content or object reference
      const node: StructNode = { role: roleMap[type] ?? type, written: type, alt: text(value.get(PDFName.of('Alt'))), children: [] }
      into.children.push(node)
      build(value.get(PDFName.of('K')), node)
    }
  }
  let tree: StructNode | undefined
  if (root) {
    tree = { role: 'StructTreeRoot', written: 'StructTreeRoot', children: [] }
    build(root.get(PDFName.of('K')), tree)
  }
  return {
    catalog: {
      lang: text(catalog.get(PDFName.of('Lang'))),
      marked: markInfo?.get(PDFName.of('Marked')) === PDFBool.True,
      suspects: markInfo?.get(PDFName.of('Suspects')) === PDFBool.True,
      displayDocTitle: preferences?.get(PDFName.of('DisplayDocTitle')) === PDFBool.True,
      hasOutline: !!outlines?.get(PDFName.of('First')),
      metadataXml: metadata instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(metadata).decode()).toString('utf8') : undefined,
    },
    info,
    pageTabs: document.getPages().map(page => text(page.node.get(PDFName.of('Tabs')))),
    roleMap,
    links: document.getPages().flatMap((page, index) => (page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? [])
      .map(ref => lookup(ref))
      .filter((annotation): annotation is PDFDict => annotation instanceof PDFDict && annotation.get(PDFName.of('Subtype')) === PDFName.of('Link'))
      .map(annotation => ({ page: index + 1, contents: text(annotation.get(PDFName.of('Contents'))) }))),
    tree,
  }
}

function unescapeXml(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&')
}

/** The text of an XMP property, or of its first `rdf:li`. */
export function xmpValue(xml: string, property: string): string | undefined {
  const match = new RegExp(`<${property}(?:\\s[^>]*)?>([\\s\\S]*?)</${property}>`).exec(xml)
  if (!match)
    return undefined
  const item = /<rdf:li(?:\s[^>]*)?>([\s\S]*?)<\/rdf:li>/.exec(match[1])
  return unescapeXml((item ? item[1] : match[1]).trim())
}

/** Matterhorn 06 (metadata) and 07 (dictionary): PDF/UA identifier, title, language, matching Info. */
export function metadataProblems(facts: PdfFacts, expected: { title: string, lang: string }): string[] {
  const problems: string[] = []
  const xml = facts.catalog.metadataXml
  if (!xml)
    return ['06-001 no XMP metadata stream in the catalog']
  if (xmpValue(xml, 'pdfuaid:part') !== '1')
    problems.push('06-002 XMP has no pdfuaid:part 1')
  const pairs: Array<[string, string | undefined, string | undefined]> = [
    ['dc:title', xmpValue(xml, 'dc:title'), facts.info.Title],
    ['dc:creator', xmpValue(xml, 'dc:creator'), facts.info.Author],
    ['dc:description', xmpValue(xml, 'dc:description'), facts.info.Subject],
    ['pdf:Keywords', xmpValue(xml, 'pdf:Keywords'), facts.info.Keywords],
    ['xmp:CreatorTool', xmpValue(xml, 'xmp:CreatorTool'), facts.info.Creator],
    ['pdf:Producer', xmpValue(xml, 'pdf:Producer'), facts.info.Producer],
    ['dc:language', xmpValue(xml, 'dc:language'), facts.catalog.lang],
  ]
  for (const [name, inXmp, inInfo] of pairs) {
    if (!inXmp)
      problems.push(`06-003 XMP has no ${name}`)
    else if (inXmp !== inInfo)
      problems.push(`XMP ${name} "${inXmp}" differs from the document's "${inInfo}"`)
  }
  if (facts.info.Title !== expected.title)
    problems.push(`06-003 title "${facts.info.Title}" is not "${expected.title}"`)
  if (facts.catalog.lang !== expected.lang)
    problems.push(`11-006 catalog /Lang "${facts.catalog.lang}" is not "${expected.lang}"`)
  return problems
}

/** ISO 14289-1 7.1 (Marked; Matterhorn 01-007 Suspects), 07-001/07-002 (DisplayDocTitle), 7.18.3 (/Tabs /S), 7.18.5 (link /Contents), the outline. */
export function catalogProblems(facts: PdfFacts): string[] {
  const problems: string[] = []
  if (!facts.catalog.marked)
    problems.push('7.1 /MarkInfo /Marked is not true')
  if (facts.catalog.suspects)
    problems.push('01-007 /MarkInfo /Suspects is true')
  for (const link of facts.links.filter(item => !item.contents?.trim()))
    problems.push(`7.18.5 a link on page ${link.page} has no /Contents`)
  if (!facts.catalog.displayDocTitle)
    problems.push('07-001/07-002 /ViewerPreferences /DisplayDocTitle is not true')
  if (!facts.catalog.hasOutline)
    problems.push('the PDF has no outline')
  if (!facts.tree)
    problems.push('7.1 no structure tree')
  facts.pageTabs.forEach((tabs, index) => {
    if (tabs !== 'S')
      problems.push(`7.18.3 page ${index + 1} has /Tabs ${tabs ?? 'missing'}, not /S`)
  })
  return problems
}

export function walk(node: StructNode, visit: (node: StructNode, parent: StructNode) => void): void {
  for (const child of node.children) {
    visit(child, node)
    walk(child, visit)
  }
}

/** Matterhorn 02 (role mapping), 13 (graphics), 14 (headings), 09-005 list structure. */
export function structureProblems(facts: PdfFacts): string[] {
  const problems: string[] = []
  if (!facts.tree)
    return ['7.1 no structure tree']
  for (const [from, to] of Object.entries(facts.roleMap)) {
    if (STANDARD_STRUCTURE_TYPES.has(from))
      problems.push(`02-004 RoleMap remaps the standard type ${from}`)
    if (!STANDARD_STRUCTURE_TYPES.has(to))
      problems.push(`02-001 RoleMap maps ${from} to the non-standard ${to}`)
  }
  const headings: number[] = []
  let figures = 0
  walk(facts.tree, (node, parent) => {
    if (!STANDARD_STRUCTURE_TYPES.has(node.role))
      problems.push(`02-001 structure type ${node.written} is neither standard nor role-mapped`)
    if (node.role === 'Figure') {
      figures++
      if (!node.alt?.trim())
        problems.push(`13-004 Figure #${figures} has no alternative text`)
    }
    const level = /^H([1-6])$/.exec(node.role)
    if (level)
      headings.push(Number(level[1]))
    if (node.role === 'H')
      problems.push('14 a generic H among numbered headings')
    if (node.role === 'LI' && parent.role !== 'L')
      problems.push(`09-005 LI inside ${parent.role}, not L`)
    if (node.role === 'Lbl' && parent.role !== 'LI')
      problems.push(`09-005 Lbl inside ${parent.role}, not LI`)
    if (node.role === 'LI' && node.children.some(child => !['Lbl', 'LBody'].includes(child.role)))
      problems.push(`09-005 LI holds ${node.children.map(child => child.role).join(', ')}, not Lbl and LBody`)
    if (node.role === 'L' && node.children.some(child => !['LI', 'L', 'Caption'].includes(child.role)))
      problems.push(`09-005 L holds ${node.children.map(child => child.role).join(', ')}`)
  })
  if (headings.length === 0)
    problems.push('14 no headings at all')
  else if (headings[0] !== 1)
    problems.push(`14-002 the first heading is H${headings[0]}, not H1`)
  headings.forEach((level, index) => {
    if (index > 0 && level > headings[index - 1] + 1)
      problems.push(`14-003 heading ${index + 1} skips from H${headings[index - 1]} to H${level}`)
  })
  return problems
}

const PAINTING = new Set<number>([
  OPS.fill, OPS.eoFill, OPS.stroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
  OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText,
  OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.shadingFill,
])

export interface PageMarks {
  /** Painting operations outside any marked content (Matterhorn 01-005). */
  unmarked: number
  /** Text items, each with whether it lies in an Artifact and its MCID-tagged ancestor, if any. */
  texts: Array<{ str: string, artifact: boolean, tagged: boolean }>
}

/** How each page's marks sit in marked content, read with pdf.js (a parser independent of the exporter's). */
export async function pageMarks(path: string): Promise<PageMarks[]> {
  const doc = await openPdf(path)
  const pages: PageMarks[] = []
  for (let no = 1; no <= doc.numPages; no++) {
    const page = await doc.getPage(no)
    const operators = await page.getOperatorList()
    let depth = 0
    let unmarked = 0
    operators.fnArray.forEach((fn, index) => {
      if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps)
        depth++
      else if (fn === OPS.endMarkedContent)
        depth--
      else if (depth === 0 && (PAINTING.has(fn) || (fn === OPS.constructPath && operators.argsArray[index][0] !== OPS.endPath)))
        unmarked++
    })
    const content = await page.getTextContent({ includeMarkedContent: true })
    const stack: Array<'artifact' | 'tagged' | 'other'> = []
    const texts: PageMarks['texts'] = []
    for (const item of content.items) {
      // pdf.js reports the marked content's tag at run time; its typings omit it.
      const tag = (item as { tag?: string }).tag
      if ('type' in item && item.type === 'beginMarkedContent')
        stack.push(tag === 'Artifact' ? 'artifact' : 'other')
      else if ('type' in item && item.type === 'beginMarkedContentProps')
        stack.push(tag === 'Artifact' ? 'artifact' : item.id ? 'tagged' : 'other')
      else if ('type' in item && item.type === 'endMarkedContent')
        stack.pop()
      else if ('str' in item && item.str.trim())
        texts.push({ str: item.str, artifact: stack.includes('artifact'), tagged: stack.includes('tagged') })
    }
    pages.push({ unmarked, texts })
  }
  return pages
}

/** Matterhorn 01-005 and 01-003/01-004: every mark is tagged content or an artifact, never both. */
export function markProblems(pages: PageMarks[]): string[] {
  const problems: string[] = []
  pages.forEach((page, index) => {
    if (page.unmarked > 0)
      problems.push(`01-005 page ${index + 1}: ${page.unmarked} painting operations neither tagged nor artifact`)
    for (const item of page.texts) {
      if (!item.artifact && !item.tagged)
        problems.push(`01-005 page ${index + 1}: text "${item.str}" neither tagged nor artifact`)
      if (item.artifact && item.tagged)
        problems.push(`01-004 page ${index + 1}: text "${item.str}" tagged inside an artifact`)
    }
  })
  return problems
}

export interface PopplerNode {
  role: string
  text: string
  children: PopplerNode[]
}

/**
 * The tag tree with its text as poppler reads it (`pdfinfo -struct-text`,
 * RoleMap applied). Unlike pdf.js, poppler follows marked content inside
 * Form XObjects, which Chromium draws a transformed element into.
 */
export async function popplerTree(path: string): Promise<PopplerNode> {
  // A process of its own: the caller can read other things while poppler works.
  const { stdout } = await promisify(execFile)('pdfinfo', ['-struct-text', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const lines = stdout.split('\n')
  const root: PopplerNode = { role: 'StructTreeRoot', text: '', children: [] }
  const stack: Array<{ indent: number, node: PopplerNode }> = [{ indent: -1, node: root }]
  for (const line of lines) {
    const indent = line.length - line.trimStart().length
    const textLine = /^\s*"(.*)"\s*$/.exec(line)
    const elementLine = /^\s*([A-Za-z][\w]*)(?: \((?:block|inline)\))?:?\s*$/.exec(line)
    if (!textLine && !elementLine)
      continue
    while (stack.length > 1 && stack[stack.length - 1].indent >= indent)
      stack.pop()
    const parent = stack[stack.length - 1].node
    if (textLine) {
      parent.text += textLine[1]
    }
    else {
      const node: PopplerNode = { role: elementLine![1], text: '', children: [] }
      parent.children.push(node)
      stack.push({ indent, node })
    }
  }
  return root
}

/** All text under a node, white space removed. */
export function textOf(node: PopplerNode): string {
  return (node.text + node.children.map(textOf).join('')).replace(/\s+/g, '')
}

export function popplerNodes(node: PopplerNode, role: string): PopplerNode[] {
  return node.children.flatMap(child => [...(child.role === role ? [child] : []), ...popplerNodes(child, role)])
}

/** Poppler's complaints about the structure tree (e.g. an unknown type it drops with its text). */
export function popplerStructErrors(path: string): string[] {
  const result = spawnSync('pdfinfo', ['-struct', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return [...new Set(result.stderr.split('\n').filter(line => line.trim()))]
}

export interface ReadingItem {
  /** The item's text, white space removed; a Figure with alternative text reads as its alt. */
  text: string
  /** Roles from the page's outermost element down to the item's own. */
  roles: string[]
  figureAlt?: string
}

/**
 * A page's tag tree in reading order, as a screen reader walks it (pdf.js,
 * RoleMap applied, Figure alt texts included). pdf.js does not follow marked
 * content inside Form XObjects, so this suits pages drawn without them.
 */
export async function pageReading(doc: Awaited<ReturnType<typeof openPdf>>, pageNo: number): Promise<ReadingItem[]> {
  const page = await doc.getPage(pageNo)
  const content = await page.getTextContent({ includeMarkedContent: true })
  const textById = new Map<string, string>()
  let current: string | undefined
  for (const item of content.items) {
    if ('type' in item && item.type === 'beginMarkedContentProps' && item.id)
      current = item.id
    else if ('type' in item && item.type === 'endMarkedContent')
      current = undefined
    else if ('str' in item && current)
      textById.set(current, (textById.get(current) ?? '') + item.str)
  }
  const items: ReadingItem[] = []
  const visit = (node: any, roles: string[]) => {
    const here = node.role ? [...roles, node.role] : roles
    if (node.role === 'Figure' && node.alt) {
      items.push({ text: node.alt.replace(/\s+/g, ''), roles: here, figureAlt: node.alt })
      return
    }
    // The marks of one element read as one text: Chromium tags each text node as a NonStruct of its own,
    // and a line's phrases (cut at <wbr>) are text nodes of their own.
    let text = ''
    const flush = () => {
      if (text)
        items.push({ text, roles: here })
      text = ''
    }
    const marks = (child: any): any[] | undefined => child.type === 'content'
      ? [child]
      : child.role === 'NonStruct' && child.children?.length && child.children.every((grandchild: any) => grandchild.type === 'content') ? child.children : undefined
    for (const child of node.children ?? []) {
      const leaf = marks(child)
      if (leaf) {
        text += leaf.map(mark => (textById.get(mark.id) ?? '').replace(/\s+/g, '')).join('')
        continue
      }
      flush()
      visit(child, here)
    }
    flush()
  }
  visit(await page.getStructTree(), [])
  return items
}
