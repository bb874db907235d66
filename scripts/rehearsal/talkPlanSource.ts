import type { SlideNotes, TalkPlanResult } from '../../components/pacing/talkPlan.ts'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import { buildTalkPlan } from '../../components/pacing/talkPlan.ts'
import { ALL_EDITIONS, editionFileOf, editionLangOf, sourceFileOf } from '../edition/index.ts'

/** Each slide's number, title, section and notes, as the talk plan reads them. */
export function slideNotesOf(markdown: string, path: string): SlideNotes[] {
  return parseSync(markdown, path).slides.map((slide, index) => ({
    no: index + 1,
    title: String(slide.frontmatter.title ?? slide.title ?? ''),
    section: String(slide.frontmatter.section ?? ''),
    note: slide.note ?? '',
  }))
}

/** The talk plan of a deck file (slides.md). */
export function readTalkPlan(path: string): TalkPlanResult {
  return buildTalkPlan(slideNotesOf(readFileSync(path, 'utf8'), path), editionLangOf(path))
}

/** The talk plans of a deck file and of each edition of it that exists (slides.md, slides.en.md). */
export function readTalkPlans(path: string): TalkPlanResult[] {
  const source = sourceFileOf(path)
  return ALL_EDITIONS.map(edition => editionFileOf(source, edition.lang)).filter((file, index) => index === 0 || existsSync(file)).map(readTalkPlan)
}

/**
 * The deck file Slidev was started with: the first `.md` argument of
 * `slidev [build] [entry]`, else Slidev's default `slides.md`.
 */
export function deckEntry(argv: readonly string[], root: string): string {
  const entry = argv.slice(2).find(arg => arg.endsWith('.md') && !arg.startsWith('-'))
  return resolve(root, entry ?? 'slides.md')
}
