import type { PDFObject } from 'pdf-lib'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib'
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

/**
 * A tagged one-page document for building a tag tree kid by kid: `element` registers a structure element,
 * `finish` sets the tree's root (`Document` over `kids`) and its parent tree.
 */
async function taggedDocument() {
  const document = await PDFDocument.create()
  const { context } = document
  const page = document.addPage()
  page.node.set(PDFName.of('StructParents'), context.obj(0))
  const element = (type: string, kids?: unknown, fields: Record<string, unknown> = {}) =>
    context.register(context.obj({ Type: 'StructElem', S: type, ...(kids === undefined ? {} : { K: kids }), ...fields } as never))
  const finish = (kids: unknown, parentTree: unknown = { Nums: [] }) => {
    const root = context.register(context.obj({ Type: 'StructTreeRoot', K: element('Document', kids), ParentTree: parentTree } as never))
    document.catalog.set(PDFName.of('StructTreeRoot'), root)
  }
  const dict = (ref: PDFObject | undefined) => context.lookup(ref, PDFDict)
  const kids = (ref: PDFObject | undefined) => context.lookup(dict(ref).get(PDFName.of('K')), PDFArray).asArray()
  const type = (ref: PDFObject | undefined) => dict(ref).get(PDFName.of('S'))?.toString()
  return { document, context, page, element, finish, dict, kids, type }
}

describe('wrapListBodies on the shapes a tag tree takes', () => {
  it('needs a tagged PDF', async () => {
    const document = await PDFDocument.create()
    expect(() => wrapListBodies(document)).toThrow(/not tagged/)
    expect(() => addRoleMap(document)).toThrow(/not tagged/)
  })

  it('leaves an item with only a label, or with no kids at all, as it is', async () => {
    const { document, context, element, finish, dict } = await taggedDocument()
    const labelOnly = element('LI', [element('Lbl', [])])
    const empty = element('LI')
    finish([element('L', [labelOnly, empty])])
    const before = dict(labelOnly).get(PDFName.of('K'))
    wrapListBodies(document)
    expect(dict(labelOnly).get(PDFName.of('K'))).toBe(before)
    expect(context.lookup(before, PDFArray).size()).toBe(1)
    expect(dict(empty).has(PDFName.of('K'))).toBe(false)
  })

  it('turns a lone NonStruct into the LBody itself, keeping its kids', async () => {
    const { document, element, finish, kids, type } = await taggedDocument()
    const text = element('Span', [])
    const nonStruct = element('NonStruct', [text])
    const item = element('LI', [element('Lbl', []), nonStruct])
    finish([element('L', [item])])
    wrapListBodies(document)
    expect(kids(item)[1]).toBe(nonStruct)
    expect(type(nonStruct)).toBe('/LBody')
    expect(kids(nonStruct)).toEqual([text])
  })

  it('wraps a lone body of another type in a new LBody: a structure element under the item, on the item\'s page', async () => {
    const { document, page, element, finish, dict, kids, type } = await taggedDocument()
    const span = element('Span', [])
    const item = element('LI', [element('Lbl', []), span], { Pg: page.ref })
    finish([element('L', [item])])
    wrapListBodies(document)
    const body = kids(item)[1]
    expect(body).not.toBe(span)
    expect(type(span)).toBe('/Span')
    expect(type(body)).toBe('/LBody')
    expect(dict(body).get(PDFName.of('Type'))).toBe(PDFName.of('StructElem'))
    expect(dict(body).get(PDFName.of('P'))).toBe(item)
    expect(dict(body).get(PDFName.of('Pg'))).toBe(page.ref)
    expect(kids(body)).toEqual([span])
    expect(dict(span).get(PDFName.of('P'))).toBe(body)
  })

  it('gives the LBody no page when the item names none', async () => {
    const { document, element, finish, dict, kids } = await taggedDocument()
    const item = element('LI', [element('Lbl', []), element('Span', [])])
    finish([element('L', [item])])
    wrapListBodies(document)
    expect(dict(kids(item)[1]).has(PDFName.of('Pg'))).toBe(false)
  })

  it('keeps labels in their places before and after the body', async () => {
    const { document, element, finish, kids, type } = await taggedDocument()
    const [first, second] = [element('Lbl', []), element('Lbl', [])]
    const [a, b] = [element('Span', []), element('Span', [])]
    const labelled = element('LI', [first, a, second, b])
    const trailing = element('LI', [element('Span', []), element('Lbl', [])])
    finish([element('L', [labelled, trailing])])
    wrapListBodies(document)
    const [before, body, after] = kids(labelled)
    expect([before, after]).toEqual([first, second])
    expect(kids(labelled)).toHaveLength(3)
    expect(kids(body)).toEqual([a, b])
    expect(kids(trailing).map(type)).toEqual(['/LBody', '/Lbl'])
  })

  it('reads an item\'s kids whether written as one reference, an indirect array or one MCID', async () => {
    const { document, context, page, element, finish, dict, kids, type } = await taggedDocument()
    const nonStruct = element('NonStruct', [])
    const single = element('LI', nonStruct)
    const indirect = element('LI', context.register(context.obj([element('Lbl', []), element('Span', [])])))
    const mcid = element('LI', 3, { Pg: page.ref })
    const onPage = context.obj([context.obj(0), context.obj(1), context.obj(2), mcid])
    finish([element('L', [single, indirect, mcid])], { Nums: [0, onPage] })
    wrapListBodies(document)
    expect(type(nonStruct)).toBe('/LBody')
    expect(dict(single).get(PDFName.of('K'))).toBe(nonStruct)
    expect(kids(indirect).map(type)).toEqual(['/Lbl', '/LBody'])
    const [body] = kids(mcid)
    expect(type(body)).toBe('/LBody')
    expect(kids(body).map(String)).toEqual(['3'])
    expect(onPage.get(3)).toBe(body)
  })

  it('wraps the items of a nested list too, once each, in a tree that refers back to itself', async () => {
    const { document, element, finish, dict, kids, type } = await taggedDocument()
    const loop = element('Span', [])
    const inner = element('LI', [element('Lbl', []), loop])
    const outer = element('LI', [element('Lbl', []), element('P', []), element('L', [inner])])
    const list = element('L', [outer])
    dict(loop).set(PDFName.of('K'), list)
    finish([list])
    wrapListBodies(document)
    expect(kids(outer).map(type)).toEqual(['/Lbl', '/LBody'])
    expect(kids(kids(outer)[1]).map(type)).toEqual(['/P', '/L'])
    expect(kids(inner).map(type)).toEqual(['/Lbl', '/LBody'])
    expect(kids(kids(inner)[1])).toEqual([loop])
  })

  it('takes only indirect dictionaries for structure elements: an item written in place is left as it is', async () => {
    const { document, context, element, finish } = await taggedDocument()
    const kids = context.obj([element('Lbl', []), element('Span', [])])
    const inPlace = context.obj({ Type: 'StructElem', S: 'LI', K: kids })
    finish([element('L', [inPlace])])
    wrapListBodies(document)
    expect(inPlace.get(PDFName.of('K'))).toBe(kids)
    expect(kids.size()).toBe(2)
  })

  it('passes over a kid that refers to no object, outside a list item', async () => {
    const { document, context, element, finish, kids, type } = await taggedDocument()
    const item = element('LI', [element('Lbl', []), element('Span', [])])
    finish([PDFRef.of(context.largestObjectNumber + 100), element('L', [item])])
    wrapListBodies(document)
    expect(kids(item).map(type)).toEqual(['/Lbl', '/LBody'])
  })
})

describe('wrapListBodies tells the parent tree where moved marked content now lives', () => {
  /**
   * A list item on page 1 (StructParents 0) holding an MCID of its own, an MCR on page 2 (StructParents 1), an MCR in
   * a form (StructParents 2), an MCR with no page of its own, and a link (an OBJR; the annotation's StructParent 3);
   * the parent tree is two levels deep, and each key but 0 comes after another in its leaf.
   */
  async function markedItem() {
    const built = await taggedDocument()
    const { document, context, page, element, finish } = built
    const second = document.addPage()
    second.node.set(PDFName.of('StructParents'), context.obj(1))
    const form = context.register(context.stream('', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1], StructParents: 2 }))
    const annotation = context.register(context.obj({ Type: 'Annot', Subtype: 'Link', StructParent: 3 }))
    const label = element('Lbl', 0)
    const objr = context.register(context.obj({ Type: 'OBJR', Obj: annotation }))
    const item = element('LI', [
      label,
      1,
      context.obj({ Type: 'MCR', MCID: 1, Pg: second.ref }),
      context.obj({ Type: 'MCR', MCID: 0, Stm: form }),
      context.obj({ Type: 'MCR', MCID: 2 }),
      objr,
    ] as never, { Pg: page.ref })
    const pages = [context.obj([label, item, item]), context.obj([item, item])]
    const inForm = context.obj([item])
    const leaves = [
      context.register(context.obj({ Nums: [0, pages[0]] } as never)),
      context.register(context.obj({ Nums: [1, pages[1], 2, inForm, 3, item] } as never)),
    ]
    finish([element('L', [item])], { Kids: leaves })
    return { ...built, item, pages, inForm, leaves, second, form, annotation }
  }

  it('points each moved MCID, MCR and OBJR entry at the LBody and leaves the label\'s alone', async () => {
    const { document, context, item, pages, inForm, leaves, kids, type } = await markedItem()
    wrapListBodies(document)
    const [label, body] = kids(item)
    expect(type(body)).toBe('/LBody')
    expect(kids(body)).toHaveLength(5)
    expect(pages[0].asArray()).toEqual([label, body, body])
    expect(pages[1].asArray()).toEqual([item, body])
    expect(inForm.asArray()).toEqual([body])
    const leaf = context.lookup(leaves[1], PDFDict).lookup(PDFName.of('Nums'), PDFArray)
    expect(leaf.asArray().map(String)).toEqual(['1', String(pages[1]), '2', String(inForm), '3', String(body)])
  })

  it('stops at marked content on a page it cannot tell', async () => {
    const { document, element, finish } = await taggedDocument()
    finish([element('L', [element('LI', [element('Lbl', []), 1])])])
    expect(() => wrapListBodies(document)).toThrow(/page is unknown/)
  })

  it('stops when the page\'s entry is missing from the parent tree', async () => {
    const { document, context, page, element, finish } = await taggedDocument()
    page.node.set(PDFName.of('StructParents'), context.obj(7))
    finish([element('L', [element('LI', [element('Lbl', []), 1], { Pg: page.ref })])], { Kids: [context.register(context.obj({ Nums: [0, []] } as never))] })
    expect(() => wrapListBodies(document)).toThrow(/no entry 7/)
  })

  it('stops at a kid that is neither an element nor marked content', async () => {
    // A name, a reference to no object, and a dictionary that says it is no marked-content reference (an MCR names its /Type).
    for (const odd of [PDFName.of('Odd'), PDFRef.of(9999), { MCID: 1 }]) {
      const { document, context, page, element, finish } = await taggedDocument()
      finish([element('L', [element('LI', [element('Lbl', []), context.obj(odd as never)], { Pg: page.ref })])])
      expect(() => wrapListBodies(document)).toThrow(/neither an element nor marked content/)
    }
  })
})

describe('addRoleMap across the whole tree', () => {
  it('writes no RoleMap when every type is a PDF 1.7 one', async () => {
    const { document, element, finish } = await taggedDocument()
    finish([element('P', [element('Span', 0)])])
    addRoleMap(document)
    expect(document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).has(PDFName.of('RoleMap'))).toBe(false)
  })

  it('finds the types under indirect arrays, beside marked-content references, in a tree that refers back to itself', async () => {
    const { document, context, element, finish, dict } = await taggedDocument()
    const aside = element('Aside', [context.obj({ Type: 'MCR', MCID: 1 }), 2])
    const em = element('Em', context.register(context.obj([aside])))
    dict(aside).set(PDFName.of('K'), context.obj([context.obj({ Type: 'MCR', MCID: 1 }), em] as never))
    finish([element('P', [em])])
    addRoleMap(document)
    const roleMap = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('RoleMap'), PDFDict)
    expect(Object.fromEntries(roleMap.entries().map(([from, to]) => [String(from), String(to)]))).toEqual({ '/Aside': '/Sect', '/Em': '/Span' })
  })

  it('names every type it cannot map', async () => {
    const { document, element, finish } = await taggedDocument()
    finish([element('Marquee', [element('Blink', 0)])])
    expect(() => addRoleMap(document)).toThrow(/mapping: Marquee, Blink \(/)
  })
})
