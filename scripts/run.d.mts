/** Types of scripts/run.mjs (plain JavaScript: it runs before any TypeScript can). */
export declare const COMMANDS: string[]
export type SourceStamp = [path: string, size: number, mtimeMs: number]
export declare function inlineImportMeta(source: string, path: string): string
export declare function sourcesUnchanged(sources: SourceStamp[], stat: (path: string) => { size: number, mtimeMs: number } | undefined): boolean
