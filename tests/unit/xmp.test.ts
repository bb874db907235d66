import { describe, expect, it } from 'vitest'
import { xmpPacket } from '../../scripts/export/pdf/xmp'

const fields = {
  title: 'A & B <讲义>',
  author: '林志佳',
  subject: 'About "it"',
  keywords: 'a b',
  lang: 'zh-CN',
  creatorTool: 'tool',
  producer: 'Skia/PDF',
  created: '2026-11-28T14:00:00.000Z',
  modified: '2026-11-28T14:00:00.000Z',
}

describe('xmpPacket', () => {
  it('carries the PDF/UA-1 identifier and the document\'s title, language and tool', () => {
    const xml = xmpPacket(fields)
    expect(xml).toContain('<pdfuaid:part>1</pdfuaid:part>')
    expect(xml).toContain('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"')
    expect(xml).toMatch(/<dc:title><rdf:Alt><rdf:li xml:lang="x-default">A &amp; B &lt;讲义&gt;<\/rdf:li>/)
    expect(xml).toMatch(/<dc:language><rdf:Bag><rdf:li>zh-CN<\/rdf:li>/)
    expect(xml).toContain('<xmp:CreatorTool>tool</xmp:CreatorTool>')
    expect(xml).toContain('About &quot;it&quot;')
  })

  it('is a well-formed XML packet', () => {
    const xml = xmpPacket(fields)
    expect(xml.startsWith('<?xpacket begin="\uFEFF"')).toBe(true)
    expect(xml.trimEnd().endsWith('<?xpacket end="w"?>')).toBe(true)
    const opened = [...xml.matchAll(/<([a-zA-Z:]+)[\s>]/g)].map(m => m[1]).filter(name => !name.startsWith('?'))
    const closed = [...xml.matchAll(/<\/([a-zA-Z:]+)>/g)].map(m => m[1])
    expect(opened.sort()).toEqual(closed.sort())
  })
})
