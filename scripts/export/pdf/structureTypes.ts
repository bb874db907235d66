/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4), which PDF/UA-1 builds on. */
export const STANDARD_STRUCTURE_TYPES: ReadonlySet<string> = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody',
  'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
])

/**
 * Types that Chromium writes from PDF 2.0 (`<strong>` → Strong, `<em>` → Em,
 * `<aside>` → Aside), mapped to the nearest PDF 1.7 type through the
 * structure tree's RoleMap so that readers built on PDF 1.7 keep their text.
 */
export const ROLE_MAP: Readonly<Record<string, string>> = {
  Strong: 'Span',
  Em: 'Span',
  Aside: 'Sect',
}
