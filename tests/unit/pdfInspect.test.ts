import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'
import { PNG } from 'pngjs'
import { afterAll, describe, expect, it } from 'vitest'
import { imageCount, paintedShare, pdfFonts, pdfSummary, renderPdfPage } from '../support/pdfInspect'

// The pdf.js and pdf-lib readers that replaced poppler's pdfinfo, pdffonts, pdfimages and pdftoppm,
// on small PDFs made here, where the right answer is known.

const folder = mkdtempSync(join(tmpdir(), 'pdf-inspect-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function onePixelPng(): Uint8Array {
  const png = new PNG({ width: 1, height: 1 })
  png.data.set([200, 30, 30, 255])
  return PNG.sync.write(png)
}

/** Two pages: an A4 one with unembedded Helvetica and a picture drawn four times, a 735 × 414 one with a red square. */
async function samplePdf(): Promise<string> {
  const document = await PDFDocument.create()
  document.setTitle('样本')
  document.setAuthor('测试')
  const a4 = document.addPage([595.28, 841.89])
  a4.drawText('Hello', { x: 50, y: 700, font: await document.embedFont(StandardFonts.Helvetica) })
  const picture = await document.embedPng(onePixelPng())
  // Four times in a row, which pdf.js may batch into one operation.
  for (const x of [50, 100, 150, 200])
    a4.drawImage(picture, { x, y: 500, width: 20, height: 20 })
  const slide = document.addPage([735, 414])
  slide.drawRectangle({ x: 0, y: 0, width: 367, height: 414, color: rgb(1, 0, 0) })
  const path = join(folder, 'sample.pdf')
  writeFileSync(path, await document.save())
  return path
}

describe('reading a PDF without poppler', () => {
  it('pdfSummary: pages, each page\'s size, tagging, document info and size in bytes', async () => {
    const summary = await pdfSummary(await samplePdf())
    expect(summary.pages).toBe(2)
    expect(summary.pageSizes).toEqual([{ width: 595.28, height: 841.89 }, { width: 735, height: 414 }])
    expect(summary.tagged).toBe(false)
    expect(summary.info).toMatchObject({ Title: '样本', Author: '测试' })
    expect(summary.bytes).toBeGreaterThan(500)
  })

  it('pdfFonts: a standard font that is not embedded shows as such', async () => {
    expect(await pdfFonts(await samplePdf())).toEqual([{ name: 'Helvetica', type: 'Type1', embedded: false, subset: false }])
  })

  it('imageCount: each drawing of a picture', async () => {
    expect(await imageCount(await samplePdf())).toBe(4)
  })

  it('renderPdfPage: pixels where the page paints, background elsewhere', async () => {
    const image = await renderPdfPage(await samplePdf(), 2, 144)
    expect([image.width, image.height]).toEqual([1470, 828])
    const at = (x: number, y: number) => [...image.data.subarray((image.width * y + x) * 4, (image.width * y + x) * 4 + 3)]
    expect(at(10, 10)).toEqual([255, 0, 0])
    expect(at(1400, 10)).toEqual([255, 255, 255])
    // paintedShare compares against the top-left pixel: here the red half, so the white half counts as painted.
    expect(paintedShare(image, { x: 735, y: 0, width: 735, height: 828 })).toBe(1)
    expect(paintedShare(image, { x: 0, y: 0, width: 700, height: 828 })).toBe(0)
  })
})
