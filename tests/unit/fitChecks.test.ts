import { describe, expect, it } from 'vitest'
import type { MeasuredAxis, MeasuredBox, Rect, SlideFit } from '../../components/problems/fitChecks'
import { CLIP_TOLERANCE, crowdedAxisLabels, cutAxisTitles, cutOff, EDGE_TOLERANCE, fitProblems, intoFooter, outsideSlide, textOverflow } from '../../components/problems/fitChecks'
import { FIT_BOX_CLASS, measureBoxes } from '../../components/problems/fitMeasure'
import { describeFit, fieldLine, FIT_WORDS, sourceOfFit } from '../../components/problems/fitWords'

/** A 980 × 552 canvas whose footer rule is at 500. */
const CANVAS = { width: 980, height: 552 }
const FOOTER = 500

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom })
const box = (r: Rect, more: Partial<MeasuredBox> = {}): MeasuredBox => ({ role: 'card', text: '过去二十年', source: { kind: 'item', no: 1 }, rect: r, inLayout: true, ...more })
const fit = (more: Partial<SlideFit>): SlideFit => ({ canvas: CANVAS, footerTop: FOOTER, boxes: [], runs: [], axes: [], ...more })
const axis = (more: Partial<MeasuredAxis>): MeasuredAxis => ({ chart: 0, id: 'y', horizontal: false, length: 213, thickness: 60, labels: [], ...more })

/** Just past the tolerance: the smallest overrun a rule must report. */
const OVER = EDGE_TOLERANCE + 0.01

describe('the slide\'s edges', () => {
  it('lets a box touch an edge and reports one a pixel past it, by how far', () => {
    expect(outsideSlide(fit({ boxes: [box(rect(0, 0, CANVAS.width, CANVAS.height))] }))).toEqual([])
    expect(outsideSlide(fit({ boxes: [box(rect(0, 0, CANVAS.width + EDGE_TOLERANCE, 100))] }))).toEqual([])
    for (const r of [rect(-OVER, 10, 100, 100), rect(10, -OVER, 100, 100), rect(10, 10, CANVAS.width + OVER, 100), rect(10, 10, 100, CANVAS.height + OVER)]) {
      const [problem, ...rest] = outsideSlide(fit({ boxes: [box(r)] }))
      expect(rest).toEqual([])
      expect(problem).toMatchObject({ rule: 'outside-slide', by: expect.closeTo(OVER, 5) })
    }
  })

  it('names the outermost box that runs out, not each box inside it', () => {
    const out = rect(10, 400, 200, 600)
    const problems = outsideSlide(fit({ boxes: [box(out, { text: 'card' }), box(out, { text: 'inner', parent: 0 }), box(rect(10, 10, 20, 20), { parent: 0 })] }))
    expect(problems.map(problem => problem.rule === 'outside-slide' && problem.box.text)).toEqual(['card'])
  })
})

describe('the footer', () => {
  it('lets the layout end on the footer\'s rule and reports a box that crosses it', () => {
    expect(intoFooter(fit({ boxes: [box(rect(10, 400, 200, FOOTER + EDGE_TOLERANCE))] }))).toEqual([])
    expect(intoFooter(fit({ boxes: [box(rect(10, 400, 200, FOOTER + OVER))] }))).toEqual([expect.objectContaining({ rule: 'into-footer', by: expect.closeTo(OVER, 5) })])
  })

  it('leaves the footer itself, and boxes below its rule or outside the layout, and a slide without a footer', () => {
    expect(intoFooter(fit({ boxes: [box(rect(10, FOOTER, 200, 540), { role: 'footer', inLayout: false })] }))).toEqual([])
    expect(intoFooter(fit({ boxes: [box(rect(10, FOOTER + 2, 200, 540))] }))).toEqual([])
    expect(intoFooter(fit({ footerTop: undefined, boxes: [box(rect(10, 400, 200, 540))] }))).toEqual([])
  })
})

describe('a box that clips', () => {
  const clipped = (contentWidth: number, contentHeight: number) => box(rect(10, 10, 110, 60), { clip: { contentWidth, contentHeight, width: 100, height: 50 } })

  it('reports content taller or wider than the box by more than the tolerance, and none that fits', () => {
    expect(cutOff(fit({ boxes: [clipped(100, 50), clipped(100 + CLIP_TOLERANCE, 50 + CLIP_TOLERANCE)] }))).toEqual([])
    expect(cutOff(fit({ boxes: [clipped(100, 50 + CLIP_TOLERANCE + 1)] }))).toEqual([expect.objectContaining({ rule: 'cut-off', by: CLIP_TOLERANCE + 1 })])
    expect(cutOff(fit({ boxes: [clipped(100 + CLIP_TOLERANCE + 1, 50)] }))).toEqual([expect.objectContaining({ rule: 'cut-off', by: CLIP_TOLERANCE + 1 })])
  })

  it('leaves a box that shows what overflows it (no clip measured)', () => {
    expect(cutOff(fit({ boxes: [box(rect(10, 10, 110, 60))] }))).toEqual([])
  })
})

describe('text in its box', () => {
  const card = box(rect(100, 100, 400, 300))

  it('lets lines reach their box\'s edges', () => {
    expect(textOverflow(fit({ boxes: [card], runs: [{ text: 'Microsoft', extent: rect(100 - EDGE_TOLERANCE, 100, 400 + EDGE_TOLERANCE, 300 + EDGE_TOLERANCE), within: [0] }] }))).toEqual([])
  })

  it('reports lines a pixel below their box (a title taller than its row)', () => {
    expect(textOverflow(fit({ boxes: [card], runs: [{ text: '陆奇', extent: rect(100, 100, 400, 300 + OVER), within: [0] }] })))
      .toEqual([expect.objectContaining({ rule: 'text-overflow', by: expect.closeTo(OVER, 5) })])
  })

  it('reports a line a pixel past either side, once per box, by its farthest line', () => {
    const runs = [
      { text: 'Microsoft', extent: rect(100, 120, 400 + OVER, 150), within: [0] },
      { text: 'Research', extent: rect(100, 160, 410, 190), within: [0] },
      { text: 'left', extent: rect(100 - OVER, 200, 300, 230), within: [0] },
    ]
    expect(textOverflow(fit({ boxes: [card], runs }))).toEqual([{ rule: 'text-overflow', box: card, text: 'Research', by: 10 }])
  })

  it('names the nearest box the text leaves, not the boxes around that one', () => {
    const item = box(rect(120, 120, 380, 280), { role: 'item' })
    const problems = textOverflow(fit({ boxes: [card, item], runs: [{ text: 'x', extent: rect(120, 130, 390, 150), within: [1, 0] }] }))
    expect(problems).toEqual([expect.objectContaining({ box: item, by: 10 })])
  })
})

describe('a chart\'s axes', () => {
  it('reports an axis title longer than its axis, and none that fits', () => {
    expect(cutAxisTitles(fit({ axes: [axis({ title: { text: 'Graduates (people)', width: 213 + EDGE_TOLERANCE } })] }))).toEqual([])
    expect(cutAxisTitles(fit({ axes: [axis({ title: { text: 'Graduates in 2022 (people)', width: 228 } })] })))
      .toEqual([expect.objectContaining({ rule: 'axis-title', text: 'Graduates in 2022 (people)', width: 228, length: 213, by: 15 })])
    expect(cutAxisTitles(fit({ axes: [axis({})] }))).toEqual([])
  })

  it('reports a label under a horizontal axis wider than its share of the axis, and none that fits', () => {
    const labels = (widest: number) => [{ text: 'OpenAI', width: 80 }, { text: 'Microsoft (decades)', width: widest }]
    expect(crowdedAxisLabels(fit({ axes: [axis({ horizontal: true, length: 400, labels: labels(200 + EDGE_TOLERANCE) })] }))).toEqual([])
    expect(crowdedAxisLabels(fit({ axes: [axis({ horizontal: true, length: 400, labels: labels(200 + OVER) })] })))
      .toEqual([expect.objectContaining({ rule: 'axis-label', text: 'Microsoft (decades)', space: 200, no: 2 })])
  })

  it('reports a label beside a vertical axis wider than the axis\'s breadth, and none that fits', () => {
    expect(crowdedAxisLabels(fit({ axes: [axis({ thickness: 120, labels: [{ text: 'OpenAI', width: 120 + EDGE_TOLERANCE }] })] }))).toEqual([])
    expect(crowdedAxisLabels(fit({ axes: [axis({ thickness: 120, labels: [{ text: 'OpenAI', width: 120 + OVER }] })] })))
      .toEqual([expect.objectContaining({ rule: 'axis-label', space: 120 })])
  })
})

describe('all the rules together', () => {
  it('find nothing on a slide where everything fits, and each problem of one where nothing does', () => {
    const fits = fit({ boxes: [box(rect(60, 60, 920, 480))], runs: [{ text: 'a', extent: rect(60, 60, 900, 100), within: [0] }], axes: [axis({ title: { text: 't', width: 100 } })] })
    expect(fitProblems(fits)).toEqual([])
    const crowded = fit({
      boxes: [box(rect(60, 60, 990, 520)), box(rect(60, 60, 100, 100), { parent: 0, clip: { contentWidth: 40, contentHeight: 90, width: 40, height: 40 } })],
      runs: [{ text: 'a', extent: rect(60, 60, 120, 100), within: [1, 0] }],
      axes: [axis({ title: { text: 't', width: 300 }, horizontal: true, length: 100, labels: [{ text: 'l', width: 200 }] })],
    })
    expect(fitProblems(crowded).map(problem => problem.rule)).toEqual(['outside-slide', 'into-footer', 'cut-off', 'text-overflow', 'axis-title', 'axis-label'])
  })
})

describe('the words', () => {
  const title = cutAxisTitles(fit({ axes: [axis({ title: { text: 'Graduates in 2022 (people)', width: 228.4 } })] }))[0]

  it('say what does not fit and by how much, in each edition\'s language, an overrun rounded up', () => {
    expect(describeFit(title, 'en')).toBe('the axis title “Graduates in 2022 (people)” is 228 px of text on a 213 px axis, 16 px too long')
    expect(describeFit(title, 'zh')).toBe('坐标轴标题「Graduates in 2022 (people)」宽 228 px，坐标轴只有 213 px，长了 16 px')
    const [footer] = intoFooter(fit({ boxes: [box(rect(10, 400, 200, FOOTER + 1.2), { role: 'paragraph', text: '文章由此引出的反思' })] }))
    expect(describeFit(footer, 'zh')).toBe('段落「文章由此引出的反思」压到页脚上 2 px')
    expect(describeFit(footer, 'en')).toBe('the paragraph “文章由此引出的反思” runs 2 px into the footer')
  })

  it('say where to fix it: the file, the slide, the field and its line', () => {
    expect(sourceOfFit(title)).toEqual({ kind: 'field', field: 'chart.series.name' })
    expect(FIT_WORDS.en.where({ file: 'slides.en.md', slide: 12, source: sourceOfFit(title), line: 397 })).toBe('slides.en.md, slide 12, chart.series.name, line 397')
    expect(FIT_WORDS.zh.where({ file: 'slides.md', slide: 12, source: sourceOfFit(title), line: 397 })).toBe('slides.md 第 12 页 chart.series.name（第 397 行）')
    expect(FIT_WORDS.zh.where({ file: 'slides.md', slide: 3, source: { kind: 'item', no: 2 } })).toBe('slides.md 第 3 页 第 2 个列表项')
    expect(FIT_WORDS.en.where({ slide: 3, source: { kind: 'heading' } })).toBe('slide 3, the title (# line)')
    const [label] = crowdedAxisLabels(fit({ axes: [axis({ thickness: 10, labels: [{ text: 'a', width: 5 }, { text: 'b', width: 50 }] })] }))
    expect(sourceOfFit(label)).toEqual({ kind: 'field', field: 'chart.labels[1]' })
  })

  it('find a field\'s line in the frontmatter, key by key, and no line for a field not written there', () => {
    const yaml = ['id: x', 'chart:', '  caption: c', '  labels: [a, b]', '  series:', '    name: Graduates', '    unit: people', 'figures:', '  - value: 1', '    label: first', '  - label: second', '    value: 2'].join('\n')
    expect(fieldLine(yaml, 'chart.series.name')).toBe(5)
    expect(fieldLine(yaml, 'chart.labels[1]')).toBe(3)
    expect(fieldLine(yaml, 'figures[0].label')).toBe(9)
    expect(fieldLine(yaml, 'figures[1].label')).toBe(10)
    expect(fieldLine(yaml, 'figures[1].value')).toBe(11)
    expect(fieldLine(yaml, 'chart.series.source')).toBeUndefined()
  })
})

it('never measures its own box: the class measureBoxes leaves out is the box\'s', () => {
  expect(measureBoxes.toString()).toContain(`.${FIT_BOX_CLASS}`)
})
