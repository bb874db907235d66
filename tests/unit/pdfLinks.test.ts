import type { PDFPage } from 'pdf-lib'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import type { DeckInfo } from '../../scripts/project/index'
import { withMetadata } from '../../scripts/export/pdf/pdfMetadata'

const INFO = { title: '测试稿', author: '作者', subject: '主题', about: ['关于'], keywords: ['甲'], lang: 'zh-CN', size: { width: 980, height: 551 }, slides: [] } as DeckInfo

/** A tagged PDF of `pages` pages whose links `annotate` adds, as Chromium writes them: no /Contents of their own. */
async function pdfWithLinks(pages: number, annotate: (document: PDFDocument, pages: PDFPage[]) => void): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  document.catalog.set(PDFName.of('StructTreeRoot'), document.context.register(document.context.obj({ Type: 'StructTreeRoot', K: [] })))
  const added = Array.from({ length: pages }, () => document.addPage([100, 100]))
  annotate(document, added)
  return document.save({ useObjectStreams: false })
}

function link(document: PDFDocument, page: PDFPage, fields: Record<string, unknown>): void {
  const annotation = document.context.register(document.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], ...fields } as never))
  const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray) ?? document.context.obj([])
  annotations.push(annotation)
  page.node.set(PDFName.of('Annots'), annotations)
}

/** Each page's link descriptions, in order. */
async function descriptions(bytes: Uint8Array): Promise<string[][]> {
  const document = await PDFDocument.load(bytes)
  return document.getPages().map(page => (page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? [])
    .map(ref => document.context.lookup(ref, PDFDict).lookup(PDFName.of('Contents'))!)
    .map(contents => (contents as PDFString | PDFHexString).decodeText()))
}

describe('withMetadata describes each link (PDF/UA-1 7.18.5)', () => {
  it('names the page an in-document link opens, by its number, however the destination is written', async () => {
    const input = await pdfWithLinks(4, (document, [first, second, third, fourth]) => {
      const dests = document.context.obj({ Fourth: [fourth.ref, PDFName.of('Fit')], Second: { D: [second.ref, PDFName.of('Fit')] } } as never)
      document.catalog.set(PDFName.of('Dests'), dests)
      // An explicit destination, a GoTo action, a named destination by name and by string (its entry an array, or a dictionary with /D).
      link(document, first, { Dest: [third.ref, PDFName.of('XYZ'), 0, 0, 0] })
      link(document, first, { A: { S: 'GoTo', D: [second.ref, PDFName.of('Fit')] } })
      link(document, second, { Dest: PDFName.of('Fourth') })
      link(document, third, { Dest: PDFString.of('Second') })
      link(document, fourth, { A: { S: 'GoTo', D: [first.ref, PDFName.of('Fit')] } })
    })
    expect(await descriptions(await withMetadata(input, INFO))).toEqual([
      ['跳到第 3 页', '跳到第 2 页'],
      ['跳到第 4 页'],
      ['跳到第 2 页'],
      ['跳到第 1 页'],
    ])
  })

  it('names a web link\'s address, and keeps a description already written', async () => {
    const input = await pdfWithLinks(2, (document, [first, second]) => {
      link(document, first, { A: { S: 'URI', URI: PDFString.of('https://www.tmtpost.com/') } })
      link(document, second, { Dest: [first.ref, PDFName.of('Fit')], Contents: PDFHexString.fromText('回到封面') })
    })
    expect(await descriptions(await withMetadata(input, INFO))).toEqual([['打开链接 https://www.tmtpost.com/'], ['回到封面']])
  })

  it('stops at a link that leads nowhere it can name, naming its page', async () => {
    const input = await pdfWithLinks(2, (document, [, second]) => link(document, second, { Dest: PDFName.of('Missing') }))
    await expect(withMetadata(input, INFO)).rejects.toThrow(/第 2 页有一个去向不明的链接/)
  })
})

describe('withMetadata describes links only', () => {
  it('passes over annotations that are not links, and entries that refer to no object', async () => {
    const input = await pdfWithLinks(1, (document, [page]) => {
      const note = document.context.register(document.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [0, 0, 10, 10] }))
      page.node.set(PDFName.of('Annots'), document.context.obj([note, PDFRef.of(document.context.largestObjectNumber + 100)]))
    })
    const output = await PDFDocument.load(await withMetadata(input, INFO))
    const [note] = output.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray).asArray()
    expect(output.context.lookup(note, PDFDict).has(PDFName.of('Contents'))).toBe(false)
  })

  it('stops at a link with neither a destination nor an action, and at a named one when the PDF names none, in both languages', async () => {
    const bare = await pdfWithLinks(3, (document, [, , third]) => link(document, third, {}))
    await expect(withMetadata(bare, INFO)).rejects.toThrow(/第 3 页有一个去向不明的链接 \/ a link on page 3 has/)
    const unnamed = await pdfWithLinks(2, (document, [, second]) => link(document, second, { Dest: PDFName.of('Nowhere') }))
    await expect(withMetadata(unnamed, INFO)).rejects.toThrow(/第 2 页有一个去向不明的链接 \/ a link on page 2 has/)
  })
})
