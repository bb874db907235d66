import type { DeckLang } from '../deck/languages'
import { z } from 'zod'
import { fieldPath, specMessage, ZOD_ERRORS } from '../charts/chartSpec'
import { SPEC_WORDS } from '../charts/specWords'

/**
 * The `figures:` block of a slide with `layout: figures`: the article's
 * headline numbers, one card each. A figure the deck computed, rather than
 * read in the article, says how in `derived:`.
 */

/** How many figure cards fit side by side on the canvas. */
export const MAX_FIGURES = 3

// Keys of SpecWords, said in the edition's words by specMessage().
const text = z.string().trim().min(1, { error: 'empty' })

const figure = z.object({
  value: z.union([text, z.number()], { error: 'valueType' }).transform(String),
  unit: text.optional(),
  label: text,
  source: text,
  derived: text.optional(),
})

export const figuresSchema = z.array(figure, { error: 'figuresList' })
  .min(1, { error: 'oneFigure' })
  .max(MAX_FIGURES, { error: 'maxFigures' })

export type Figure = z.infer<typeof figure>

export interface FigureProblem {
  /** Where in the frontmatter, e.g. `figures[0].source`. */
  field: string
  message: string
}

export type FiguresResult =
  | { ok: true, figures: Figure[] }
  | { ok: false, problems: FigureProblem[] }

export function validateFigures(input: unknown, lang: DeckLang = 'zh'): FiguresResult {
  if (input === undefined || input === null)
    return { ok: false, problems: [{ field: 'figures', message: SPEC_WORDS[lang].noFigures }] }
  const result = figuresSchema.safeParse(input, ZOD_ERRORS[lang])
  if (result.success)
    return { ok: true, figures: result.data }
  return {
    ok: false,
    problems: result.error.issues.map(issue => ({
      field: fieldPath(issue.path, 'figures'),
      message: specMessage(issue, lang),
    })),
  }
}
