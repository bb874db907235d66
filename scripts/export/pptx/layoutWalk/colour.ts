/** Colours as the walk reports them: every CSS colour normalised to `rgba(r, g, b, a)` by a 1×1 canvas. */

export type ToRgba = (value: string) => string

/** A reader that normalises any CSS colour (names, hex, hsl, color-mix…) through a 1×1 canvas. */
export function canvasRgba(): ToRgba {
  const probe = document.createElement('canvas')
  probe.width = 1
  probe.height = 1
  const paint = probe.getContext('2d', { willReadFrequently: true })!
  return (value) => {
    paint.clearRect(0, 0, 1, 1)
    paint.fillStyle = '#000'
    paint.fillStyle = value
    paint.fillRect(0, 0, 1, 1)
    const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data
    return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`
  }
}

/** Not fully transparent (an `rgba()` from the reader). */
export function isVisibleColour(rgba: string): boolean {
  return !/,\s*0\.000\)$/.test(rgba)
}

/** The first colour of a CSS `background-image` gradient, as written; undefined for `none` or no colour. */
export function firstGradientColour(backgroundImage: string): string | undefined {
  return /(rgba?\([^)]*\)|#[0-9a-f]{3,8})/i.exec(backgroundImage === 'none' ? '' : backgroundImage)?.[1]
}
