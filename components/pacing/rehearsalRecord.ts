import type { TalkPlan } from './talkPlan.ts'
import { z } from 'zod'

/**
 * What a rehearsal leaves behind: for every slide, the planned and the actual
 * time spent on it (returns to a slide included). The dev server writes only
 * records that pass this schema; `npm run rehearsal` reads them with it.
 */

/** Where the presenter view posts a finished rehearsal, and the largest record a server takes. */
export { MAX_RECORD_BYTES, REHEARSAL_ENDPOINT } from './rehearsalEndpointPath.ts'
const MAX_SLIDES = 500
const MAX_TEXT = 300

const slideRecord = z.strictObject({
  no: z.int().min(1).max(MAX_SLIDES),
  title: z.string().max(MAX_TEXT),
  section: z.string().max(MAX_TEXT),
  plannedSeconds: z.int().min(1).max(24 * 3600),
  actualSeconds: z.number().min(0).max(24 * 3600),
  visits: z.int().min(0).max(100_000),
})

export const rehearsalRecordSchema = z.strictObject({
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
  slides: z.array(slideRecord).min(1).max(MAX_SLIDES),
}).superRefine((record, ctx) => {
  record.slides.forEach((slide, index) => {
    if (slide.no !== index + 1)
      ctx.addIssue({ code: 'custom', path: ['slides', index, 'no'], message: `应为 ${index + 1}（按页序排列），实际为 ${slide.no}` })
  })
  if (Date.parse(record.endedAt) < Date.parse(record.startedAt))
    ctx.addIssue({ code: 'custom', path: ['endedAt'], message: '结束时间早于开始时间' })
})

export type RehearsalRecord = z.infer<typeof rehearsalRecordSchema>
export type SlideRecord = RehearsalRecord['slides'][number]

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key), '') || '（整条记录）'
}

/** The record, or every field at fault, one `field: message` each. */
export function validateRehearsalRecord(input: unknown): { ok: true, record: RehearsalRecord } | { ok: false, problems: string[] } {
  const result = rehearsalRecordSchema.safeParse(input)
  if (result.success)
    return { ok: true, record: result.data }
  return { ok: false, problems: result.error.issues.map(issue => `${fieldPath(issue.path)}: ${issue.message}`) }
}

/** Where a record disagrees with the talk plan the server reads from the deck. */
export function planMismatches(record: RehearsalRecord, plan: TalkPlan): string[] {
  if (record.slides.length !== plan.slides.length)
    return [`slides: 记录有 ${record.slides.length} 页，演示稿有 ${plan.slides.length} 页`]
  return record.slides.flatMap((slide, index) => {
    const planned = plan.slides[index]
    const problems: string[] = []
    if (slide.title !== planned.title)
      problems.push(`slides[${index}].title: 应为「${planned.title}」`)
    if (slide.section !== planned.section)
      problems.push(`slides[${index}].section: 应为「${planned.section}」`)
    if (slide.plannedSeconds !== planned.plannedSeconds)
      problems.push(`slides[${index}].plannedSeconds: 应为 ${planned.plannedSeconds}`)
    return problems
  })
}

/** `2026-11-28T14:33:52.123Z` → `2026-11-28T14-33-52-123Z.json`: sorts by time, safe in any file system. */
export function rehearsalFileName(date: Date): string {
  return `${date.toISOString().replace(/[:.]/g, '-')}.json`
}

/** The page's own host names that mean this machine: a deck served by `npm run dev` or `npm start`. */
const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Where a finished rehearsal goes: to the server's endpoint (REHEARSAL_ENDPOINT,
 * which writes rehearsals/) from the dev server or from a deck served on this
 * machine (`npm start`); from a deck on any other host, straight to a
 * download, so no record is sent to a host that has no such endpoint.
 */
export function rehearsalDestination(devServer: boolean, hostname: string): 'endpoint' | 'download' {
  return devServer || LOOPBACK_HOSTNAMES.has(hostname) ? 'endpoint' : 'download'
}
