/** The phrase breaks of the deck's frontmatter texts, cut at build time (scripts/build/phraseBreaksPlugin.ts). */
declare module 'virtual:phrase-breaks' {
  import type { PhraseBreaks } from './phraseBreaksTable'

  const table: PhraseBreaks
  export default table
}
