import { defineTransformersSetup } from '@slidev/types'
import { timeStep } from '../scripts/build/timings.ts'
import { problemsBox } from '../scripts/lint/index'

/** Each slide shows what `npm run lint` finds in it, in a box on the slide, at every build and on every save. */
export default defineTransformersSetup(() => ({
  pre: [
    (ctx) => {
      const box = timeStep('lint on transform (the error box)', () => problemsBox(ctx.slide.source.filepath, ctx.slide.source.index))
      if (box)
        ctx.s.append(box)
    },
  ],
}))
