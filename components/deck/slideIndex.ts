/** What the deck needs to know of a slide to link to it. */
export interface SlideRef {
  no: number
  frontmatter: Record<string, unknown>
}

/** The slide number an agenda link points at: a `routeAlias` or a number. */
export function resolveSlideNo(slides: readonly SlideRef[], to: string | number): number {
  const asNumber = Number(to)
  if (Number.isInteger(asNumber) && slides.some(slide => slide.no === asNumber))
    return asNumber
  const match = slides.find(slide => slide.frontmatter.routeAlias === to)
  if (!match)
    throw new Error(`没有 routeAlias 为“${String(to)}”的幻灯片`)
  return match.no
}

/** The id Slidev's print view gives a slide's first page, e.g. slide 6 → `006-01`. */
export function printAnchorId(no: number): string {
  return `${String(no).padStart(3, '0')}-01`
}

/** A section divider as the agenda lists it. */
export interface SectionEntry {
  no: number
  /** Where its link goes: the slide's `routeAlias`, else its number. */
  to: string
  title: string
}

/** The deck's section dividers (`layout: section`), in order, for the agenda. */
export function sectionDividers(slides: readonly SlideRef[]): SectionEntry[] {
  return slides
    .filter(slide => slide.frontmatter.layout === 'section')
    .map(slide => ({
      no: slide.no,
      to: typeof slide.frontmatter.routeAlias === 'string' ? slide.frontmatter.routeAlias : String(slide.no),
      title: String(slide.frontmatter.title ?? ''),
    }))
}
