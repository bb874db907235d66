import type { PDFContext, PDFObject } from 'pdf-lib'
import { inflateSync } from 'node:zlib'
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import type { DeckInfo } from '../../scripts/project/index'
import { CREATOR_TOOL, withMetadata } from '../../scripts/export/pdf/pdfMetadata'

const INFO: DeckInfo = { title: '测试稿', author: '作者', subject: '主题', about: ['关于'], keywords: ['甲', '乙'], lang: 'zh-CN', size: { width: 980, height: 551 }, slides: [] }

/** Each page's content streams, as pdf-lib reads them back: their filter and their data. */
async function pageStreams(bytes: Uint8Array): Promise<Array<{ filter: string, data: string }>> {
  const document = await PDFDocument.load(bytes)
  return document.getPages().flatMap((page) => {
    const contents = page.node.get(PDFName.of('Contents'))
    const list = document.context.lookup(contents)
    const refs = list instanceof PDFArray ? list.asArray() : contents ? [contents] : []
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

/** A tagged PDF as a printer writes it: `build` adds its pages; `producer` names the printer (none: unnamed). */
async function printed(build: (document: PDFDocument) => void, producer?: string): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false })
  if (producer)
    document.setProducer(producer)
  document.catalog.set(PDFName.of('StructTreeRoot'), document.context.register(document.context.obj({ Type: 'StructTreeRoot', K: [] })))
  build(document)
  return document.save({ useObjectStreams: false })
}

/** A finished PDF read back as it is (pdf-lib's loading would otherwise stamp its own Producer and dates). */
async function finished(input: Uint8Array, now?: Date): Promise<PDFDocument> {
  return PDFDocument.load(await withMetadata(input, INFO, now), { updateMetadata: false })
}

/** A stream object (pdf-lib's typed lookup has no raw-stream type). */
function rawStream(context: PDFContext, ref: PDFObject | undefined): PDFRawStream {
  return context.lookup(ref) as PDFRawStream
}

function xmpOf(document: PDFDocument): { dict: PDFDict, text: string } {
  const stream = rawStream(document.context, document.catalog.get(PDFName.of('Metadata')))
  return { dict: stream.dict, text: Buffer.from(stream.contents).toString('utf8') }
}

describe('withMetadata writes the deck\'s metadata', () => {
  const NOW = new Date('2026-11-28T14:00:00.000Z')

  it('into the Info dictionary and the catalog, keeping the printer\'s Producer, with the title shown in the window', async () => {
    const output = await finished(await printed(document => document.addPage([100, 100]), 'Skia/PDF m131'), NOW)
    expect([output.getTitle(), output.getAuthor(), output.getSubject(), output.getKeywords(), output.getCreator(), output.getProducer()])
      .toEqual(['测试稿', '作者', '主题', '甲 乙', CREATOR_TOOL, 'Skia/PDF m131'])
    // The creator names the tool that made the PDF.
    expect(output.getCreator()).toMatch(/^Slidev\b.*scripts\/export\.ts/)
    expect(output.getCreationDate()).toEqual(NOW)
    expect(output.getModificationDate()).toEqual(NOW)
    expect(output.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('zh-CN')
    expect(output.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True)
  })

  it('into an XMP packet in the catalog that repeats the Info dictionary', async () => {
    const { dict, text } = xmpOf(await finished(await printed(document => document.addPage([100, 100]), 'Skia/PDF m131'), NOW))
    expect(dict.get(PDFName.of('Type'))).toBe(PDFName.of('Metadata'))
    expect(dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('XML'))
    for (const field of ['<pdf:Keywords>甲 乙</pdf:Keywords>', '<pdf:Producer>Skia/PDF m131</pdf:Producer>', '<rdf:li xml:lang="x-default">测试稿</rdf:li>',
      '<rdf:li>作者</rdf:li>', '<rdf:li xml:lang="x-default">主题</rdf:li>', '<rdf:li>zh-CN</rdf:li>', `<xmp:CreatorTool>${CREATOR_TOOL}</xmp:CreatorTool>`,
      '<xmp:CreateDate>2026-11-28T14:00:00.000Z</xmp:CreateDate>', '<xmp:ModifyDate>2026-11-28T14:00:00.000Z</xmp:ModifyDate>'])
      expect(text).toContain(field)
  })

  it('naming pdf-lib as the producer in the XMP packet when the printer named none', async () => {
    const output = await finished(await printed(document => document.addPage([100, 100])))
    expect(output.getProducer()).toBeUndefined()
    expect(xmpOf(output).text).toContain('<pdf:Producer>pdf-lib</pdf:Producer>')
  })

  it('with the tag tree made PDF 1.7: a RoleMap for the PDF 2.0 types and list items\' bodies in an LBody', async () => {
    const output = await finished(await printed((document) => {
      const { context } = document
      const element = (type: string, kids: unknown) => context.register(context.obj({ Type: 'StructElem', S: type, K: kids as never }))
      const item = element('LI', [element('Lbl', []), element('Strong', [])])
      document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).set(PDFName.of('K'), element('Document', [element('L', [item])]))
      document.addPage([100, 100])
    }))
    const root = output.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
    expect(root.lookup(PDFName.of('RoleMap'), PDFDict).get(PDFName.of('Strong'))).toBe(PDFName.of('Span'))
    const list = output.context.lookup(root.lookup(PDFName.of('K'), PDFDict).lookup(PDFName.of('K'), PDFArray).get(0), PDFDict)
    const item = output.context.lookup(list.lookup(PDFName.of('K'), PDFArray).get(0), PDFDict)
    const body = output.context.lookup(item.lookup(PDFName.of('K'), PDFArray).get(1), PDFDict)
    expect(body.get(PDFName.of('S'))).toBe(PDFName.of('LBody'))
  })
})

describe('withMetadata reads every content stream a page can have', () => {
  it('one stream, a direct array, an indirect array, or none', async () => {
    const input = await printed((document) => {
      const { context } = document
      const stream = (data: string) => context.register(context.stream(data))
      const pages = Array.from({ length: 4 }, () => document.addPage([100, 100]))
      pages[0].node.set(PDFName.of('Contents'), stream('0 0 1 1 re f'))
      pages[1].node.set(PDFName.of('Contents'), context.obj([stream('0 0 2 2 re f'), stream('0 0 3 3 re f')]))
      pages[2].node.set(PDFName.of('Contents'), context.register(context.obj([stream('0 0 4 4 re f')])))
      pages[3].node.delete(PDFName.of('Contents'))
      // A page with no resources of its own (nothing it could paint as a form).
      pages[0].node.delete(PDFName.of('Resources'))
    })
    const streams = await pageStreams(await withMetadata(input, INFO))
    // Each stream's path, in order, inside an artifact; the last page has none.
    expect(streams.map(({ data }) => data.match(/\d(?= \d re\b)/)?.[0])).toEqual(['1', '2', '3', '4'])
    for (const { data } of streams)
      expect(data).toMatch(/^\/Artifact BMC\n0 0 (\d) \1 re\nf\nEMC$/)
    const output = await PDFDocument.load(await withMetadata(input, INFO))
    expect(output.getPage(3).node.has(PDFName.of('Contents'))).toBe(false)
    expect(output.getPage(0).node.has(PDFName.of('Resources'))).toBe(false)
  })

  it('stops at page contents that are not a stream', async () => {
    const input = await printed(document => document.addPage([100, 100]).node.set(PDFName.of('Contents'), document.context.register(document.context.obj({ Length: 0 }))))
    await expect(withMetadata(input, INFO)).rejects.toThrow(/not a stream object/)
  })

  it('decodes a stream in another filter, keeps the bytes of its strings, and writes it Flate-compressed without the old decoding parameters', async () => {
    // Text whose string is two bytes above 0x7F, untagged; hex-encoded, as a printer may store it.
    const content = 'BT /F1 12 Tf (\xE9\xFF) Tj ET'
    const input = await printed((document) => {
      const stream = document.context.stream(Buffer.from(content, 'latin1').toString('hex'), { Filter: 'ASCIIHexDecode', DecodeParms: { Columns: 1 } })
      document.addPage([100, 100]).node.set(PDFName.of('Contents'), document.context.register(stream))
    })
    const output = await PDFDocument.load(await withMetadata(input, INFO))
    const stream = rawStream(output.context, output.getPage(0).node.get(PDFName.of('Contents')))
    expect(stream.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'))
    expect(stream.dict.has(PDFName.of('DecodeParms'))).toBe(false)
    expect(Buffer.from(inflateSync(stream.contents)).toString('latin1')).toMatch(/\/Artifact BMC\n\(\xE9\xFF\) Tj\nEMC/)
  })

  it('marks an image placed untagged as an artifact and leaves the image\'s data as it is; an XObject entry that refers to no object is passed over', async () => {
    const image = Uint8Array.from([0xFF, 0xD8, 0x00, 0x01])
    const input = await printed((document) => {
      const { context } = document
      const picture = context.register(context.stream(image, { Type: 'XObject', Subtype: 'Image', Width: 1, Height: 1, BitsPerComponent: 8, ColorSpace: 'DeviceGray', Filter: 'DCTDecode' }))
      const page = document.addPage([100, 100])
      page.node.set(PDFName.of('Resources'), context.obj({ XObject: { Im1: picture, Gone: PDFRef.of(context.largestObjectNumber + 100) } }))
      page.node.set(PDFName.of('Contents'), context.register(context.stream('q 10 0 0 10 0 0 cm /Im1 Do Q')))
    })
    const output = await PDFDocument.load(await withMetadata(input, INFO))
    expect((await pageStreams(await output.save({ useObjectStreams: false })))[0].data).toMatch(/\/Artifact BMC\n\/Im1 Do\n/)
    const xobjects = output.getPage(0).node.lookup(PDFName.of('Resources'), PDFDict).lookup(PDFName.of('XObject'), PDFDict)
    const picture = rawStream(output.context, xobjects.get(PDFName.of('Im1')))
    expect(picture.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('DCTDecode'))
    expect([...picture.contents]).toEqual([...image])
  })

  it('marks a form that paints itself once, without going round for ever', async () => {
    const input = await printed((document) => {
      const { context } = document
      const form = context.register(context.stream('0 0 5 5 re f', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 10, 10] }))
      rawStream(context, form).dict.set(PDFName.of('Resources'), context.obj({ XObject: { Me: form } }))
      const page = document.addPage([100, 100])
      page.node.set(PDFName.of('Resources'), context.obj({ XObject: { Fm: form } }))
      page.node.set(PDFName.of('Contents'), context.register(context.stream('/Fm Do')))
    })
    const output = await PDFDocument.load(await withMetadata(input, INFO))
    const form = rawStream(output.context, output.getPage(0).node.lookup(PDFName.of('Resources'), PDFDict).lookup(PDFName.of('XObject'), PDFDict).get(PDFName.of('Fm')))
    expect(Buffer.from(inflateSync(form.contents)).toString('latin1').match(/\/Artifact BMC\n/g)).toHaveLength(1)
  })
})

describe('withMetadata and streams written in place (PDF asks for each stream to be an object of its own)', () => {
  it('does not take an XObject written in place for a form: painting it is an untagged mark', async () => {
    const input = await printed((document) => {
      const { context } = document
      const page = document.addPage([100, 100])
      page.node.set(PDFName.of('Resources'), context.obj({ XObject: { Inline: context.stream('0 0 1 1 re f', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1] }) } }))
      page.node.set(PDFName.of('Contents'), context.register(context.stream('/Inline Do')))
    })
    expect((await pageStreams(await withMetadata(input, INFO)))[0].data).toMatch(/\/Artifact BMC\n\/Inline Do\n/)
  })

  it('refuses a page content stream written in place', async () => {
    const input = await printed(document => document.addPage([100, 100]).node.set(PDFName.of('Contents'), document.context.obj([document.context.stream('0 0 1 1 re f')])))
    await expect(withMetadata(input, INFO)).rejects.toThrow(/not a stream object/)
  })
})
