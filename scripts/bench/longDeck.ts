/**
 * The bench's long deck: a deck's slides `times` over, the cover a plain
 * slide after the first copy, its `duration: Nmin` `times` as long. Its
 * timing cues still say the first copy's running totals: the bench rewrites
 * them with the lint's fixRunningTotals.
 */
export function repeatDeck(source: string, times: number): string {
  const headmatterEnd = source.indexOf('\n---\n', 4)
  const slides = source.slice(headmatterEnd + 5)
  const headmatter = source.slice(0, headmatterEnd).replace(/^duration: (\d+)min$/m, (_, minutes: string) => `duration: ${Number(minutes) * times}min`)
  return `${headmatter}${source.slice(headmatterEnd)}${`\n---\n\n${slides}`.repeat(times - 1)}`
}
