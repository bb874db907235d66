/** What the XMP packet repeats from the document information dictionary. */
export interface XmpFields {
  title: string
  author: string
  subject: string
  keywords: string
  lang: string
  creatorTool: string
  producer: string
  /** ISO 8601 dates, as in the Info dictionary's CreationDate and ModDate. */
  created: string
  modified: string
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, char => `&${({ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', '\'': 'apos' } as const)[char as '<']};`)
}

/**
 * The XMP metadata packet that PDF/UA-1 asks for (ISO 14289-1, 5 and 7.1):
 * the `pdfuaid:part` 1 identifier, with title, language, author, subject,
 * keywords, creator tool and dates that match the Info dictionary.
 */
export function xmpPacket(fields: XmpFields): string {
  const x = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, escapeXml(value)])) as unknown as XmpFields
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <pdfuaid:part>1</pdfuaid:part>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x.title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${x.author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${x.subject}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${x.lang}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>${x.keywords}</pdf:Keywords>
   <pdf:Producer>${x.producer}</pdf:Producer>
   <xmp:CreatorTool>${x.creatorTool}</xmp:CreatorTool>
   <xmp:CreateDate>${x.created}</xmp:CreateDate>
   <xmp:ModifyDate>${x.modified}</xmp:ModifyDate>
   <xmp:MetadataDate>${x.modified}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`
}
