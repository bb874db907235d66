import type { PDFContext, PDFDocument, PDFObject } from 'pdf-lib'
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib'
import { ROLE_MAP, STANDARD_STRUCTURE_TYPES } from './structureTypes'

/** Fixes to Chromium's tag tree that HTML cannot express. */

function structTreeRoot(document: PDFDocument): PDFDict {
  const root = document.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (!root)
    throw new Error('PDF 没有结构树 / the PDF is not tagged (no StructTreeRoot)')
  return root
}

/** Maps every non-standard structure type in the tag tree to a PDF 1.7 one; an unknown type stops the export. */
export function addRoleMap(document: PDFDocument): void {
  const root = structTreeRoot(document)
  const used = structureTypes(document.context, root.get(PDFName.of('K')))
  const unknown = [...used].filter(type => !STANDARD_STRUCTURE_TYPES.has(type) && !ROLE_MAP[type])
  if (unknown.length > 0)
    throw new Error(`结构树含有无法映射的类型 / the tag tree uses structure types with no PDF 1.7 mapping: ${unknown.join(', ')} (add them to ROLE_MAP in scripts/export/pdf/structureTypes.ts)`)
  const roleMap = document.context.obj({})
  for (const type of [...used].filter(type => ROLE_MAP[type]))
    roleMap.set(PDFName.of(type), PDFName.of(ROLE_MAP[type]))
  if (roleMap.keys().length > 0)
    root.set(PDFName.of('RoleMap'), roleMap)
}

/** The structure types (`/S`) used under a structure element's kids. */
export function structureTypes(context: PDFContext, kids: PDFObject | undefined): Set<string> {
  const types = new Set<string>()
  const seen = new Set<PDFObject>()
  const visit = (object: PDFObject | undefined) => {
    const value = object instanceof PDFRef ? context.lookup(object) : object
    if (!value || seen.has(value))
      return
    seen.add(value)
    if (value instanceof PDFArray) {
      value.asArray().forEach(visit)
    }
    else if (value instanceof PDFDict) {
      const type = value.lookupMaybe(PDFName.of('S'), PDFName)
      if (type)
        types.add(type.decodeText())
      visit(value.get(PDFName.of('K')))
    }
  }
  visit(kids)
  return types
}


const S = PDFName.of('S')
const K = PDFName.of('K')
const P = PDFName.of('P')

/**
 * PDF 1.7 lists hold LI elements of a label (Lbl) and a body (LBody);
 * Chromium puts the item's content straight into the LI. Gathers every
 * LI's non-label children into one LBody (Matterhorn 09-005), and points
 * the parent tree's entries for marked content it moves at the LBody.
 */
export function wrapListBodies(document: PDFDocument): void {
  const { context } = document
  const root = structTreeRoot(document)
  const seen = new Set<PDFObject>()
  const visit = (ref: PDFObject) => {
    // Only indirect dictionaries are structure elements: an MCR or OBJR written in place is not.
    const element = context.lookup(ref)
    if (!(ref instanceof PDFRef) || !(element instanceof PDFDict) || seen.has(element))
      return
    seen.add(element)
    const kids = kidsOf(context, element)
    if (element.get(S) === PDFName.of('LI'))
      wrapBody(context, root, ref, element, kids)
    kids.forEach(visit)
  }
  kidsOf(context, root).forEach(visit)
}

function kidsOf(context: PDFContext, element: PDFDict): PDFObject[] {
  const kids = element.get(K)
  const value = kids instanceof PDFRef ? context.lookup(kids) : kids
  return value instanceof PDFArray ? value.asArray() : value ? [kids!] : []
}

function wrapBody(context: PDFContext, root: PDFDict, itemRef: PDFRef, item: PDFDict, kids: PDFObject[]): void {
  const typeOf = (kid: PDFObject) => kid instanceof PDFRef ? context.lookupMaybe(kid, PDFDict)?.get(S) : undefined
  const body = kids.filter(kid => typeOf(kid) !== PDFName.of('Lbl'))
  if (body.length === 0)
    return
  if (body.length === 1 && typeOf(body[0]) === PDFName.of('NonStruct')) {
    context.lookup(body[0], PDFDict).set(S, PDFName.of('LBody'))
    return
  }
  const bodyDict = context.obj({ Type: 'StructElem', S: 'LBody', P: itemRef, K: body })
  const page = item.get(PDFName.of('Pg'))
  if (page)
    bodyDict.set(PDFName.of('Pg'), page)
  const bodyRef = context.register(bodyDict)
  for (const kid of body) {
    if (typeOf(kid))
      context.lookup(kid, PDFDict).set(P, bodyRef)
    else
      reparentMarkedContent(context, root, kid, page, bodyRef)
  }
  const first = kids.indexOf(body[0])
  // Labels keep their places before and after the body (the kids before its first one are all labels).
  item.set(K, context.obj([...kids.slice(0, first), bodyRef, ...kids.slice(first).filter(kid => !body.includes(kid))]))
}

/** Points the parent tree's entry for one marked-content kid (an MCID, an MCR or an OBJR dictionary) at its new parent. */
function reparentMarkedContent(context: PDFContext, root: PDFDict, kid: PDFObject, page: PDFObject | undefined, parent: PDFRef): void {
  // pdf-lib's lookup gives a direct object (or nothing) back as it is.
  const reference = context.lookup(kid)
  const keyOf = (holder: PDFObject | undefined) => {
    const found = context.lookup(holder)
    const dict = found instanceof PDFRawStream ? found.dict : found
    const key = dict instanceof PDFDict ? dict.get(PDFName.of('StructParents')) ?? dict.get(PDFName.of('StructParent')) : undefined
    if (!(key instanceof PDFNumber))
      throw new Error('列表项的内容找不到所在页面 / a list item holds marked content whose page is unknown')
    return key.asNumber()
  }
  if (reference instanceof PDFDict && reference.get(PDFName.of('Type')) === PDFName.of('OBJR')) {
    const { nums, at } = parentTreeSlot(context, root, keyOf(reference.get(PDFName.of('Obj'))))
    nums.set(at + 1, parent)
    return
  }
  const isMcr = reference instanceof PDFDict && reference.get(PDFName.of('Type')) === PDFName.of('MCR')
  const mcid = isMcr ? reference.lookup(PDFName.of('MCID'), PDFNumber) : reference
  if (!(mcid instanceof PDFNumber))
    throw new Error('列表项含有无法识别的内容 / a list item holds content that is neither an element nor marked content')
  const holder = isMcr ? reference.get(PDFName.of('Stm')) ?? reference.get(PDFName.of('Pg')) ?? page : page
  const { nums, at } = parentTreeSlot(context, root, keyOf(holder))
  context.lookup(nums.get(at + 1), PDFArray).set(mcid.asNumber(), parent)
}

/** Where the parent tree (a number tree) holds `key`: its /Nums array and the key's index there. */
function parentTreeSlot(context: PDFContext, root: PDFDict, key: number): { nums: PDFArray, at: number } {
  const search = (node: PDFDict): { nums: PDFArray, at: number } | undefined => {
    // A leaf's /Nums: each key, then its value.
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray)
    for (let at = 0; nums && at < nums.size(); at += 2) {
      if (nums.lookup(at, PDFNumber).asNumber() === key)
        return { nums, at }
    }
    for (const kid of node.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) {
      const found = search(context.lookup(kid, PDFDict))
      if (found)
        return found
    }
    return undefined
  }
  const slot = search(root.lookup(PDFName.of('ParentTree'), PDFDict))
  if (!slot)
    throw new Error(`结构父树缺少第 ${key} 项 / the parent tree has no entry ${key}`)
  return slot
}
