import type { SegmentFill } from './chartConfig'

/** The CSS background of a legend swatch, matching the canvas pattern of its segment. */
export function swatchStyle(fill: SegmentFill, background: string): Record<string, string> {
  const { color } = fill
  switch (fill.pattern) {
    case 'solid':
      return { background: color }
    case 'diagonal':
      return { background: `repeating-linear-gradient(45deg, ${color} 0 3px, ${background} 3px 7px)`, border: `2px solid ${color}` }
    case 'dots':
      return { background: `radial-gradient(${color} 40%, ${background} 45%) 0 0 / 7px 7px`, border: `2px solid ${color}` }
    case 'cross':
      return {
        background: `linear-gradient(${color} 0 0) 50% 0 / 3px 100% no-repeat, linear-gradient(${color} 0 0) 0 50% / 100% 3px no-repeat, ${background}`,
        border: `2px solid ${color}`,
      }
  }
}
