import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { PNG } from 'pngjs'

export async function openPdf(path: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise
}

/** A page's text with white space removed: CJK text is split into many runs, so compare without it. */
export async function pageText(doc: PDFDocumentProxy, pageNo: number): Promise<string> {
  const content = await (await doc.getPage(pageNo)).getTextContent()
  return content.items.map(item => ('str' in item ? item.str : '')).join('').replace(/\s+/g, '')
}

export function compact(text: string): string {
  return text.replace(/\s+/g, '')
}

export interface OutlineEntry {
  title: string
  children: OutlineEntry[]
}

export async function outline(doc: PDFDocumentProxy): Promise<OutlineEntry[]> {
  const convert = (items: Awaited<ReturnType<PDFDocumentProxy['getOutline']>>): OutlineEntry[] =>
    (items ?? []).map(item => ({ title: item.title, children: convert(item.items) }))
  return convert(await doc.getOutline())
}

/** The 1-based pages that a page's links jump to. */
export async function linkTargets(doc: PDFDocumentProxy, pageNo: number): Promise<number[]> {
  const annotations = await (await doc.getPage(pageNo)).getAnnotations()
  const targets: number[] = []
  for (const annotation of annotations.filter(a => a.subtype === 'Link' && a.dest)) {
    const dest = typeof annotation.dest === 'string' ? await doc.getDestination(annotation.dest) : annotation.dest
    targets.push(await doc.getPageIndex(dest![0]) + 1)
  }
  return targets
}

/** The alternative texts of the figures tagged on a page. */
export async function figureAlts(doc: PDFDocumentProxy, pageNo: number): Promise<string[]> {
  const alts: string[] = []
  const walk = (node: any) => {
    if (!node)
      return
    if (node.role === 'Figure' && node.alt)
      alts.push(node.alt)
    node.children?.forEach(walk)
  }
  walk(await (await doc.getPage(pageNo)).getStructTree())
  return alts
}

export function pdfInfo(path: string): Record<string, string> {
  const lines = execFileSync('pdfinfo', [path], { encoding: 'utf8' }).split('\n')
  return Object.fromEntries(lines.filter(line => line.includes(':')).map(line => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]))
}

export interface PdfFont {
  name: string
  type: string
  embedded: boolean
  subset: boolean
}

export function pdfFonts(path: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2)
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/)
    const [emb, sub] = columns.slice(-5, -3)
    return { name: columns[0], type: columns.slice(1, -7).join(' '), embedded: emb === 'yes', subset: sub === 'yes' }
  })
}

/** Renders one PDF page to pixels with poppler at `dpi`. */
export function renderPdfPage(path: string, pageNo: number, dpi = 72): PNG {
  const folder = mkdtempSync(join(tmpdir(), 'pdf-page-'))
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(pageNo), '-l', String(pageNo), '-png', '-singlefile', path, join(folder, 'page')])
    return PNG.sync.read(readFileSync(join(folder, 'page.png')))
  }
  finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

export interface Box { x: number, y: number, width: number, height: number }

/** The share of pixels inside `box` that differ clearly from the pixel at the image's top-left corner (the slide background). */
export function paintedShare(image: PNG, box: Box): number {
  const at = (x: number, y: number) => (image.width * y + x) << 2
  const background = image.data.subarray(at(1, 1), at(1, 1) + 3)
  let painted = 0
  let total = 0
  for (let y = Math.floor(box.y); y < Math.min(image.height, box.y + box.height); y++) {
    for (let x = Math.floor(box.x); x < Math.min(image.width, box.x + box.width); x++) {
      const i = at(x, y)
      total++
      if (Math.abs(image.data[i] - background[0]) + Math.abs(image.data[i + 1] - background[1]) + Math.abs(image.data[i + 2] - background[2]) > 60)
        painted++
    }
  }
  return total === 0 ? 0 : painted / total
}
