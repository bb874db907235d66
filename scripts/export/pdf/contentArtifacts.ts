/**
 * PDF/UA asks that every mark on a page is either tagged content (inside a
 * marked-content sequence with an MCID) or an artifact (Matterhorn 01-005).
 * Chromium leaves what is not in the accessibility tree (aria-hidden
 * footers, page backgrounds, decorative shapes) outside any marked content,
 * and offers no way to mark it. `markUntaggedAsArtifacts` wraps each such
 * run of painting operators in `/Artifact BMC … EMC` and leaves everything
 * else byte for byte as it was.
 *
 * Content streams are handled as latin1 strings, so every byte maps to one
 * character and binary string operands pass through unchanged.
 */

export interface ContentOperation {
  operator: string
  /** The operation's source text: its operands and the operator. */
  text: string
}

const WHITE = /[\0\t\n\f\r ]/
const DELIMITER = /[()<>[\]{}/%]/

/** Splits a content stream into operations (operands followed by their operator). */
export function parseContentStream(content: string): ContentOperation[] {
  const operations: ContentOperation[] = []
  let at = 0
  let operationStart = -1
  const fail = (message: string): never => {
    throw new Error(`内容流无法解析 / content stream not understood at byte ${at}: ${message}`)
  }
  const skipLiteralString = () => {
    let depth = 0
    for (; at < content.length; at++) {
      const char = content[at]
      if (char === '\\')
        at++
      else if (char === '(')
        depth++
      else if (char === ')' && --depth === 0)
        return void at++
    }
    fail('unterminated string')
  }
  const skipUntil = (end: string) => {
    const found = content.indexOf(end, at)
    if (found < 0)
      fail(`missing ${end}`)
    at = found + end.length
  }
  while (at < content.length) {
    const char = content[at]
    if (WHITE.test(char)) {
      at++
      continue
    }
    if (char === '%') {
      const newline = content.slice(at).search(/[\r\n]/)
      at = newline < 0 ? content.length : at + newline
      continue
    }
    if (operationStart < 0)
      operationStart = at
    if (char === '(') {
      skipLiteralString()
    }
    else if (content.startsWith('<<', at)) {
      // A dictionary operand (BDC properties): skip to its balanced end.
      let depth = 0
      while (at < content.length) {
        if (content.startsWith('<<', at)) {
          depth++
          at += 2
        }
        else if (content.startsWith('>>', at)) {
          depth--
          at += 2
          if (depth === 0)
            break
        }
        else if (content[at] === '(') {
          skipLiteralString()
        }
        else {
          at++
        }
      }
      if (depth !== 0)
        fail('unterminated dictionary')
    }
    else if (char === '<') {
      skipUntil('>')
    }
    else if (char === '[' || char === ']') {
      at++
    }
    else if (char === '/' || /[\d+\-.]/.test(char)) {
      at++
      while (at < content.length && !WHITE.test(content[at]) && !DELIMITER.test(content[at]))
        at++
    }
    else {
      const start = at
      while (at < content.length && !WHITE.test(content[at]) && !DELIMITER.test(content[at]))
        at++
      if (at === start)
        fail(`unexpected ${JSON.stringify(char)}`)
      const operator = content.slice(start, at)
      if (operator === 'ID') {
        // Inline image data runs to the EI that ends it.
        const end = content.slice(at).search(/[\0\t\n\f\r ]EI(?=[\0\t\n\f\r ]|$)/)
        if (end < 0)
          fail('inline image without EI')
        at += end + 3
        operations.push({ operator: 'BI', text: content.slice(operationStart, at) })
      }
      else if (operator !== 'BI') {
        operations.push({ operator, text: content.slice(operationStart, at) })
      }
      else {
        continue // BI's operands follow it; ID closes the whole inline image.
      }
      operationStart = -1
    }
  }
  if (operationStart >= 0)
    fail('operands without an operator at the end')
  return operations
}

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
