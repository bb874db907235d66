/**
 * Resolves once Noto Sans SC, regular and bold, is loaded for the glyphs a
 * chart draws, so the canvas never paints in a fallback font. Rejects if the
 * font cannot be had.
 */
export async function loadChartFont(sampleText: string): Promise<void> {
  const faces = ['400 14px "Noto Sans SC"', '700 14px "Noto Sans SC"']
  const text = sampleText || '中'
  await Promise.all(faces.map(face => document.fonts.load(face, text)))
  const missing = faces.filter(face => !document.fonts.check(face, text))
  if (missing.length > 0)
    throw new Error(`图表字体未能加载：${missing.join(', ')}`)
}
