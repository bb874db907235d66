import type { SegmentFill } from './chartConfig'

const TILE = 12

/** A canvas fill for a segment: a flat colour, or a pattern of that colour on the background. */
export function patternFill(fill: SegmentFill, background: string): string | CanvasPattern {
  if (fill.pattern === 'solid')
    return fill.color
  const tile = document.createElement('canvas')
  tile.width = TILE
  tile.height = TILE
  const ctx = tile.getContext('2d')
  if (!ctx)
    throw new Error('无法创建图案画布')
  ctx.fillStyle = background
  ctx.fillRect(0, 0, TILE, TILE)
  ctx.strokeStyle = fill.color
  ctx.fillStyle = fill.color
  ctx.lineWidth = 3
  if (fill.pattern === 'diagonal') {
    ctx.beginPath()
    ctx.moveTo(-2, TILE + 2)
    ctx.lineTo(TILE + 2, -2)
    ctx.moveTo(-2, 2)
    ctx.lineTo(2, -2)
    ctx.moveTo(TILE - 2, TILE + 2)
    ctx.lineTo(TILE + 2, TILE - 2)
    ctx.stroke()
  }
  else if (fill.pattern === 'dots') {
    ctx.beginPath()
    ctx.arc(TILE / 2, TILE / 2, 3, 0, Math.PI * 2)
    ctx.fill()
  }
  else {
    ctx.beginPath()
    ctx.moveTo(0, TILE / 2)
    ctx.lineTo(TILE, TILE / 2)
    ctx.moveTo(TILE / 2, 0)
    ctx.lineTo(TILE / 2, TILE)
    ctx.stroke()
  }
  const pattern = ctx.createPattern(tile, 'repeat')
  if (!pattern)
    throw new Error('无法创建图案填充')
  return pattern
}
