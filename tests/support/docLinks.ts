/** What the README and the guides point at, read from their Markdown. */

/** The relative links of a Markdown page (Markdown links and images, HTML `src`/`href`) whose file `exists` says is missing; web addresses and in-page anchors are left alone. */
export function brokenLinks(markdown: string, exists: (target: string) => boolean): string[] {
  const targets = [
    ...[...markdown.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map(match => match[1]),
    ...[...markdown.matchAll(/\b(?:src|href)="([^"]+)"/g)].map(match => match[1]),
  ]
  return targets
    .filter(target => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
    .filter(target => !exists(decodeURI(target.split('#')[0])))
}

/** The scripts that `npm run NAME` names on a page, in order. */
export function npmRunScripts(markdown: string): string[] {
  return [...markdown.matchAll(/\bnpm run ([\w:-]+)/g)].map(match => match[1])
}
