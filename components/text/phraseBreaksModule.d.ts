/** The phrase breaks of the deck's frontmatter texts, cut at build time (scripts/build/phraseBreaksPlugin.ts). */
declare module 'virtual:phrase-breaks' {
  /** Where each frontmatter text may break a line, by text: UTF-16 offsets, as scripts/syntax/phrases.ts cuts them. */
  const table: Readonly<Record<string, readonly number[] | undefined>>
  export default table
}
