import type { DeckLang } from '../deck/deckWords'

/**
 * How long a slide's notes take to say: the one place the deck's speaking
 * rates live. The lint checks each slide's notes against its timing cue and
 * the whole script against the talk's duration with these.
 *
 * - English: 140 words a minute, the middle of the 130–150 words a minute
 *   usually given for a presentation (the National Center for Voice and
 *   Speech gives about 150 for conversational American English; VirtualSpeech,
 *   “Average Speaking Rate and Words per Minute”, D. Barnard, 2022, gives
 *   100–150 for presentations).
 * - Chinese: 240 characters a minute. A Han character is one syllable, and
 *   240 syllables a minute is the usual figure for plain spoken Mandarin
 *   (百度百科「语速」: 正常情况下约每分钟 240 个音节); CCTV's news bulletins
 *   run at 250–270, a pace a presenter should stay under.
 */
export interface SpeakingRate {
  /** Units said in a minute. */
  perMinute: number
  /** What a unit is, in the edition's words: 字, words. */
  unit: string
  /** The rate as a message states it: 每分钟 240 字; 140 words a minute. */
  label: string
}

export const SPEAKING_RATES: Record<DeckLang, SpeakingRate> = {
  zh: { perMinute: 240, unit: '字', label: '每分钟 240 字' },
  en: { perMinute: 140, unit: 'words', label: '140 words a minute' },
}

const HAN = /\p{Script=Han}/gu
const DIGIT = /\d/g
const LATIN_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g
const WORD = /[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*/gu

/**
 * How many units a text takes to say. Chinese: each Han character and each
 * digit is a syllable (2023 年 is 二〇二三年), each word in Latin letters one
 * (OpenAI). English: each word, a number with its commas and decimal point
 * one (1,500; 86.2), a hyphenated word one (non-profit). Markup and
 * punctuation take no time.
 */
export function spokenUnits(text: string, lang: DeckLang): number {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0
  return lang === 'zh' ? count(HAN) + count(DIGIT) + count(LATIN_WORD) : count(WORD)
}

/** Seconds a text takes to say at the edition's rate, to the nearest second. */
export function spokenSeconds(text: string, lang: DeckLang): number {
  return Math.round(spokenUnits(text, lang) / SPEAKING_RATES[lang].perMinute * 60)
}

/** How far over its cue a slide's notes may run before the lint names it: a quarter. */
export const NOTES_OVERRUN = 1.25

/** The most a slide's presenter-only aside may hold: what 30 seconds of speech would. */
export const ASIDE_SECONDS = 30

/** Whether notes that take `estimate` seconds overrun a cue of `cue` seconds by more than a quarter. */
export function notesOverrun(estimate: number, cue: number): boolean {
  return estimate > cue * NOTES_OVERRUN
}

/**
 * A slide's notes, split into what the presenter says and what is for their
 * eyes only: in the notes, a line that begins with `>` (a Markdown quote
 * block) is an aside, shown in the presenter view but not spoken. The timing
 * cue is neither.
 */
export function splitNotes(lines: readonly string[]): { spoken: string[], aside: string[] } {
  const spoken: string[] = []
  const aside: string[] = []
  for (const line of lines) {
    const text = line.trim()
    if (/^(?:计时：|Timing:)/.test(text))
      continue
    if (text.startsWith('>'))
      aside.push(text.replace(/^>\s?/, ''))
    else spoken.push(line)
  }
  return { spoken, aside }
}
