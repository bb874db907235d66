import { deckLangOf, LANGUAGES } from '../../../components/deck/languages'

/**
 * The typefaces the PPTX names. DrawingML names one face per script and no
 * fallback list. Every run names the deck's Noto Sans SC, for Latin and East
 * Asian text alike, so where it is installed the PPTX looks as the slides do.
 * The theme names Microsoft YaHei (微软雅黑, which Windows has and Microsoft
 * Office installs on the Mac) as its East Asian face and as the face for
 * Simplified Chinese (script `Hans`): what text without a face of its own
 * takes (chart labels, new text typed in PowerPoint), and the East Asian face
 * the file offers a viewer that lacks Noto Sans SC. Text boxes grow or shrink
 * (pptxMapping.ts), so a substituted face does not make lines collide.
 */

/** The deck's face, named for Latin text (the browser's web font). */
export const DECK_FONT = LANGUAGES.zh.faces[0]

/** The face an edition's runs name, by its language tag: its first face (Noto Sans for English, Noto Sans SC for Chinese). */
export function deckFontFor(lang: string): string {
  return LANGUAGES[deckLangOf(lang)].faces[0]
}

/** The East Asian face the theme names. */
export const EAST_ASIAN_FONT = 'Microsoft YaHei'

/**
 * The theme's heading and body fonts with EAST_ASIAN_FONT as their East
 * Asian face and as the face for Simplified Chinese (script `Hans`), which
 * text without a face of its own (chart labels, new text typed in
 * PowerPoint) takes.
 */
export function themeWithEastAsianFont(themeXml: string): string {
  return themeXml.replace(/<a:(major|minor)Font>([\s\S]*?)<\/a:\1Font>/g, (_whole, kind: string, body: string) => {
    const named = body
      .replace(/<a:ea typeface="[^"]*"\/>/, `<a:ea typeface="${EAST_ASIAN_FONT}"/>`)
      .replace(/<a:font script="Hans" typeface="[^"]*"\/>/, `<a:font script="Hans" typeface="${EAST_ASIAN_FONT}"/>`)
    return `<a:${kind}Font>${named}</a:${kind}Font>`
  })
}
