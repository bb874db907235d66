/** Types of scripts/run.mjs (plain JavaScript: it runs before any TypeScript can). */
export declare const COMMANDS: string[]
export type SourceStamp = [path: string, sha256: string]
export declare function cacheFolder(root: string, chosen: string | undefined): string
export declare function importMetaOf(path: string): Record<string, string>
export declare function sourcesUnchanged(sources: SourceStamp[], hashOf: (path: string) => string | undefined): boolean
