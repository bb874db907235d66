import type { Box } from './pdfInspect'
import type { openPdf } from './pdfInspect'
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** A painted path on a page, as pdf.js reads it: its box in points from the page's top-left corner, and the marked content it is in. */
export interface PaintedPath {
  box: Box
  /** Inside an `/Artifact` sequence. */
  artifact: boolean
  /** Inside marked content with an MCID (in the tag tree). */
  tagged: boolean
}

type Matrix = [number, number, number, number, number, number]

/** `outer` after `inner`: a point goes through `inner` first (a canvas's `transform`, PDF's `cm`). */
function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer
  const [a2, b2, c2, d2, e2, f2] = inner
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f]
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}

const PAINT = new Set<number>([OPS.fill, OPS.eoFill, OPS.stroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeStroke, OPS.closeFillStroke, OPS.closeEOFillStroke])

/**
 * Every filled or stroked path of a page (not clips), with where it lies and
 * whether it is an artifact or tagged content: read from pdf.js's operator
 * list, following the transforms and the Form XObjects the page draws.
 */
export async function paintedPaths(doc: Awaited<ReturnType<typeof openPdf>>, pageNo: number): Promise<PaintedPath[]> {
  const page = await doc.getPage(pageNo)
  const [, , , top] = page.view
  const { fnArray, argsArray } = await page.getOperatorList()
  const stack: Matrix[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const marked: Array<'artifact' | 'tagged' | 'other'> = []
  const paths: PaintedPath[] = []
  fnArray.forEach((fn, index) => {
    const args = argsArray[index]
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm)
      if (fn === OPS.paintFormXObjectBegin && args[0])
        ctm = multiply(ctm, [...args[0]] as Matrix)
    }
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) {
      ctm = stack.pop() ?? ctm
    }
    else if (fn === OPS.transform) {
      ctm = multiply(ctm, args as Matrix)
    }
    else if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
      // BMC's tag comes as a name object, BDC's as a string with the MCID (or null) beside it.
      const tag = typeof args[0] === 'string' ? args[0] : args[0]?.name
      marked.push(tag === 'Artifact' ? 'artifact' : fn === OPS.beginMarkedContentProps && typeof args[1] === 'number' ? 'tagged' : 'other')
    }
    else if (fn === OPS.endMarkedContent) {
      marked.pop()
    }
    else if (fn === OPS.constructPath && PAINT.has(args[0]) && args[2]) {
      const [x0, y0, x1, y1] = args[2] as number[]
      const corners = [apply(ctm, x0, y0), apply(ctm, x1, y0), apply(ctm, x0, y1), apply(ctm, x1, y1)]
      const xs = corners.map(([x]) => x)
      const ys = corners.map(([, y]) => y)
      paths.push({
        box: { x: Math.min(...xs), y: top - Math.max(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) },
        artifact: marked.includes('artifact'),
        tagged: marked.includes('tagged'),
      })
    }
  })
  return paths
}
