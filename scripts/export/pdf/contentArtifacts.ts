import type { ContentOperation } from './contentStream'
import { parseContentStream } from './contentStream'

/**
 * PDF/UA asks that every mark on a page is either tagged content (inside a
 * marked-content sequence with an MCID) or an artifact (Matterhorn 01-005).
 * Chromium leaves what is not in the accessibility tree (aria-hidden
 * footers, page backgrounds, decorative shapes) outside any marked content,
 * and offers no way to mark it. `markUntaggedAsArtifacts` wraps each such
 * run of painting operators in `/Artifact BMC … EMC` and leaves everything
 * else byte for byte as it was.
 *
 * Content streams are handled as latin1 strings (contentStream.ts), so every
 * byte maps to one character and binary string operands pass through unchanged.
 */

const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're'])
const PATH_PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*'])
const CLIPPING = new Set(['W', 'W*'])
/** Operators that put marks on the page on their own. */
const MARKING = new Set(['Tj', 'TJ', '\'', '"', 'Do', 'sh', 'BI'])

/**
 * Wraps every mark that no marked-content sequence holds in `/Artifact BMC … EMC`.
 * `formNames` are the Form XObjects the stream may paint with `Do`: they carry
 * their own marked content (Chromium draws a transformed element into one), so
 * they are left unwrapped and treated as content streams of their own.
 */
export function markUntaggedAsArtifacts(content: string, formNames: ReadonlySet<string> = new Set()): string {
  const out: string[] = []
  let depth = 0
  let artifactOpen = false
  let path: ContentOperation[] = []
  const open = () => {
    if (!artifactOpen)
      out.push('/Artifact BMC')
    artifactOpen = true
  }
  const close = () => {
    if (artifactOpen)
      out.push('EMC')
    artifactOpen = false
  }
  for (const operation of parseContentStream(content)) {
    const { operator } = operation
    if (PATH_CONSTRUCTION.has(operator) || CLIPPING.has(operator)) {
      path.push(operation)
      continue
    }
    if (path.length > 0) {
      // The path ends here: painted outside marked content, it is an artifact; `n` only clips.
      if (depth === 0 && PATH_PAINTING.has(operator))
        open()
      out.push(...path.map(item => item.text))
      path = []
    }
    if (operator === 'BDC' || operator === 'BMC') {
      close()
      depth++
    }
    else if (operator === 'EMC') {
      depth = Math.max(0, depth - 1)
    }
    else if (operator === 'BT' || operator === 'ET') {
      // A marked-content sequence must not straddle a text object's edge.
      close()
    }
    else if (operator === 'Do' && formNames.has(/\/([^\s/]+)\s+Do$/.exec(operation.text)?.[1] ?? '')) {
      close()
    }
    else if (depth === 0 && MARKING.has(operator)) {
      open()
    }
    out.push(operation.text)
  }
  out.push(...path.map(item => item.text))
  close()
  return out.join('\n')
}
