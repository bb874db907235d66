/**
 * The bench's long deck: a deck's slides `times` over, the cover a plain
 * slide after the first copy. Its timing cues still say the first copy's
 * running totals: the bench rewrites them with the lint's fixRunningTotals.
 */
export function repeatDeck(source: string, times: number): string {
  const slides = source.slice(source.indexOf('\n---\n', 4) + 5)
  return `${source}${`\n---\n\n${slides}`.repeat(times - 1)}`
}
