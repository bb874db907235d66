import type { InjectionKey, Ref } from 'vue'

/**
 * What the reading view tells each slide it renders. Absent in every other
 * view, which then renders as it always has.
 */
export interface ReadingContext {
  /** The tag of the slide's `# title`: the cover's is the page's h1, every other slide's an h2. */
  titleTag: 'h1' | 'h2'
  /** Whether the slide is near enough the screen to load and draw its charts. */
  chartsWanted: Readonly<Ref<boolean>>
}

export const readingContextKey: InjectionKey<ReadingContext> = Symbol('deck-reading-context')
