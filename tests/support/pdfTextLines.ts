import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { decodeXml } from './pptxInspect'

/**
 * The text lines of a PDF as poppler lays them out (`pdftotext -bbox-layout`),
 * and two checks on them: lines that overlap each other, and lines that leave
 * their page. Boxes are in PDF points, y growing downwards.
 */

export interface TextLine {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

export interface TextPage {
  /** 1-based. */
  no: number
  width: number
  height: number
  lines: TextLine[]
}

const number = (attributes: string, name: string) => Number(new RegExp(`\\b${name}="([-\\d.]+)"`).exec(attributes)?.[1])

/** The pages and their text lines in `pdftotext -bbox-layout`'s XHTML. */
export function parseBboxLayout(xhtml: string): TextPage[] {
  return [...xhtml.matchAll(/<page\b([^>]*)>([\s\S]*?)<\/page>/g)].map(([, attributes, body], index) => ({
    no: index + 1,
    width: number(attributes, 'width'),
    height: number(attributes, 'height'),
    lines: [...body.matchAll(/<line\b([^>]*)>([\s\S]*?)<\/line>/g)].map(([, box, words]) => ({
      text: [...words.matchAll(/<word\b[^>]*>([^<]*)<\/word>/g)].map(word => decodeXml(word[1])).join(' '),
      xMin: number(box, 'xMin'),
      yMin: number(box, 'yMin'),
      xMax: number(box, 'xMax'),
      yMax: number(box, 'yMax'),
    })),
  }))
}

/** Runs poppler's pdftotext on a PDF and returns its pages' text lines. */
export async function pdfTextLines(pdfPath: string): Promise<TextPage[]> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-bbox-layout', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })
  return parseBboxLayout(stdout)
}

export interface LineOverlap {
  first: TextLine
  second: TextLine
  /** How far the two boxes overlap vertically, as a share of the shorter line's height. */
  share: number
}

/**
 * Pairs of lines whose boxes overlap: side by side by more than `minWidth`
 * points, and one above the other by more than `maxShare` of the shorter
 * line's height. A line box spans the font's ascent and descent, which may
 * be taller than the line pitch, so consecutive lines of one paragraph touch
 * by a few per cent; text set on other text overlaps by far more.
 */
export function overlappingLines(lines: readonly TextLine[], maxShare = 0.2, minWidth = 1): LineOverlap[] {
  const overlaps: LineOverlap[] = []
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const [first, second] = [lines[i], lines[j]]
      const width = Math.min(first.xMax, second.xMax) - Math.max(first.xMin, second.xMin)
      const height = Math.min(first.yMax, second.yMax) - Math.max(first.yMin, second.yMin)
      const shorter = Math.min(first.yMax - first.yMin, second.yMax - second.yMin)
      if (width > minWidth && height > 0 && shorter > 0 && height / shorter > maxShare)
        overlaps.push({ first, second, share: height / shorter })
    }
  }
  return overlaps
}

/** Lines that reach past the page's edges by more than `tolerance` points. */
export function linesOffPage(page: TextPage, tolerance = 0.5): TextLine[] {
  return page.lines.filter(line => line.xMin < -tolerance || line.yMin < -tolerance
    || line.xMax > page.width + tolerance || line.yMax > page.height + tolerance)
}

/** One line per problem, for a test's failure message. */
export function describeOverlap(overlap: LineOverlap): string {
  return `「${overlap.first.text}」 overlaps 「${overlap.second.text}」 by ${Math.round(overlap.share * 100)} % of a line`
}
