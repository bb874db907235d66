/**
 * A shape in Slidev's own code that a rewrite relies on. `file` is the path in
 * Slidev's repository: @slidev/client ships its sources as they are, and
 * @slidev/cli's bundle keeps each source file as a `//#region <file>` block.
 * tests/unit/slidevUpstream.test.ts looks for every shape in the installed
 * packages and, when one is gone, fails naming the file and the rewrite.
 */
export interface UpstreamShape {
  package: '@slidev/cli' | '@slidev/client'
  file: string
  /** What the rewrite relies on, as a pattern over that file's source. */
  shape: RegExp
  /** The same in words. */
  what: string
}
