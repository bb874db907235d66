import { z } from 'zod'
import zhCN from 'zod/v4/locales/zh-CN.js'
import { fieldPath } from '../charts/chartSpec'

/**
 * The `figures:` block of a slide with `layout: figures`: the article's
 * headline numbers, one card each. A figure the deck computed, rather than
 * read in the article, says how in `derived:`.
 */

/** How many figure cards fit side by side on the canvas. */
export const MAX_FIGURES = 3

const text = z.string().trim().min(1, { error: '不能为空' })

const figure = z.object({
  value: z.union([text, z.number()], { error: '应为数字或文字' }).transform(String),
  unit: text.optional(),
  label: text,
  source: text,
  derived: text.optional(),
})

export const figuresSchema = z.array(figure, { error: '应为列表，每项写 value、label、source' })
  .min(1, { error: '至少需要一个数字' })
  .max(MAX_FIGURES, { error: `最多 ${MAX_FIGURES} 个数字，一页放不下更多` })

export type Figure = z.infer<typeof figure>

export interface FigureProblem {
  /** Where in the frontmatter, e.g. `figures[0].source`. */
  field: string
  message: string
}

export type FiguresResult =
  | { ok: true, figures: Figure[] }
  | { ok: false, problems: FigureProblem[] }

export function validateFigures(input: unknown): FiguresResult {
  if (input === undefined || input === null)
    return { ok: false, problems: [{ field: 'figures', message: '缺少 figures 数据块' }] }
  const result = figuresSchema.safeParse(input, { error: zhCN().localeError })
  if (result.success)
    return { ok: true, figures: result.data }
  return {
    ok: false,
    problems: result.error.issues.map(issue => ({
      field: fieldPath(issue.path, 'figures'),
      message: issue.message,
    })),
  }
}
