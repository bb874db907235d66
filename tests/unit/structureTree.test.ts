import type { PDFRef } from 'pdf-lib'
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { addRoleMap, wrapListBodies } from '../../scripts/export/pdf/structureTree'

/** A document whose tag tree is `Document > L > items`, each item built from [type, MCID] kids. */
async function listDocument(items: Array<Array<[string, number] | number>>) {
  const document = await PDFDocument.create()
  const { context } = document
  const element = (type: string, kids: unknown) => context.register(context.obj({ Type: 'StructElem', S: type, K: kids as never }))
  const itemRefs = items.map(kids => element('LI', kids.map(kid => typeof kid === 'number' ? kid : element(...kid))))
  const list = element('L', itemRefs)
  const page = document.addPage()
  page.node.set(PDFName.of('StructParents'), context.obj(0))
  // The parent tree maps each MCID on page 0 to the element that holds it.
  const parents = items.flatMap((kids, index) => kids.map(kid => typeof kid === 'number' ? itemRefs[index] : null))
  const parentTree = context.obj({ Nums: [0, parents.filter(Boolean)] })
  for (const [index, kids] of items.entries()) {
    for (const kid of kids) {
      if (typeof kid === 'number')
        context.lookup(parentTree.lookup(PDFName.of('Nums'), PDFArray).get(1), PDFArray).set(kid, itemRefs[index])
    }
    context.lookup(itemRefs[index], PDFDict).set(PDFName.of('Pg'), page.ref)
  }
  document.catalog.set(PDFName.of('StructTreeRoot'), context.register(context.obj({ Type: 'StructTreeRoot', K: element('Document', [list]), ParentTree: parentTree })))
  const typesUnder = (ref: PDFRef) => context.lookup(ref, PDFDict).lookup(PDFName.of('K'), PDFArray).asArray()
    .map(kid => context.lookup(kid as PDFRef, PDFDict).get(PDFName.of('S'))!.toString())
  return { document, itemRefs, typesUnder, context }
}

describe('wrapListBodies', () => {
  it('gathers an item\'s content after its label into one LBody, in order', async () => {
    const { document, itemRefs, typesUnder, context } = await listDocument([[['Lbl', 0], ['NonStruct', 1], ['Strong', 2]]])
    wrapListBodies(document)
    expect(typesUnder(itemRefs[0])).toEqual(['/Lbl', '/LBody'])
    const body = context.lookup(itemRefs[0], PDFDict).lookup(PDFName.of('K'), PDFArray).get(1) as PDFRef
    expect(typesUnder(body)).toEqual(['/NonStruct', '/Strong'])
    for (const kid of context.lookup(body, PDFDict).lookup(PDFName.of('K'), PDFArray).asArray())
      expect(context.lookup(kid as PDFRef, PDFDict).get(PDFName.of('P'))).toBe(body)
  })

  it('renames a lone NonStruct body to LBody rather than nesting it', async () => {
    const { document, itemRefs, typesUnder } = await listDocument([[['Lbl', 0], ['NonStruct', 1]]])
    wrapListBodies(document)
    expect(typesUnder(itemRefs[0])).toEqual(['/Lbl', '/LBody'])
  })

  it('moves marked content held by the item itself into the LBody, and tells the parent tree', async () => {
    const { document, itemRefs, typesUnder, context } = await listDocument([[['Lbl', 0], 1, ['Span', 2]]])
    wrapListBodies(document)
    expect(typesUnder(itemRefs[0])).toEqual(['/Lbl', '/LBody'])
    const body = context.lookup(itemRefs[0], PDFDict).lookup(PDFName.of('K'), PDFArray).get(1) as PDFRef
    expect(context.lookup(body, PDFDict).lookup(PDFName.of('K'), PDFArray).get(0).toString()).toBe('1')
    const root = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
    const onPage = context.lookup(root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray).get(1), PDFArray)
    expect(onPage.get(1)).toBe(body)
  })
})

describe('addRoleMap', () => {
  it('maps the PDF 2.0 types Chromium writes to PDF 1.7 ones, and only those used', async () => {
    const { document } = await listDocument([[['Lbl', 0], ['Strong', 1]]])
    addRoleMap(document)
    const root = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
    const roleMap = root.lookup(PDFName.of('RoleMap'), PDFDict)
    expect(roleMap.entries().map(([from, to]) => `${from}→${to}`)).toEqual(['/Strong→/Span'])
  })

  it('stops with the name of a type it cannot map', async () => {
    const { document } = await listDocument([[['Lbl', 0], ['Marquee', 1]]])
    expect(() => addRoleMap(document)).toThrow(/Marquee/)
  })
})
