import type { DeckInfo } from '../../project/index'
import type { PDFContext, PDFObject } from 'pdf-lib'
import { deflateSync, inflateSync } from 'node:zlib'
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib'
import { markUntaggedAsArtifacts } from './contentArtifacts'
import { addRoleMap, wrapListBodies } from './structureTree'
import { xmpPacket } from './xmp'

export const CREATOR_TOOL = 'Slidev + Playwright (scripts/export.ts)'

/**
 * Finishes a tagged PDF from Chromium for PDF/UA-1 where Chromium offers no
 * way to: title, author, subject, keywords and language in the Info
 * dictionary and a matching XMP packet with the PDF/UA identifier; a RoleMap
 * for the PDF 2.0 structure types Chromium writes; and the marks outside the
 * tag tree (aria-hidden footers, backgrounds, decoration) made artifacts.
 * pdf-lib rewrites the file object by object, so Chromium's tags, outline
 * and embedded font subsets pass through unchanged.
 */
export async function withMetadata(pdf: Uint8Array, info: DeckInfo, now = new Date()): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  document.setTitle(info.title, { showInWindowTitleBar: true })
  document.setAuthor(info.author)
  document.setSubject(info.subject)
  document.setKeywords(info.keywords)
  document.setCreator(CREATOR_TOOL)
  document.setCreationDate(now)
  document.setModificationDate(now)
  // The catalog's /Lang (pdf-lib writes no language into the Info dictionary).
  document.setLanguage(info.lang)
  const xmp = xmpPacket({
    title: info.title,
    author: info.author,
    subject: info.subject,
    keywords: info.keywords.join(' '),
    lang: info.lang,
    creatorTool: CREATOR_TOOL,
    producer: document.getProducer() ?? 'pdf-lib',
    created: now.toISOString(),
    modified: now.toISOString(),
  })
  const metadata = document.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' })
  document.catalog.set(PDFName.of('Metadata'), document.context.register(metadata))
  addRoleMap(document)
  wrapListBodies(document)
  describeLinks(document)
  const forms = new Set<PDFRef>()
  for (const page of document.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'))
    const list = contents instanceof PDFRef ? document.context.lookup(contents) : contents
    markArtifacts(document.context, page.node, list instanceof PDFArray ? list.asArray() : contents ? [contents] : [], forms)
  }
  return document.save({ useObjectStreams: false })
}

/**
 * PDF/UA-1 7.18.5: a link annotation describes itself in `/Contents`.
 * Chromium writes none; an in-document link says which page it opens, a web link its address.
 */
function describeLinks(document: PDFDocument): void {
  const { context } = document
  const pageRefs = document.getPages().map(page => page.ref)
  const named = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  document.getPages().forEach((page, index) => {
    page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray().forEach((ref) => {
      const annotation = context.lookup(ref)
      if (!(annotation instanceof PDFDict) || annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link') || annotation.get(PDFName.of('Contents')))
        return
      const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict)
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString)?.decodeText()
      let destination = annotation.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'))
      if (destination instanceof PDFName || destination instanceof PDFString)
        destination = named?.get(destination instanceof PDFName ? destination : PDFName.of(destination.decodeText()))
      const target = context.lookup(destination)
      const targetRef = target instanceof PDFArray ? target.get(0) : target instanceof PDFDict ? context.lookup(target.get(PDFName.of('D')), PDFArray).get(0) : undefined
      const pageNo = pageRefs.findIndex(candidate => candidate === targetRef) + 1
      if (!uri && pageNo === 0)
        throw new Error(`第 ${index + 1} 页有一个去向不明的链接 / a link on page ${index + 1} has no destination to describe`)
      annotation.set(PDFName.of('Contents'), PDFHexString.fromText(uri ? `打开链接 ${uri}` : `跳到第 ${pageNo} 页`))
    })
  })
}

/**
 * A stream's decoded data. Chromium's content streams are Flate-compressed:
 * Node's zlib inflates those (pdf-lib's own Flate decoder gives the same
 * bytes, more slowly; neither applies /DecodeParms predictors, which content
 * streams do not use); anything else goes through pdf-lib's decoders.
 */
function streamData(stream: PDFRawStream): Uint8Array {
  return stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode')
    ? inflateSync(stream.contents)
    : decodePDFRawStream(stream).decode()
}

/**
 * Marks the untagged content of a page's content streams (or a form's) as
 * artifacts, then does the same inside each Form XObject its resources hold.
 */
function markArtifacts(context: PDFContext, owner: PDFDict, contents: PDFObject[], done: Set<PDFRef>): void {
  const xobjects = owner.lookupMaybe(PDFName.of('Resources'), PDFDict)?.lookupMaybe(PDFName.of('XObject'), PDFDict)
  const forms = new Map<string, PDFRef>()
  xobjects?.entries().forEach(([name, ref]) => {
    const xobject = context.lookup(ref)
    if (ref instanceof PDFRef && xobject instanceof PDFRawStream && xobject.dict.get(PDFName.of('Subtype')) === PDFName.of('Form'))
      forms.set(name.decodeText(), ref)
  })
  for (const ref of contents) {
    // pdf-lib's lookup gives a direct object back as it is: a stream written in place (which PDF forbids) is refused too.
    const stream = context.lookup(ref)
    if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream))
      throw new Error('页面内容流不是可改写的流 / a page content stream is not a stream object')
    const text = Buffer.from(streamData(stream)).toString('latin1')
    // Node's zlib, not pdf-lib's flateStream (pako, in JavaScript): the same Deflate, about four times faster on a deck's pages.
    const data = deflateSync(Buffer.from(markUntaggedAsArtifacts(text, new Set(forms.keys())), 'latin1'))
    // A form keeps its dictionary (BBox, Resources, StructParents…): only its data and how it is encoded change
    // (pdf-lib writes /Length from the data).
    stream.dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'))
    stream.dict.delete(PDFName.of('DecodeParms'))
    context.assign(ref, PDFRawStream.of(stream.dict, data))
  }
  for (const ref of forms.values()) {
    if (done.has(ref))
      continue
    done.add(ref)
    markArtifacts(context, (context.lookup(ref) as PDFRawStream).dict, [ref], done)
  }
}
