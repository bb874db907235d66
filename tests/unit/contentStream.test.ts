import { describe, expect, it } from 'vitest'
import { parseContentStream } from '../../scripts/export/pdf/contentStream'

const operators = (content: string) => parseContentStream(content).map(operation => operation.operator)

describe('parseContentStream', () => {
  it('splits operands from operators, whatever the strings, arrays and dictionaries hold', () => {
    const content = '/P <</MCID 0 /Alt (a (nested) \\) BT)>> BDC\nBT /F1 12 Tf [(x) -20 <00ff>] TJ ET\nEMC % a comment Tj\n'
    expect(operators(content)).toEqual(['BDC', 'BT', 'Tf', 'TJ', 'ET', 'EMC'])
    expect(parseContentStream(content)[0].text).toBe('/P <</MCID 0 /Alt (a (nested) \\) BT)>> BDC')
  })

  it('keeps an inline image, binary data and all, as one operation', () => {
    const operations = parseContentStream('q BI /W 1 /H 1 /BPC 8 /CS /G ID \u00ff\u0000EI\u0001 EI Q')
    expect(operations.map(operation => operation.operator)).toEqual(['q', 'BI', 'Q'])
    expect(operations[1].text).toBe('BI /W 1 /H 1 /BPC 8 /CS /G ID \u00ff\u0000EI\u0001 EI')
  })

  it('names the byte where a stream stops making sense', () => {
    expect(() => parseContentStream('BT (unterminated Tj')).toThrow(/byte \d+.*unterminated string/)
    expect(() => parseContentStream('1 0 0 1 0 0')).toThrow(/operands without an operator/)
  })

  it('skips nested dictionaries, hex strings and a comment that ends the stream', () => {
    const content = '/Span <</A <</B (>>) >> /C 2>> BDC <3e> Tj EMC % trailing'
    expect(operators(content)).toEqual(['BDC', 'Tj', 'EMC'])
    expect(parseContentStream(content)[0].text).toBe('/Span <</A <</B (>>) >> /C 2>> BDC')
  })

  it('names what it does not understand', () => {
    expect(() => parseContentStream('/P <</MCID 0 BDC')).toThrow(/unterminated dictionary/)
    expect(() => parseContentStream('<00ff Tj')).toThrow(/missing >/)
    expect(() => parseContentStream('q { Q')).toThrow(/byte 2: unexpected "\{"/)
    expect(() => parseContentStream('BI /W 1 ID \u00ff')).toThrow(/inline image without EI/)
  })
})
