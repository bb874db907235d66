/**
 * The typefaces the PPTX names, and the XML rewrites that name them where
 * pptxgenjs cannot: it writes one face for Latin, East Asian and complex
 * scripts alike, and a theme with no East Asian face.
 *
 * DrawingML names one face per script and no fallback list, so each script
 * gets the face most readers have: Latin letters and digits stay in the
 * deck's Noto Sans SC (where it is installed they look as on the slide),
 * Chinese text is set in Microsoft YaHei (微软雅黑), which Windows has since
 * Vista and Microsoft Office installs on the Mac. A viewer without a named
 * face substitutes its own (macOS: PingFang SC; Linux: its CJK sans).
 */

/** The deck's face, named for Latin text (the browser's web font). */
export const DECK_FONT = 'Noto Sans SC'

/** The face named for East Asian text, in each run and in the theme. */
export const EAST_ASIAN_FONT = 'Microsoft YaHei'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A slide or chart part with every East Asian face that pptxgenjs set to the deck's font naming EAST_ASIAN_FONT instead. */
export function nameEastAsianFont(partXml: string): string {
  return partXml.replace(new RegExp(`<a:ea typeface="${escapeRegExp(DECK_FONT)}"`, 'g'), `<a:ea typeface="${EAST_ASIAN_FONT}"`)
}

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
