/**
 * How a translation's slides pair with the source's: by each slide's `id:`,
 * never by position, so a slide added to or taken from one edition leaves
 * every other pair as it was. The build merges each translated slide with
 * the source slide of its id; the lint reads the same pairing to name, once,
 * a slide that has no counterpart and where that counterpart belongs.
 */

/** What an id looks like: lower-case ASCII words joined by hyphens, `talent-returnees`. */
export const SLIDE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A slide's id as its frontmatter writes it; undefined when it has none (or it is not text). */
export function slideIdOf(frontmatter: Record<string, unknown>): string | undefined {
  const id = frontmatter.id
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : typeof id === 'number' ? String(id) : undefined
}

export interface SlidePairing {
  /** For each translated slide (by index), the index of its source slide; undefined when it has none. */
  sourceOf: Array<number | undefined>
  /** Source slides no translated slide pairs with, each with the translated slide it belongs after (-1: before the first). */
  untranslated: Array<{ source: number, after: number }>
  /** Translated slides without an id. */
  withoutId: number[]
  /** Translated slides whose id the source does not have. */
  unknown: number[]
  /** Translated slides whose id an earlier translated slide already has. */
  repeated: number[]
  /** Translated slides that stand after a slide whose source comes later: their order differs from the source's. */
  outOfOrder: number[]
}

/**
 * The pairing of a translation's slides (their ids, in file order) with the
 * source's. The first slides always pair: both are the headmatter. A
 * translated slide pairs with the source slide of its id; one without an
 * id, with an id the source lacks, or repeating an earlier id pairs with
 * nothing.
 */
export function pairSlides(sourceIds: ReadonlyArray<string | undefined>, translationIds: ReadonlyArray<string | undefined>): SlidePairing {
  const sourceIndex = new Map<string, number>()
  sourceIds.forEach((id, index) => {
    if (id !== undefined && !sourceIndex.has(id))
      sourceIndex.set(id, index)
  })
  const seen = new Set<string>()
  const withoutId: number[] = []
  const unknown: number[] = []
  const repeated: number[] = []
  const sourceOf = translationIds.map((id, index): number | undefined => {
    if (index === 0 && sourceIds.length > 0) {
      if (id !== undefined)
        seen.add(id)
      return 0
    }
    if (id === undefined) {
      withoutId.push(index)
      return undefined
    }
    if (seen.has(id)) {
      repeated.push(index)
      return undefined
    }
    seen.add(id)
    const source = sourceIndex.get(id)
    if (source === undefined || source === 0)
      unknown.push(index)
    return source === 0 ? undefined : source
  })
  const paired = new Set(sourceOf.filter((source): source is number => source !== undefined))
  const untranslated = sourceIds.flatMap((_, source) => paired.has(source)
    ? []
    : [{ source, after: sourceOf.findLastIndex(other => other !== undefined && other < source) }])
  const outOfOrder: number[] = []
  let highest = -1
  sourceOf.forEach((source, translation) => {
    if (source !== undefined && source < highest)
      outOfOrder.push(translation)
    highest = Math.max(highest, source ?? -1)
  })
  return { sourceOf, untranslated, withoutId, unknown, repeated, outOfOrder }
}
