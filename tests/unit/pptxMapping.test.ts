import { describe, expect, it } from 'vitest'
import { boxToInches, cssColorToHex, edgeBars, groupIntoTextBoxes, isBold, lineHeightPoints, listBullet, patternPreset, pxToInches, pxToPoints, slideGeometry, textAlign, textFit, uniformBorder, unionBox, widenForRenderer } from '../../scripts/export/pptx/pptxMapping'

const geometry = slideGeometry({ width: 980, height: 551 })

describe('slide geometry', () => {
  it('maps the 980 px canvas onto a 13.333 in widescreen slide', () => {
    expect(geometry.widthIn).toBe(13.333)
    expect(geometry.heightIn).toBeCloseTo(7.4963, 3)
    expect(pxToInches(980, geometry)).toBeCloseTo(13.333, 3)
    expect(pxToInches(98, geometry)).toBeCloseTo(1.3333, 3)
  })

  it('turns CSS pixels into points at the slide\'s scale', () => {
    expect(pxToPoints(19.2, geometry)).toBe(18.8)
    expect(pxToPoints(18, geometry)).toBe(17.6)
  })

  it('maps a box', () => {
    expect(boxToInches({ x: 49, y: 98, width: 490, height: 49 }, geometry)).toEqual({ x: 0.6667, y: 1.3333, w: 6.6665, h: 0.6667 })
  })

  it('refuses an empty slide', () => {
    expect(() => slideGeometry({ width: 0, height: 551 })).toThrow('positive')
    expect(() => slideGeometry({ width: 980, height: 0 })).toThrow('positive')
    expect(slideGeometry({ width: 980, height: 551 }).widthIn).toBe(13.333)
    expect(() => slideGeometry({ width: Number.NaN, height: 551 })).toThrow('positive')
  })
})

describe('cssColorToHex', () => {
  it('reads rgb(), rgba(), space syntax and hex', () => {
    expect(cssColorToHex('rgb(27, 36, 48)')).toEqual({ hex: '1B2430', alpha: 1 })
    expect(cssColorToHex('rgba(11, 98, 131, 0.5)')).toEqual({ hex: '0B6283', alpha: 0.5 })
    expect(cssColorToHex('rgb(27 36 48 / 25%)')).toEqual({ hex: '1B2430', alpha: 0.25 })
    expect(cssColorToHex('#b4540a')).toEqual({ hex: 'B4540A', alpha: 1 })
    expect(cssColorToHex('#fff')).toEqual({ hex: 'FFFFFF', alpha: 1 })
    expect(cssColorToHex('#00000080')).toEqual({ hex: '000000', alpha: 0.502 })
    expect(cssColorToHex('rgba(0, 0, 0, 0)').alpha).toBe(0)
    // Four-digit hex with its alpha, upper-case and padded input, percentages, and channels out of range clamped.
    expect(cssColorToHex('#F008')).toEqual({ hex: 'FF0000', alpha: 0.533 })
    expect(cssColorToHex('  RGB(255, 0, 0)  ')).toEqual({ hex: 'FF0000', alpha: 1 })
    expect(cssColorToHex('rgb( 255, 0, 0 )')).toEqual({ hex: 'FF0000', alpha: 1 })
    expect(cssColorToHex('rgb(100%, 60%, 0%)')).toEqual({ hex: 'FF9900', alpha: 1 })
    expect(cssColorToHex('rgb(300, -5, 16)')).toEqual({ hex: 'FF0010', alpha: 1 })
    expect(cssColorToHex('rgba(0, 0, 0, 2)').alpha).toBe(1)
  })

  it('refuses what it cannot read rather than drawing black', () => {
    expect(() => cssColorToHex('oklch(0.5 0.1 200)')).toThrow('unsupported CSS colour')
    expect(() => cssColorToHex('red')).toThrow('unsupported CSS colour')
    expect(() => cssColorToHex('#12345')).toThrow('unsupported CSS colour')
    for (const text of ['x#ffffff', '#ffffff;', 'rgb(1, 2)', 'rgb(1, 2, 3, 4, 5)', 'rgb(a, b, c)', 'rgb(1, 2, 3, x)', 'xrgb(1, 2, 3)', 'rgb(1, 2, 3) x'])
      expect(() => cssColorToHex(text), text).toThrow('unsupported CSS colour')
  })
})

describe('type', () => {
  it('makes 600 and above bold', () => {
    expect(isBold('700')).toBe(true)
    expect(isBold('bolder')).toBe(true)
    expect(isBold(600)).toBe(true)
    expect(isBold(600)).toBe(true)
    expect(isBold('bold')).toBe(true)
    expect(isBold('400')).toBe(false)
    expect(isBold('500')).toBe(false)
  })

  it('maps CSS text-align', () => {
    expect(textAlign('start')).toBe('left')
    expect(textAlign('center')).toBe('center')
    expect(textAlign('-webkit-center')).toBe('center')
    expect(textAlign('end')).toBe('right')
    // What Chromium's getComputedStyle reports for `text-align: right`.
    expect(textAlign('right')).toBe('right')
    expect(textAlign('-webkit-right')).toBe('right')
    expect(textAlign('left')).toBe('left')
    expect(textAlign('justify')).toBe('justify')
  })

  it('reads line-height in px or normal', () => {
    expect(lineHeightPoints('31.68px', 19.2, geometry)).toBe(31)
    expect(lineHeightPoints('normal', 20, geometry)).toBe(23.5)
    expect(() => lineHeightPoints('auto', 20, geometry)).toThrow('line-height')
  })
})

describe('listBullet', () => {
  it('gives bullets, numbers that go on counting, or none', () => {
    expect(listBullet('disc', 1, 18)).toEqual({ indent: 18 })
    expect(listBullet('square', 2, 18)).toEqual({ indent: 18 })
    expect(listBullet('decimal', 3, 18)).toEqual({ type: 'number', numberType: 'arabicPeriod', numberStartAt: 3, indent: 18 })
    expect(listBullet('upper-roman', 1, 18)).toEqual({ type: 'number', numberType: 'romanUcPeriod', numberStartAt: 1, indent: 18 })
    for (const [style, numberType] of [['decimal-leading-zero', 'arabicPeriod'], ['lower-alpha', 'alphaLcPeriod'], ['lower-latin', 'alphaLcPeriod'], ['upper-alpha', 'alphaUcPeriod'], ['upper-latin', 'alphaUcPeriod'], ['lower-roman', 'romanLcPeriod']])
      expect(listBullet(style, 4, 18.4), style).toEqual({ type: 'number', numberType, numberStartAt: 4, indent: 18 })
    expect(listBullet('disc', 1, 0.2)).toEqual({ indent: 1 })
    expect(listBullet('none', 1, 18)).toBe(false)
  })
})

describe('borders', () => {
  const side = (widthPx: number, color = 'rgba(0, 0, 0, 1.000)') => ({ widthPx, color })
  const box = { x: 10, y: 20, width: 100, height: 50 }

  it('draws equal borders as one outline', () => {
    expect(uniformBorder({ top: side(1), right: side(1), bottom: side(1), left: side(1) })).toEqual(side(1))
    expect(uniformBorder({ top: side(4), right: side(1), bottom: side(1), left: side(1) })).toBeUndefined()
    expect(uniformBorder({ top: side(1), right: side(1), bottom: side(1, 'red'), left: side(1) })).toBeUndefined()
    expect(uniformBorder({ top: side(0), right: side(0), bottom: side(0), left: side(0) })).toBeUndefined()
  })

  it('draws unequal borders as bars along the edges', () => {
    expect(edgeBars(box, { top: side(0), right: side(0), bottom: side(0), left: side(4, 'red') })).toEqual([
      { box: { x: 10, y: 20, width: 4, height: 50 }, color: 'red' },
    ])
    expect(edgeBars(box, { top: side(4), right: side(1), bottom: side(1), left: side(0) }).map(bar => bar.box)).toEqual([
      { x: 10, y: 20, width: 100, height: 4 },
      { x: 10, y: 69, width: 100, height: 1 },
      { x: 109, y: 20, width: 1, height: 50 },
    ])
  })
})

describe('widenForRenderer', () => {
  const box = { x: 100, y: 0, width: 200, height: 20 }
  it('grows the box on the side the text grows towards', () => {
    expect(widenForRenderer(box, 'left', 6)).toEqual({ x: 100, y: 0, width: 206, height: 20 })
    expect(widenForRenderer(box, 'center', 6)).toEqual({ x: 97, y: 0, width: 206, height: 20 })
    expect(widenForRenderer(box, 'right', 6)).toEqual({ x: 94, y: 0, width: 206, height: 20 })
  })
})

describe('groupIntoTextBoxes', () => {
  const item = (id: number | undefined, x: number, y: number, width = 300) => ({ list: id === undefined ? undefined : { id }, box: { x, y, width, height: 30 } })

  it('puts stacked items of one list into one box', () => {
    const a = item(1, 40, 100)
    const b = item(1, 40, 134)
    const c = item(1, 40, 168)
    expect(groupIntoTextBoxes([a, b, c])).toEqual([[a, b, c]])
  })

  it('joins items that touch or overlap by less than a pixel, in one column of one width; a pixel more keeps them apart', () => {
    const a = item(1, 40, 100)
    expect(groupIntoTextBoxes([a, item(1, 40, 129.5)])).toHaveLength(1)
    expect(groupIntoTextBoxes([a, item(1, 40, 129)])).toHaveLength(1)
    expect(groupIntoTextBoxes([a, item(1, 40, 128.5)])).toHaveLength(2)
    expect(groupIntoTextBoxes([a, item(1, 41, 134)])).toHaveLength(2)
    expect(groupIntoTextBoxes([a, item(1, 40.5, 134)])).toHaveLength(1)
    expect(groupIntoTextBoxes([a, item(1, 40, 134, 301)])).toHaveLength(2)
    expect(groupIntoTextBoxes([a, item(1, 40, 134, 300.5)])).toHaveLength(1)
    // A list item after plain text of a flow, or plain text without a flow, starts a box of its own.
    expect(groupIntoTextBoxes([{ flow: 1, box: a.box }, { ...item(1, 40, 134), flow: 1 }])).toHaveLength(2)
    expect(groupIntoTextBoxes([{ box: a.box }, { box: { ...a.box, y: 134 } }])).toHaveLength(2)
  })

  it('keeps side-by-side items, other lists and plain text apart', () => {
    const left = item(1, 40, 100)
    const right = item(1, 400, 100)
    const other = item(2, 400, 134)
    const plain = item(undefined, 400, 168)
    expect(groupIntoTextBoxes([left, right, other, plain])).toEqual([[left], [right], [other], [plain]])
  })

  it('puts a quotation and its attribution (one flow, stacked) into one box, and keeps other flows apart', () => {
    const quote = { flow: 3, box: { x: 60, y: 200, width: 700, height: 90 } }
    const cite = { flow: 3, box: { x: 60, y: 302, width: 720, height: 24 } }
    const next = { flow: 4, box: { x: 60, y: 340, width: 720, height: 24 } }
    const loose = { box: { x: 60, y: 370, width: 720, height: 24 } }
    const looseToo = { box: { x: 60, y: 400, width: 720, height: 24 } }
    expect(groupIntoTextBoxes([quote, cite, next, loose, looseToo])).toEqual([[quote, cite], [next], [loose], [looseToo]])
  })

  it('keeps parts of one flow apart when the second does not lie below the first', () => {
    const label = { flow: 1, box: { x: 500, y: 100, width: 100, height: 24 } }
    const beside = { flow: 1, box: { x: 620, y: 100, width: 60, height: 24 } }
    expect(groupIntoTextBoxes([label, beside])).toEqual([[label], [beside]])
  })
})

describe('unionBox', () => {
  it('holds every box', () => {
    expect(unionBox([{ x: 60, y: 200, width: 700, height: 90 }, { x: 50, y: 302, width: 720, height: 24 }])).toEqual({ x: 50, y: 200, width: 720, height: 126 })
  })
})

describe('textFit', () => {
  it('shrinks one paragraph into its room and grows a box of several paragraphs', () => {
    expect(textFit([{}])).toBe('shrink')
    expect(textFit([{}, {}])).toBe('resize')
  })
})

describe('patternPreset', () => {
  it('has a DrawingML pattern for every hatched fill and none for solid', () => {
    expect(patternPreset('solid')).toBeUndefined()
    expect(patternPreset('diagonal')).toBe('wdUpDiag')
    expect(patternPreset('dots')).toBe('pct25')
    expect(patternPreset('cross')).toBe('lgGrid')
  })
})
