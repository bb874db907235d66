import type { Page } from '@playwright/test'
import type { DeckLang } from '../../components/deck/deckWords'
import type { SourceSlide } from '../support/deckSource'
import { englishProblemsIn } from '../../scripts/lint/translation/index'
import { halfWidthPunctuation, numberStyle } from '../../scripts/lint/typesetting'
import { badLineBreaks, loneLastWord } from './lineBreaks'
import { slideMetrics } from './slideMetrics'
import { crowdedAxisLabels, cutAxisTitles } from '../../components/problems/fitChecks'
import { measureAxes } from '../../components/problems/fitMeasure'
import { fitMessage } from '../../components/problems/fitWords'

/** Type and layout that read from the back of a room, on every content slide. */
const READABLE_PX = 22
const SMALLEST_PX = 16
const READABLE_SHARE = 0.7
const MAX_CHARS = 130
/**
 * The English edition's limit in words, equal to the 130 characters of
 * Chinese: an English word carries about as much as 1.7 Chinese characters
 * (130 / 1.7 ≈ 76), which is also what the two editions of this deck measure
 * (their slides' English text runs 3.5 letters to a Chinese character, about
 * 5.9 letters with its space to a word).
 */
const MAX_WORDS = 76
const MAX_EMPTY_BAND = 0.3
const MIN_CHART_SHARE = 0.25
const MIN_FIGURE_PX = 48
const TITLE_LEAD = 1.2
/** Calm space: the content keeps at least this far (canvas px) from the title above it and from the footer rule below it. */
const MIN_GAP_PX = 16

/** Content slides are measured; the cover and the section dividers are set apart on purpose. */
export function isContentSlide(slide: SourceSlide): boolean {
  return !['cover', 'section'].includes(slide.layout)
}

/**
 * What keeps slide `slide.no`, shown in the audience view, from reading well in a
 * room: small or crowded type, a title that is not the largest text, an empty band,
 * content crowding the title or the footer rule, a small chart or figure, half-width punctuation or another number style as rendered,
 * a line that breaks inside a word or between a number and its unit; in
 * English, more words than the room reads and a title that ends on a lone word.
 */
export async function designProblems(page: Page, slide: SourceSlide, lang: DeckLang = 'zh', file?: string): Promise<string[]> {
  const m = await slideMetrics(page, slide.no)
  const area = m.canvas.width * m.canvas.height
  const chars = m.runs.reduce((sum, run) => sum + run.chars, 0)
  const readable = m.runs.filter(run => run.fontSize >= READABLE_PX).reduce((sum, run) => sum + run.chars, 0)
  const title = Math.max(0, ...m.runs.filter(run => run.role === 'title').map(run => run.fontSize))
  const problems: string[] = []
  const shown = await page.locator(`#slide-content .slidev-page-${slide.no} .slidev-layout`).innerText()
  const words = shown.split(/\s+/).filter(word => /\p{L}|\d/u.test(word)).length
  if (lang === 'zh' && chars > MAX_CHARS)
    problems.push(`${chars} visible characters (at most ${MAX_CHARS})`)
  if (lang === 'en' && words > MAX_WORDS)
    problems.push(`${words} visible words (at most ${MAX_WORDS})`)
  if (readable / chars < READABLE_SHARE)
    problems.push(`${Math.round(100 * readable / chars)}% of the characters at ≥ ${READABLE_PX}px (at least ${100 * READABLE_SHARE}%)`)
  for (const run of m.runs.filter(run => run.fontSize < SMALLEST_PX))
    problems.push(`"${run.sample}" at ${run.fontSize}px (at least ${SMALLEST_PX}px)`)
  if (title === 0)
    problems.push('no title')
  for (const run of m.runs.filter(run => run.role === 'text' && run.fontSize * TITLE_LEAD > title))
    problems.push(`"${run.sample}" at ${run.fontSize}px is not clearly smaller than the ${title}px title`)
  for (const run of m.runs.filter(run => run.role === 'figure' && run.fontSize < MIN_FIGURE_PX))
    problems.push(`figure "${run.sample}" at ${run.fontSize}px (at least ${MIN_FIGURE_PX}px)`)
  if (m.emptyBand.height > MAX_EMPTY_BAND * m.canvas.height)
    problems.push(`empty band of ${Math.round(m.emptyBand.height)}px from y=${Math.round(m.emptyBand.top)} (at most ${Math.round(MAX_EMPTY_BAND * 100)}% of ${m.canvas.height}px)`)
  if (m.gaps && m.gaps.underTitle < MIN_GAP_PX)
    problems.push(`the content starts ${Math.round(m.gaps.underTitle)}px under the title (at least ${MIN_GAP_PX}px)`)
  if (m.gaps && m.gaps.aboveFooter < MIN_GAP_PX)
    problems.push(`the content ends ${Math.round(m.gaps.aboveFooter)}px above the footer rule (at least ${MIN_GAP_PX}px)`)
  for (const chart of m.chartAreas.filter(chart => chart < MIN_CHART_SHARE * area))
    problems.push(`chart takes ${Math.round(100 * chart / area)}% of the slide (at least ${100 * MIN_CHART_SHARE}%)`)
  const typesetting = lang === 'zh' ? [...halfWidthPunctuation(shown, 'shown'), ...numberStyle(shown, 'shown')] : englishProblemsIn(shown)
  for (const problem of typesetting)
    problems.push(`${problem.rule}: "${problem.excerpt}"`)
  problems.push(...await badLineBreaks(page, slide.no))
  problems.push(...await chartFitProblems(page, slide.no, file))
  if (lang === 'en')
    problems.push(...await loneLastWord(page, slide.no))
  return problems
}

/**
 * A chart's axis title longer than its axis (Chart.js draws it anyway, cut
 * at the canvas's edge: the title names the unit, so it must read whole) and
 * a category label wider than its room, on slide `no`; the rules the dev
 * server's box judges by (components/problems/fitChecks.ts).
 */
export async function chartFitProblems(page: Page, no: number, file?: string): Promise<string[]> {
  const axes = await page.locator(`#slide-content .slidev-page-${no}`).first().evaluate(measureAxes)
  const fit = { canvas: { width: 0, height: 0 }, boxes: [], runs: [], axes }
  return [...cutAxisTitles(fit), ...crowdedAxisLabels(fit)].map(problem => fitMessage(problem, 'en', { file, slide: no }))
}
