import type { Page } from 'playwright-core'
import type { ChartSpec } from '../../../components/charts/chartSpec'
import type { Palette } from '../../../components/charts/palette'
import type { DeckInfo } from '../../project/index'
import type { SlideNotes } from '../speakerNotes'
import type { BoxPx, SlideGeometry } from './pptxMapping'
import type { RawShape, RawSlide, RawText } from './slideLayout'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import { chartModel } from '../../../components/charts/chartConfig'
import { deckLangOf } from '../../../components/deck/deckWords'
import { editionLangOf, parseEditionDeck } from '../../edition/index'
import { describeProblems, validateChartSpec } from '../../../components/charts/chartSpec'
import { paletteFor } from '../../../components/charts/palette'
import { writeAtomically } from '../atomicWrite'
import { PROJECT_ROOT } from '../../project/index'
import { nativeChart, patternPoints } from './pptxChart'
import { deckFontFor, themeWithEastAsianFont } from './pptxFonts'
import { boxToInches, cssColorToHex, edgeBars, groupIntoTextBoxes, isBold, lineHeightPoints, listBullet, pxToInches, pxToPoints, slideGeometry, textAlign, textFit, uniformBorder, unionBox, widenForRenderer } from './pptxMapping'
import { readSlideLayouts } from './slideLayout'

/**
 * An editable PowerPoint file that follows the print view: text boxes where
 * the slide has text, shapes where it has cards and rules, native charts from
 * slides.md's `chart:` data, speaker notes on the notes pages.
 */

/** Extra width a text box gets beyond what the browser needed (CSS px). */
const TEXT_SLACK_PX = 6

/** Each slide's chart specs, validated; an invalid one stops the export naming its slide and field. */
export function readChartSpecs(info: DeckInfo, deckPath = resolve(PROJECT_ROOT, 'slides.md')): Map<number, ChartSpec[]> {
  // A translation's charts: the source's values with the translation's text, as its slides draw them.
  const deck = parseEditionDeck(deckPath, readFileSync(deckPath, 'utf8'))
  const specs = new Map<number, ChartSpec[]>()
  deck.slides.forEach((slide, index) => {
    if (slide.frontmatter.chart === undefined)
      return
    const lang = editionLangOf(deckPath)
    const result = validateChartSpec(slide.frontmatter.chart, lang)
    if (!result.ok)
      throw new Error(`${describeProblems({ page: index + 1, title: info.slides[index]?.title }, result.problems, 'chart', lang)}${lang === 'zh' ? '。' : '. '}PPTX 未写出 / PPTX not written.`)
    specs.set(index + 1, [result.spec])
  })
  return specs
}

export interface PptxSource {
  info: DeckInfo
  slides: RawSlide[]
  notes: SlideNotes[]
  charts: Map<number, ChartSpec[]>
  /** Screenshots of pictures, by their marker. */
  pictures: Map<string, Buffer>
  dark: boolean
}

const colour = (css: string) => cssColorToHex(css)
const transparency = (alpha: number) => Math.round((1 - alpha) * 100)

function textRuns(item: RawText, geometry: SlideGeometry, lang: string): PptxGenJS.TextProps[] {
  return item.runs.map((run, index) => {
    const { hex, alpha } = colour(run.color)
    return {
      text: run.text,
      options: {
        fontFace: deckFontFor(lang),
        fontSize: pxToPoints(run.fontSizePx, geometry),
        bold: isBold(run.fontWeight),
        italic: run.italic,
        underline: run.underline ? { style: 'sng' } : undefined,
        color: hex,
        transparency: alpha < 1 ? transparency(alpha) : undefined,
        softBreakBefore: index > 0 && run.breakBefore,
        lang,
      },
    }
  })
}

/** The distance between lines as the browser set them: a large figure on a tight line-height gets the room it took. */
function lineSpacingPoints(item: RawText, geometry: SlideGeometry): number {
  return Math.max(lineHeightPoints(item.lineHeight, item.fontSizePx, geometry), pxToPoints(item.box.height / item.lines, geometry))
}

function addText(slide: PptxGenJS.Slide, group: RawText[], geometry: SlideGeometry, lang: string) {
  const first = group[0]
  const indentPx = first.list && listBullet(first.list.styleType, 1, 1) ? first.list.indentPx : 0
  const align = textAlign(first.align)
  const union = unionBox(group.map(item => item.box))
  const outer: BoxPx = { ...union, x: union.x - indentPx, width: union.width + indentPx }
  const paragraphs = group.flatMap((item, index) => {
    const runs = textRuns(item, geometry, lang)
    const previous = group[index - 1]
    const paragraph = {
      // One list in one box numbers on from its first item, as PowerPoint's own lists do.
      bullet: item.list ? listBullet(item.list.styleType, first.list?.number ?? 1, pxToPoints(item.list.indentPx, geometry)) : false,
      paraSpaceBefore: previous ? Math.max(0, pxToPoints(item.box.y - previous.box.y - previous.box.height, geometry)) : 0,
      lineSpacing: lineSpacingPoints(item, geometry),
      align: textAlign(item.align),
    }
    runs[0].options = { ...runs[0].options, ...paragraph }
    runs.at(-1)!.options = { ...runs.at(-1)!.options, breakLine: index < group.length - 1 }
    return runs
  })
  slide.addText(paragraphs, {
    ...boxToInches(widenForRenderer(outer, align, TEXT_SLACK_PX), geometry),
    margin: 0,
    valign: 'top',
    wrap: true,
    fit: textFit(group),
    fontFace: deckFontFor(lang),
    fontSize: pxToPoints(first.fontSizePx, geometry),
    lineSpacing: lineSpacingPoints(first, geometry),
    isTextBox: !first.isTitle,
    placeholder: first.isTitle ? 'title' : undefined,
    objectName: first.isTitle ? 'Title' : undefined,
  })
}

function addShape(pptx: PptxGenJS, slide: PptxGenJS.Slide, shape: RawShape, geometry: SlideGeometry) {
  const outline = uniformBorder(shape.sides)
  if (shape.fill || outline) {
    const fill = shape.fill ? colour(shape.fill) : undefined
    const rounded = shape.radiusPx > 0.5
    slide.addShape(rounded ? pptx.ShapeType.roundRect : pptx.ShapeType.rect, {
      ...boxToInches(shape.box, geometry),
      fill: fill ? { color: fill.hex, transparency: transparency(fill.alpha) } : { type: 'none' },
      line: outline ? { color: colour(outline.color).hex, width: pxToPoints(outline.widthPx, geometry) } : { type: 'none' },
      // pptxgenjs takes the corner radius in inches.
      rectRadius: rounded ? pxToInches(Math.min(shape.radiusPx, shape.box.width / 2, shape.box.height / 2), geometry) : undefined,
    })
  }
  if (outline)
    return
  for (const bar of edgeBars(shape.box, shape.sides)) {
    slide.addShape(pptx.ShapeType.rect, {
      ...boxToInches(bar.box, geometry),
      fill: { color: colour(bar.color).hex, transparency: transparency(colour(bar.color).alpha) },
      line: { type: 'none' },
    })
  }
}

function addSlide(pptx: PptxGenJS, source: PptxSource, raw: RawSlide, geometry: SlideGeometry, palette: Palette, charts: Array<{ chart: ReturnType<typeof chartModel>, slide: number }>) {
  const slide = pptx.addSlide({ masterName: 'DECK' })
  slide.background = { color: colour(raw.background).hex }
  const items = raw.items
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    if (item.kind === 'text') {
      // Consecutive text items: lists of stacked items become one box.
      let end = i
      while (end + 1 < items.length && items[end + 1].kind === 'text')
        end++
      const run = items.slice(i, end + 1) as RawText[]
      for (const group of groupIntoTextBoxes(run))
        addText(slide, group, geometry, source.info.lang)
      i = end
    }
    else if (item.kind === 'shape') {
      addShape(pptx, slide, item, geometry)
    }
    else if (item.kind === 'chart') {
      const spec = source.charts.get(raw.no)?.[item.index]
      if (!spec)
        throw new Error(`第 ${raw.no} 页「${source.info.slides[raw.no - 1].title}」画了图表，但 slides.md 里这一页没有 chart 数据 / slide ${raw.no} draws a chart with no chart: data`)
      const model = chartModel(spec, palette, deckLangOf(source.info.lang))
      const native = nativeChart(model, palette, boxToInches(item.box, geometry), geometry, deckFontFor(source.info.lang))
      slide.addChart(native.type === 'bar' ? pptx.ChartType.bar : pptx.ChartType.doughnut, native.data, native.options)
      charts.push({ chart: model, slide: raw.no })
    }
    else {
      const png = source.pictures.get(item.marker)
      if (!png)
        throw new Error(`slide ${raw.no}: no screenshot for picture ${item.marker}`)
      slide.addImage({ data: `image/png;base64,${png.toString('base64')}`, ...boxToInches(item.box, geometry), altText: item.alt })
    }
  }
  const notes = source.notes.find(note => note.no === raw.no)
  slide.addNotes(notes?.text ?? '')
}

/** Builds the PPTX in memory. Throws naming the slide at fault. */
export async function buildPptx(source: PptxSource): Promise<Buffer> {
  const { info } = source
  const geometry = slideGeometry(info.size)
  const palette = paletteFor(source.dark)
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: 'DECK', width: geometry.widthIn, height: geometry.heightIn })
  pptx.layout = 'DECK'
  pptx.title = info.title
  pptx.author = info.author
  pptx.subject = info.subject
  pptx.theme = { headFontFace: deckFontFor(info.lang), bodyFontFace: deckFontFor(info.lang) }
  // The title placeholder takes each slide's own position; only its role comes from the master.
  pptx.defineSlideMaster({
    title: 'DECK',
    background: { color: colour(palette.background).hex },
    objects: [{ placeholder: { options: { name: 'title', type: 'title' }, text: '' } }],
  })
  const charts: Array<{ chart: ReturnType<typeof chartModel>, slide: number }> = []
  for (const raw of source.slides) {
    try {
      addSlide(pptx, source, raw, geometry, palette, charts)
    }
    catch (error) {
      const title = info.slides[raw.no - 1]?.title ?? ''
      const message = error instanceof Error ? error.message : String(error)
      throw new Error(message.startsWith('第 ') ? message : `第 ${raw.no} 页「${title}」无法写入 PPTX / slide ${raw.no} cannot go into the PPTX: ${message}`)
    }
  }
  const written = await pptx.write({ outputType: 'nodebuffer', compression: true }) as Buffer
  return finish(written, charts, palette)
}

/**
 * pptxgenjs writes paragraph properties before every run of a paragraph;
 * DrawingML allows them only first. Keeps the first, drops the rest, so a
 * bold word does not end its paragraph's bullet.
 */
export function singleParagraphProps(slideXml: string): string {
  return slideXml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_whole, body: string) => {
    let first = true
    const kept = body.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (props: string, offset: number) => {
      const keep = first && offset === 0
      first = false
      return keep ? props : ''
    })
    return `<a:p>${kept}</a:p>`
  })
}

/** Tidies pptxgenjs's slide XML and puts the slide's fill patterns into each chart part (found through each slide's relationships). */
async function finish(file: Buffer, charts: Array<{ chart: ReturnType<typeof chartModel>, slide: number }>, palette: Palette): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file)
  for (const name of Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)))
    zip.file(name, singleParagraphProps(await zip.file(name)!.async('string')))
  for (const name of Object.keys(zip.files).filter(name => /^ppt\/theme\/theme\d+\.xml$/.test(name)))
    zip.file(name, themeWithEastAsianFont(await zip.file(name)!.async('string')))
  const bySlide = new Map<number, Array<ReturnType<typeof chartModel>>>()
  for (const { chart, slide } of charts)
    bySlide.set(slide, [...(bySlide.get(slide) ?? []), chart])
  for (const [slide, models] of bySlide) {
    const rels = await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)!.async('string')
    const targets = [...rels.matchAll(/Id="rId(\d+)"[^>]*Target="(?:\/ppt|\.\.)\/charts\/(chart\d+\.xml)"/g)]
      .sort((a, b) => Number(a[1]) - Number(b[1]))
      .map(match => `ppt/charts/${match[2]}`)
    if (targets.length !== models.length)
      throw new Error(`slide ${slide}: ${models.length} charts made, ${targets.length} chart parts found`)
    for (const [index, part] of targets.entries())
      zip.file(part, patternPoints(await zip.file(part)!.async('string'), models[index], palette.background))
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

/** A screenshot of each picture the layout walk found (where nothing native exists), by its marker. */
export async function capturePictures(page: Page, slides: RawSlide[]): Promise<Map<string, Buffer>> {
  const pictures = new Map<string, Buffer>()
  for (const item of slides.flatMap(slide => slide.items)) {
    if (item.kind === 'picture')
      pictures.set(item.marker, await page.locator(`[data-pptx-picture="${item.marker}"]`).screenshot({ type: 'png', animations: 'disabled' }))
  }
  return pictures
}

/** Reads the open print view and notes, builds the PPTX and writes it in one step (nothing half-written). */
export async function writeEditablePptx(page: Page, notes: SlideNotes[], info: DeckInfo, path: string, options: { dark?: boolean, deckPath?: string } = {}): Promise<void> {
  const charts = readChartSpecs(info, options.deckPath)
  const slides = await readSlideLayouts(page, info)
  const pictures = await capturePictures(page, slides)
  const data = await buildPptx({ info, slides, notes, charts, pictures, dark: options.dark ?? false })
  try {
    await writeAtomically(path, data)
  }
  catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    throw new Error(`无法写入 ${path}${code ? `（${code}）` : ''}：文件夹不可写或空间不足，PPTX 未写出 / cannot write ${path}: ${(error as Error).message}`)
  }
}
