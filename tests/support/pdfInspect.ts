import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api'
import type { PDFObject } from 'pdf-lib'
import { readFileSync, statSync } from 'node:fs'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream } from 'pdf-lib'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { PNG } from 'pngjs'

export async function openPdf(path: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise
}

/** A page's text with white space removed: CJK text is split into many runs, so compare without it. */
export async function pageText(doc: PDFDocumentProxy, pageNo: number): Promise<string> {
  const content = await (await doc.getPage(pageNo)).getTextContent()
  return content.items.map(item => ('str' in item ? item.str : '')).join('').replace(/\s+/g, '')
}

/** Every page's text, as pageText gives it, in page order. */
export async function pageTexts(doc: PDFDocumentProxy): Promise<string[]> {
  const pages: string[] = []
  for (let no = 1; no <= doc.numPages; no++)
    pages.push(await pageText(doc, no))
  return pages
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

export interface PdfSummary {
  pages: number
  /** Each page's width and height in points, as viewers show it. */
  pageSizes: Array<{ width: number, height: number }>
  /** `/MarkInfo /Marked true`: a tagged PDF. */
  tagged: boolean
  /** The document information dictionary (Title, Author, Subject, Language…). */
  info: Record<string, unknown>
  bytes: number
}

/** What poppler's `pdfinfo` prints about a PDF, read with pdf.js. */
export async function pdfSummary(path: string): Promise<PdfSummary> {
  const doc = await openPdf(path)
  const pageSizes: PdfSummary['pageSizes'] = []
  for (let no = 1; no <= doc.numPages; no++) {
    const { width, height } = (await doc.getPage(no)).getViewport({ scale: 1 })
    pageSizes.push({ width, height })
  }
  return {
    pages: doc.numPages,
    pageSizes,
    tagged: (await doc.getMarkInfo())?.Marked === true,
    info: (await doc.getMetadata()).info as Record<string, unknown>,
    bytes: statSync(path).size,
  }
}

export interface PdfFont {
  /** `/BaseFont`, with the subset tag (`ABCDEF+`) when there is one. */
  name: string
  /** `/Subtype`: Type0, TrueType, Type1, Type3… */
  type: string
  embedded: boolean
  subset: boolean
}

/**
 * Every font a PDF's pages use, as poppler's `pdffonts` lists them, read from
 * the font dictionaries with pdf-lib: those in the pages' resources and,
 * recursively, in the Form XObjects they draw (Chromium draws transformed
 * elements into forms), Type 3 glyph procedures and annotation appearances.
 * A Type0 font's file sits in its descendant CIDFont's descriptor.
 */
export async function pdfFonts(path: string): Promise<PdfFont[]> {
  const document = await PDFDocument.load(readFileSync(path), { updateMetadata: false })
  const lookup = (object: PDFObject | undefined) => object instanceof PDFRef ? document.context.lookup(object) : object
  const dict = (object: PDFObject | undefined) => {
    const value = lookup(object)
    return value instanceof PDFDict ? value : value instanceof PDFStream ? value.dict : undefined
  }
  const name = (object: PDFObject | undefined) => {
    const value = lookup(object)
    return value instanceof PDFName ? value.decodeText() : ''
  }
  const fonts: PdfFont[] = []
  const seen = new Set<PDFObject>()
  const embedded = (font: PDFDict) => {
    const descendants = lookup(font.get(PDFName.of('DescendantFonts')))
    const descendant = descendants instanceof PDFArray ? dict(descendants.get(0)) : undefined
    const descriptor = dict((descendant ?? font).get(PDFName.of('FontDescriptor')))
    return ['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor?.has(PDFName.of(key)))
  }
  const visitResources = (resources: PDFDict | undefined) => {
    if (!resources || seen.has(resources))
      return
    seen.add(resources)
    for (const [, reference] of dict(resources.get(PDFName.of('Font')))?.entries() ?? []) {
      const font = dict(reference)
      if (!font || seen.has(font))
        continue
      seen.add(font)
      const baseFont = name(font.get(PDFName.of('BaseFont')))
      const type = name(font.get(PDFName.of('Subtype')))
      // A Type 3 font has no font program: its glyphs are drawings (and the tests reject it by its type).
      fonts.push({ name: baseFont, type, embedded: type !== 'Type3' && embedded(font), subset: /^[A-Z]{6}\+/.test(baseFont) })
      if (type === 'Type3')
        visitResources(dict(font.get(PDFName.of('Resources'))))
    }
    for (const [, reference] of dict(resources.get(PDFName.of('XObject')))?.entries() ?? []) {
      const xObject = dict(reference)
      if (xObject && name(xObject.get(PDFName.of('Subtype'))) === 'Form')
        visitResources(dict(xObject.get(PDFName.of('Resources'))))
    }
  }
  for (const page of document.getPages()) {
    visitResources(page.node.Resources())
    for (const annotation of page.node.Annots()?.asArray() ?? []) {
      for (const [, appearance] of dict(dict(annotation)?.get(PDFName.of('AP')))?.entries() ?? [])
        visitResources(dict(dict(appearance)?.get(PDFName.of('Resources'))))
    }
  }
  return fonts
}

/** How many pictures a PDF draws, over all its pages, as poppler's `pdfimages -list` counts them (each drawing of an image; its soft mask not counted apart). */
export async function imageCount(path: string): Promise<number> {
  const doc = await openPdf(path)
  let count = 0
  for (let no = 1; no <= doc.numPages; no++) {
    const { fnArray, argsArray } = await (await doc.getPage(no)).getOperatorList()
    fnArray.forEach((fn, index) => {
      if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject)
        count++
      else if (fn === OPS.paintImageXObjectRepeat) // pdf.js's batch of one image drawn in many places: [id, scaleX, scaleY, positions]
        count += argsArray[index][3].length / 2
      else if (fn === OPS.paintInlineImageXObjectGroup) // a batch of small inline images: [image, map]
        count += argsArray[index][1].length
    })
  }
  return count
}

interface NodeCanvasFactory {
  create: (width: number, height: number) => { canvas: HTMLCanvasElement, context: CanvasRenderingContext2D }
}

/** Renders one page of a PDF (a path, or a document already open) to pixels with pdf.js at `dpi`, on white paper (in Node, pdf.js draws on @napi-rs/canvas, which comes with it). */
export async function renderPdfPage(pdf: string | PDFDocumentProxy, pageNo: number, dpi = 72): Promise<PNG> {
  const doc = typeof pdf === 'string' ? await openPdf(pdf) : pdf
  const page = await doc.getPage(pageNo)
  const viewport = page.getViewport({ scale: dpi / 72 })
  const { canvas, context } = (doc.canvasFactory as NodeCanvasFactory).create(Math.ceil(viewport.width), Math.ceil(viewport.height))
  await page.render({ canvas, canvasContext: context, viewport }).promise
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height)
  const image = new PNG({ width: canvas.width, height: canvas.height })
  image.data = Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength)
  return image
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
