import { inflateSync } from 'node:zlib'
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import type { DeckInfo } from '../../scripts/project/index'
import { withMetadata } from '../../scripts/export/pdf/pdfMetadata'

const INFO: DeckInfo = { title: '测试稿', author: '作者', subject: '主题', about: ['关于'], keywords: ['甲', '乙'], lang: 'zh-CN', size: { width: 980, height: 551 }, slides: [] }

/** Each page's content streams, as pdf-lib reads them back: their filter and their data. */
async function pageStreams(bytes: Uint8Array): Promise<Array<{ filter: string, data: string }>> {
  const document = await PDFDocument.load(bytes)
  return document.getPages().flatMap((page) => {
    const contents = page.node.get(PDFName.of('Contents'))
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
    return refs.map((ref) => {
      const stream = document.context.lookup(ref as PDFRef) as PDFRawStream
      const filter = String(stream.dict.get(PDFName.of('Filter')) ?? 'none')
      return { filter, data: Buffer.from(filter === '/FlateDecode' ? inflateSync(stream.contents) : stream.contents).toString('latin1') }
    })
  })
}

describe('withMetadata', () => {
  it('marks untagged marks as artifacts in Flate-compressed and in uncompressed content streams, and writes them Flate-compressed', async () => {
    const source = await PDFDocument.create()
    // Tagged, as Chromium's PDFs are (an empty tag tree: these marks are all untagged).
    source.catalog.set(PDFName.of('StructTreeRoot'), source.context.register(source.context.obj({ Type: 'StructTreeRoot', K: [] })))
    // A Flate-compressed stream, as Chromium writes them (pdf-lib compresses what it draws)…
    source.addPage([100, 100]).drawRectangle({ x: 10, y: 10, width: 20, height: 20 })
    // …and one stored as it is, which goes through pdf-lib's own decoding.
    const plain = source.addPage([100, 100])
    plain.node.set(PDFName.of('Contents'), source.context.register(source.context.stream('0 0 5 5 re f')))
    const input = await source.save({ useObjectStreams: false })
    expect((await pageStreams(input)).map(stream => stream.filter)).toEqual(['/FlateDecode', 'none'])

    const output = await withMetadata(input, INFO)
    const streams = await pageStreams(output)
    expect(streams.map(stream => stream.filter)).toEqual(['/FlateDecode', '/FlateDecode'])
    for (const { data } of streams) {
      // The painted path (drawn as m/l/h by pdf-lib, as re here) inside an artifact.
      expect(data).toMatch(/\/Artifact BMC\n[^]*\nf\n(?:Q\n)?EMC$/)
    }
    const document = await PDFDocument.load(output)
    expect(document.getTitle()).toBe('测试稿')
    expect(document.getKeywords()).toBe('甲 乙')
  })

  it('marks the untagged marks inside a form (a drawing placed as a Form XObject) as artifacts too, once per form, keeping its dictionary', async () => {
    const drawing = await PDFDocument.create()
    drawing.addPage([50, 50]).drawRectangle({ x: 5, y: 5, width: 10, height: 10 })
    const source = await PDFDocument.create()
    source.catalog.set(PDFName.of('StructTreeRoot'), source.context.register(source.context.obj({ Type: 'StructTreeRoot', K: [] })))
    const form = await source.embedPage(drawing.getPage(0))
    // The same form on two pages: marked once.
    for (const page of [source.addPage([100, 100]), source.addPage([100, 100])])
      page.drawPage(form, { x: 10, y: 10 })
    const output = await PDFDocument.load(await withMetadata(await source.save({ useObjectStreams: false }), INFO))
    const forms = output.context.enumerateIndirectObjects().map(([, object]) => object)
      .filter((object): object is PDFRawStream => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Form'))
    expect(forms).toHaveLength(1)
    expect(forms[0].dict.get(PDFName.of('BBox'))).toBeDefined()
    expect(String(forms[0].dict.get(PDFName.of('Filter')))).toBe('/FlateDecode')
    const data = Buffer.from(inflateSync(forms[0].contents)).toString('latin1')
    expect(data.match(/\/Artifact BMC/g)).toHaveLength(1)
    expect(data).toMatch(/\/Artifact BMC\n[^]*\nf\n(?:Q\n)?EMC$/)
    // The pages draw the form as it is, not as an artifact of their own.
    for (const { data: page } of await pageStreams(await output.save({ useObjectStreams: false })))
      expect(page).toMatch(/Do/)
  })
})
