/** Slidev's generated slides module, which imports every slide's metadata and loads each slide's code. */
export const SLIDES_MODULE_ID = '/@slidev/slides'

const SLIDE_META_IMPORT = /from '\/@slidev\/slides\/(\d+)\/frontmatter'/g

/** The slide numbers whose metadata Slidev's slides module imports: every slide of the deck. */
export function slideNumbersImported(slidesModule: string): number[] {
  return [...slidesModule.matchAll(SLIDE_META_IMPORT)].map(match => Number(match[1]))
}
