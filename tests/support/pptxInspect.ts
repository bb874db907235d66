import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'
import { compact } from './pdfInspect'

/** A PPTX opened as the zip of XML parts it is. */
export interface Pptx {
  zip: JSZip
  slideCount: number
  /** Slide size in EMU. */
  size: { cx: number, cy: number }
  part: (name: string) => Promise<string>
}

export async function openPptx(path: string): Promise<Pptx> {
  return openPptxBuffer(await readFile(path), path)
}

export async function openPptxBuffer(data: Uint8Array, path = 'the PPTX'): Promise<Pptx> {
  const zip = await JSZip.loadAsync(data)
  const part = async (name: string) => {
    const file = zip.file(name)
    if (!file)
      throw new Error(`${path} has no part ${name}`)
    return file.async('string')
  }
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(await part('ppt/presentation.xml'))!
  return {
    zip,
    slideCount: Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length,
    size: { cx: Number(size[1]), cy: Number(size[2]) },
    part,
  }
}

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity[0] === '#')
      return String.fromCodePoint(entity[1].toLowerCase() === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1)))
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' }[entity.toLowerCase()]!
  })
}

/** All the text runs of an XML part, joined. */
export function xmlText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(match => decodeXml(match[1])).join('')
}

/**
 * A slide's text as a viewer shows it: the runs of every paragraph, with the
 * numbers PowerPoint puts before auto-numbered paragraphs (`1.`, `2.` … from
 * the list's start, counting on through consecutive numbered paragraphs).
 */
export function slideText(slideXml: string): string {
  return [...slideXml.matchAll(/<p:txBody>([\s\S]*?)<\/p:txBody>/g)].map(([, body]) => {
    let next: number | undefined
    return [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(([, paragraph]) => {
      const auto = /<a:buAutoNum type="arabicPeriod" startAt="(\d+)"\/>/.exec(paragraph)
      next = auto ? (next ?? Number(auto[1])) : undefined
      const number = next === undefined ? '' : `${next++}.`
      return number + xmlText(paragraph)
    }).join('')
  }).join('')
}

/** The shapes (`p:sp`) of a slide part. */
export function shapes(slideXml: string): string[] {
  return [...slideXml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(match => match[0])
}

/** The chart parts a slide refers to, in order. */
export async function slideCharts(pptx: Pptx, slideNo: number): Promise<string[]> {
  const rels = await pptx.part(`ppt/slides/_rels/slide${slideNo}.xml.rels`)
  const targets = [...rels.matchAll(/Target="(?:\/ppt|\.\.)\/(charts\/chart\d+\.xml)"/g)].map(match => `ppt/${match[1]}`)
  return Promise.all(targets.map(target => pptx.part(target)))
}

export interface ChartData {
  seriesName: string
  labels: string[]
  values: number[]
}

/** The data a chart part holds: its series name, categories and values (the data sheet's cache). */
export function chartData(chartXml: string): ChartData {
  const points = (xml: string) => [...xml.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map(match => decodeXml(match[1]))
  const section = (tag: string) => new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`).exec(chartXml)?.[1] ?? ''
  return {
    seriesName: points(section('tx'))[0] ?? '',
    labels: points(section('cat')),
    values: points(section('val')).map(Number),
  }
}

/**
 * The share of `expected`'s characters (white space aside) that `actual`
 * also holds, each character counted as often as it occurs.
 */
export function textCoverage(expected: string, actual: string): number {
  const available = new Map<string, number>()
  for (const char of compact(actual))
    available.set(char, (available.get(char) ?? 0) + 1)
  const wanted = [...compact(expected)]
  let found = 0
  for (const char of wanted) {
    const left = available.get(char) ?? 0
    if (left > 0) {
      found++
      available.set(char, left - 1)
    }
  }
  return wanted.length === 0 ? 1 : found / wanted.length
}
