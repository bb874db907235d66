/// <reference types="vite/client" />
/// <reference types="@slidev/types/client" />
/// <reference path="./node_modules/@slidev/client/shim.d.ts" />
/// <reference path="./node_modules/@slidev/client/shim-vue.d.ts" />

// Build-time flags that Slidev's client source reads; Slidev's Vite config defines them.
declare const __DEV__: boolean
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean

declare module 'file-saver'

// subset-font (harfbuzz) ships no types: the one call the build makes.
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype' }): Promise<Buffer>
}

// fontverter ships no types: the one call the build makes (WOFF2 to TrueType, for harfbuzz to read).
declare module 'fontverter' {
  const fontverter: { convert: (font: Buffer, to: 'truetype' | 'sfnt' | 'woff' | 'woff2') => Promise<Buffer> }
  export default fontverter
}
