/**
 * The bench's long deck: a deck's slides `times` over, the cover a plain
 * slide after the first copy. The timing cues' running totals carry on
 * through the copies, rewritten by `fixTotals` (the lint's
 * fixRunningTotals, passed in: this folder imports nothing else in
 * scripts/), so the build shows no wrong total on any slide.
 */
export function longDeck(source: string, times: number, fixTotals: (markdown: string) => string): string {
  const bodyStart = source.indexOf('\n---\n', 4) + 5
  const slides = source.slice(bodyStart)
  return fixTotals(`${source}${`\n---\n\n${slides}`.repeat(times - 1)}`)
}
