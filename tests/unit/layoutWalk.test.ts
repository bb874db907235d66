import type { RawRun } from '../../scripts/export/pptx/layoutWalk/index'
import { describe, expect, it } from 'vitest'
import { firstGradientColour, isVisibleColour } from '../../scripts/export/pptx/layoutWalk/colour'
import { boxOn, countLines, coversSlide, insetBox, isDegenerate, startAtFirstLine } from '../../scripts/export/pptx/layoutWalk/geometry'
import { collapseRunSpaces } from '../../scripts/export/pptx/layoutWalk/textRuns'

/** The layout walk's pure pieces; its DOM pieces are tested on fixture pages in tests/e2e/layoutWalk.spec.ts. */

const run = (text: string, breakBefore = false): RawRun => ({ text, breakBefore, fontSizePx: 28, fontWeight: '400', italic: false, underline: false, color: 'rgba(0, 0, 0, 1.000)' })
const texts = (runs: RawRun[]) => runs.map(r => r.text)

describe('collapseRunSpaces', () => {
  it('drops the spaces at the ends of a line and keeps one between words', () => {
    expect(texts(collapseRunSpaces([run(' 大模型 '), run(' 变革 '), run('创新 ')]))).toEqual(['大模型 ', '变革 ', '创新'])
  })

  it('treats a line break as the end of one line and the start of the next', () => {
    const runs = collapseRunSpaces([run('第一行 '), run(' 第二行', true)])
    expect(texts(runs)).toEqual(['第一行', '第二行'])
    expect(runs[1].breakBefore).toBe(true)
  })

  it('drops runs left empty, but keeps an empty one that carries a break', () => {
    expect(texts(collapseRunSpaces([run('a '), run(' '), run('b')]))).toEqual(['a ', 'b'])
    expect(texts(collapseRunSpaces([run('a'), run(' '), run('b')]))).toEqual(['a', ' ', 'b'])
    expect(collapseRunSpaces([run('a'), run(' ', true), run('b')]).map(r => [r.text, r.breakBefore])).toEqual([['a', false], ['', true], ['b', false]])
  })

  it('leaves the runs it was given as they were', () => {
    const given = [run(' a ')]
    collapseRunSpaces(given)
    expect(given[0].text).toBe(' a ')
  })
})

describe('countLines', () => {
  it('counts fragments on one line once, even when their glyph boxes differ a little', () => {
    expect(countLines([{ top: 100, height: 40 }, { top: 104, height: 34 }, { top: 150, height: 40 }])).toBe(2)
  })

  it('tells lines apart whose glyph boxes overlap', () => {
    expect(countLines([{ top: 100, height: 44 }, { top: 140, height: 44 }])).toBe(2)
  })

  it('counts at least one line, in any order of fragments', () => {
    expect(countLines([])).toBe(1)
    expect(countLines([{ top: 200, height: 40 }, { top: 100, height: 40 }, { top: 150, height: 40 }])).toBe(3)
  })
})

describe('geometry', () => {
  it('places a client rectangle on the slide canvas, undoing the page\'s scale', () => {
    expect(boxOn({ left: 60, top: 40, width: 200, height: 100 }, { left: 10, top: 20, width: 1960, height: 1102 }, 2)).toEqual({ x: 25, y: 10, width: 100, height: 50 })
  })

  it('takes border and padding off a box, never below zero', () => {
    expect(insetBox({ x: 10, y: 10, width: 100, height: 50 }, { top: 5, right: 10, bottom: 5, left: 20 })).toEqual({ x: 30, y: 15, width: 70, height: 40 })
    expect(insetBox({ x: 0, y: 0, width: 10, height: 10 }, { top: 8, right: 8, bottom: 8, left: 8 })).toEqual({ x: 8, y: 8, width: 0, height: 0 })
  })

  it('knows a box that covers the slide, and one too small to draw', () => {
    expect(coversSlide({ x: 0, y: 0, width: 970, height: 545 }, { width: 980, height: 551 })).toBe(true)
    expect(coversSlide({ x: 0, y: 0, width: 900, height: 551 }, { width: 980, height: 551 })).toBe(false)
    expect(isDegenerate({ x: 0, y: 0, width: 0.4, height: 30 })).toBe(true)
    expect(isDegenerate({ x: 0, y: 0, width: 1, height: 1 })).toBe(false)
  })
})

describe('colours', () => {
  it('tells a transparent rgba() from a visible one', () => {
    expect(isVisibleColour('rgba(0, 0, 0, 0.000)')).toBe(false)
    expect(isVisibleColour('rgba(255, 255, 255, 0.050)')).toBe(true)
  })

  it('takes the first colour of a gradient', () => {
    expect(firstGradientColour('linear-gradient(90deg, rgb(10, 20, 30) 0%, #fff 100%)')).toBe('rgb(10, 20, 30)')
    expect(firstGradientColour('linear-gradient(#1e40af, rgba(0, 0, 0, 0))')).toBe('#1e40af')
    expect(firstGradientColour('none')).toBeUndefined()
    expect(firstGradientColour('url(x.png)')).toBeUndefined()
  })
})

describe('startAtFirstLine', () => {
  it('starts a run that follows a swatch where its first line starts, keeping its right edge', () => {
    const box = { x: 500, y: 100, width: 200, height: 48 }
    const fragments = [{ x: 0, y: 0, width: 0, height: 0 }, { x: 524, y: 100, width: 176, height: 24 }, { x: 500, y: 124, width: 80, height: 24 }]
    expect(startAtFirstLine(box, fragments)).toEqual({ x: 524, y: 100, width: 176, height: 48 })
  })

  it('leaves a run that starts at its box\'s left edge as it is', () => {
    const box = { x: 500, y: 100, width: 200, height: 48 }
    expect(startAtFirstLine(box, [{ x: 500, y: 100, width: 200, height: 24 }])).toBe(box)
    expect(startAtFirstLine(box, [])).toBe(box)
  })
})
