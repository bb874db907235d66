/**
 * The bench's long deck: a deck's slides `times` over, the cover a plain
 * slide after the first copy, its `duration: Nmin` `times` as long. Its
 * timing cues still say the first copy's running totals: the bench rewrites
 * them with the lint's fixRunningTotals. Each copy's slide ids take the
 * copy's number (`cover-2`, `agenda-2`), so every slide keeps its own id.
 */
export function repeatDeck(source: string, times: number): string {
  const headmatterEnd = source.indexOf('\n---\n', 4)
  const slides = source.slice(headmatterEnd + 5)
  const headmatter = source.slice(0, headmatterEnd).replace(/^duration: (\d+)min$/m, (_, minutes: string) => `duration: ${Number(minutes) * times}min`)
  const coverId = /^id: (\S+)$/m.exec(headmatter)?.[1]
  const copy = (n: number) => `\n---\n${coverId ? `id: ${coverId}-${n}\n` : ''}---\n\n${slides.replace(/^id: (\S+)$/gm, `id: $1-${n}`)}`
  return `${headmatter}${source.slice(headmatterEnd)}${Array.from({ length: times - 1 }, (_, index) => copy(index + 2)).join('')}`
}
