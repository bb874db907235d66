/**
 * Whether this page was served in share mode (`npm start -- --share` marks
 * its pages with `<meta name="deck-share">`). The only share code in the
 * start-up bundle: everything else loads when this says yes.
 */

/** The `<meta name>` that a page served in share mode carries; its content is where the share endpoints live. */
export const SHARE_META = 'deck-share'

export function sharePrefix(doc: Pick<Document, 'querySelector'> = document): string | undefined {
  const content = doc.querySelector<HTMLMetaElement>(`meta[name="${SHARE_META}"]`)?.content
  return content && /^\/[\w/-]*$/.test(content) ? content : undefined
}
