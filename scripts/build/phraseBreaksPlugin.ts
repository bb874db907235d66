import type { Plugin } from 'vite'
import { parseSync } from '@slidev/parser'
import { phraseBreaks } from '../syntax/index.ts'
import { deckDataModule } from './deckDataModule.ts'

export const PHRASE_BREAKS_MODULE = 'virtual:phrase-breaks'

const list = (value: unknown): unknown[] => Array.isArray(value) ? value : []
const field = (value: unknown, key: string): unknown => value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined

/** The frontmatter texts that components cut into phrases (PhraseText.vue): slide titles (the agenda), figure labels, chart captions and labels. */
function cutTexts(frontmatter: Record<string, unknown>): unknown[] {
  const chart = frontmatter.chart
  return [frontmatter.title, ...list(frontmatter.figures).map(figure => field(figure, 'label')), field(chart, 'caption'), ...list(field(chart, 'labels'))]
}

/** The phrase breaks (BudouX and ICU, scripts/syntax/phrases.ts) of every Chinese text that a component draws from the deck's frontmatter, by text. */
export function frontmatterPhraseBreaks(markdown: string, path: string): Record<string, number[]> {
  const texts = new Set(parseSync(markdown, path).slides.flatMap(slide => cutTexts(slide.frontmatter)).filter((text): text is string => typeof text === 'string'))
  return Object.fromEntries([...texts].filter(text => /\p{Script=Han}/u.test(text)).map(text => [text, phraseBreaks(text)]))
}

/**
 * `virtual:phrase-breaks`: where the texts that components draw from the
 * frontmatter (figure labels, chart captions and legends, the agenda) may
 * break a line, cut at build time as the slides' Markdown is, so the page
 * needs no BudouX model. Read again whenever the deck file changes in dev.
 */
export function phraseBreaksTable(): Plugin {
  return deckDataModule('deck:phrase-breaks', PHRASE_BREAKS_MODULE, frontmatterPhraseBreaks)
}
