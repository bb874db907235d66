import type { DeckLang } from '../deck/languages'
import { LANGUAGES } from '../deck/languages'

/**
 * Resolves once the edition's faces, regular and bold, are loaded for the
 * glyphs a chart draws, so the canvas never paints in a fallback font.
 * Rejects if a face cannot be had.
 */
export async function loadChartFont(sampleText: string, lang: DeckLang = 'zh'): Promise<void> {
  const family = LANGUAGES[lang].faces.map(face => `"${face}"`).join(', ')
  const faces = [`400 14px ${family}`, `700 14px ${family}`]
  const text = sampleText || (lang === 'zh' ? '中' : 'A')
  await Promise.all(faces.map(face => document.fonts.load(face, text)))
  const missing = faces.filter(face => !document.fonts.check(face, text))
  if (missing.length > 0)
    throw new Error(lang === 'zh' ? `图表字体未能加载：${missing.join(', ')}` : `The chart's font did not load: ${missing.join(', ')}`)
}
