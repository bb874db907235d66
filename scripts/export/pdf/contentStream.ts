/**
 * A PDF content stream split into operations: each operator with the
 * operands before it, as source text. Handled as a latin1 string, so every
 * byte maps to one character and binary string operands pass through
 * unchanged. Strings, arrays, dictionaries and inline images are skipped
 * whole, so an operator's name inside them never counts.
 */

export interface ContentOperation {
  operator: string
  /** The operation's source text: its operands and the operator. */
  text: string
}

const WHITE = /[\0\t\n\f\r ]/
const DELIMITER = /[()<>[\]{}/%]/
/** Where an inline image's data ends: white space, `EI`, then white space or the end. */
const INLINE_IMAGE_END = /[\0\t\n\f\r ]EI(?=[\0\t\n\f\r ]|$)/

/** A position in a content stream, and the moves that skip one token. */
class ContentCursor {
  at = 0
  constructor(readonly content: string) {}

  get done(): boolean {
    return this.at >= this.content.length
  }

  get char(): string {
    return this.content[this.at]
  }

  fail(message: string): never {
    throw new Error(`内容流无法解析 / content stream not understood at byte ${this.at}: ${message}`)
  }

  /** Skips white space and a comment; true when it moved. */
  skipSpaceOrComment(): boolean {
    if (WHITE.test(this.char)) {
      this.at++
      return true
    }
    if (this.char !== '%')
      return false
    const newline = this.content.slice(this.at).search(/[\r\n]/)
    this.at = newline < 0 ? this.content.length : this.at + newline
    return true
  }

  /** `( … )`, with nested parentheses and escapes. */
  skipLiteralString(): void {
    let depth = 0
    for (; !this.done; this.at++) {
      const char = this.char
      if (char === '\\')
        this.at++
      else if (char === '(')
        depth++
      else if (char === ')' && --depth === 0)
        return void this.at++
    }
    this.fail('unterminated string')
  }

  /** `<< … >>` (BDC properties) to its balanced end. */
  skipDictionary(): void {
    let depth = 0
    while (!this.done) {
      if (this.content.startsWith('<<', this.at)) {
        depth++
        this.at += 2
      }
      else if (this.content.startsWith('>>', this.at)) {
        depth--
        this.at += 2
        if (depth === 0)
          return
      }
      else if (this.char === '(') {
        this.skipLiteralString()
      }
      else {
        this.at++
      }
    }
    this.fail('unterminated dictionary')
  }

  skipUntil(end: string): void {
    const found = this.content.indexOf(end, this.at)
    if (found < 0)
      this.fail(`missing ${end}`)
    this.at = found + end.length
  }

  /** A regular token: a name, a number or an operator. */
  readToken(): string {
    const start = this.at
    while (!this.done && !WHITE.test(this.char) && !DELIMITER.test(this.char))
      this.at++
    return this.content.slice(start, this.at)
  }

  /** Skips one operand; false when an operator stands here instead. */
  skipOperand(): boolean {
    const char = this.char
    if (char === '(')
      this.skipLiteralString()
    else if (this.content.startsWith('<<', this.at))
      this.skipDictionary()
    else if (char === '<')
      this.skipUntil('>')
    else if (char === '[' || char === ']')
      this.at++
    else if (char === '/' || /[\d+\-.]/.test(char))
      this.skipNameOrNumber()
    else
      return false
    return true
  }

  /** Skips an inline image's data, after its `ID`, to the `EI` that ends it. */
  skipInlineImageData(): void {
    const end = this.content.slice(this.at).search(INLINE_IMAGE_END)
    if (end < 0)
      this.fail('inline image without EI')
    this.at += end + 3
  }

  /** `/Name` or a number: its first character, then a regular token. */
  private skipNameOrNumber(): void {
    this.at++
    this.readToken()
  }
}

/** Splits a content stream into operations (operands followed by their operator). */
export function parseContentStream(content: string): ContentOperation[] {
  const operations: ContentOperation[] = []
  const cursor = new ContentCursor(content)
  let operationStart = -1
  while (!cursor.done) {
    if (cursor.skipSpaceOrComment())
      continue
    if (operationStart < 0)
      operationStart = cursor.at
    if (cursor.skipOperand())
      continue
    const operator = cursor.readToken()
    if (!operator)
      cursor.fail(`unexpected ${JSON.stringify(cursor.char)}`)
    if (operator === 'BI')
      continue // BI's operands follow it; ID closes the whole inline image.
    if (operator === 'ID')
      cursor.skipInlineImageData()
    operations.push({ operator: operator === 'ID' ? 'BI' : operator, text: content.slice(operationStart, cursor.at) })
    operationStart = -1
  }
  if (operationStart >= 0)
    cursor.fail('operands without an operator at the end')
  return operations
}
