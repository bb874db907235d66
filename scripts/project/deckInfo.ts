import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseAspectRatio } from '@slidev/parser'
import { parseEditionDeck } from '../edition/index.ts'

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..')

export interface DeckInfo {
  title: string
  author: string
  subject: string
  /** The headmatter's `info:`, line by line: the forum, its dates and the source article (the handouts' cover line). */
  about: string[]
  keywords: string[]
  lang: string
  /** The slide canvas in CSS pixels. */
  size: { width: number, height: number }
  slides: Array<{ no: number, title: string, section: string }>
}

/** What the exports need from a deck file (an edition's, merged with the source's): metadata and each slide's title and section. */
export function readDeckInfo(path = resolve(PROJECT_ROOT, 'slides.md')): DeckInfo {
  const deck = parseEditionDeck(path, readFileSync(path, 'utf8'))
  const head = deck.slides[0].frontmatter
  const about = String(head.info ?? '').split('\n').map(line => line.trim()).filter(Boolean)
  return {
    title: String(head.title ?? ''),
    author: String(head.author ?? ''),
    subject: about.join(' ').replace(/\s+/g, ' '),
    about,
    keywords: String(head.keywords ?? '').split(',').map(word => word.trim()).filter(Boolean),
    lang: String(head.lang ?? 'zh-CN'),
    size: {
      width: Number(head.canvasWidth ?? 980),
      height: Math.round(Number(head.canvasWidth ?? 980) / parseAspectRatio(head.aspectRatio ?? '16/9')),
    },
    slides: deck.slides.map((slide, index) => ({
      no: index + 1,
      title: String(slide.frontmatter.title ?? slide.title ?? ''),
      section: String(slide.frontmatter.section ?? ''),
    })),
  }
}
