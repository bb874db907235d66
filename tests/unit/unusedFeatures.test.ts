import { describe, expect, it } from 'vitest'
import { standInFor, standInsFor } from '../../scripts/build/rewrites/unusedFeatures'

const CLIENT = '/p/node_modules/@slidev/client'

describe('standInsFor', () => {
  it('replaces every optional feature of a deck that uses none', () => {
    const stands = standInsFor(['# 标题\n\n正文'])
    expect(standInFor(stands, '../modules/v-mark', `${CLIENT}/setup/main.ts`)).toBeGreaterThanOrEqual(0)
    expect(standInFor(stands, '../modules/v-motion', `${CLIENT}/setup/main.ts`)).toBeGreaterThanOrEqual(0)
    expect(standInFor(stands, '@shikijs/vitepress-twoslash/client')).toBeGreaterThanOrEqual(0)
    expect(standInFor(stands, '@shikijs/magic-move/style.css')).toBeGreaterThanOrEqual(0)
  })

  it('keeps a feature used in the slides or in a component', () => {
    const stands = standInsFor(['# 标题\n\n<span v-mark.underline="1">重点</span>', '<template><div v-motion :initial="{ x: -80 }" /></template>'])
    expect(standInFor(stands, '../modules/v-mark', `${CLIENT}/setup/main.ts`)).toBe(-1)
    expect(standInFor(stands, '../modules/v-motion', `${CLIENT}/setup/main.ts`)).toBe(-1)
    expect(standInFor(stands, '@shikijs/magic-move/style.css')).toBeGreaterThanOrEqual(0)
  })

  it('leaves KaTeX\'s styles out for prices in US$, and keeps them for math', () => {
    const katex = '/p/node_modules/katex/dist/katex.min.css'
    expect(standInFor(standInsFor(['Under US$100 million; US$100 million to under US$500 million']), katex)).toBeGreaterThanOrEqual(0)
    expect(standInFor(standInsFor(['Energy: $E = mc^2$ in one line']), katex)).toBe(-1)
    expect(standInFor(standInsFor(['$$\n\\int_0^1 x\\,dx\n$$']), katex)).toBe(-1)
  })

  it('leaves other modules alone', () => {
    const stands = standInsFor([''])
    expect(standInFor(stands, '../modules/v-click', `${CLIENT}/setup/main.ts`)).toBe(-1)
    expect(standInFor(stands, 'vue')).toBe(-1)
  })
})
