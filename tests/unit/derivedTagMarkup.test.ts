import type { Component } from 'vue'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { compile, createSSRApp, defineComponent, h } from 'vue'
import { parse } from 'vue/compiler-sfc'
import { renderToString } from 'vue/server-renderer'
import { describe, expect, it } from 'vitest'
import { dataPoints } from '../../components/charts/chartConfig'
import { validateChartSpec } from '../../components/charts/chartSpec'
import { DECK_WORDS } from '../../components/deck/deckWords'
import { DERIVED_TAG } from '../../components/text/derivedTag'

/**
 * The 推算 tag beside a value the deck computed, in the markup the chart's
 * legend and a figure card write: each component's own template, compiled
 * and rendered on the server with the data its script would give it (the
 * script's Slidev context stands aside), so a template that drops the tag
 * fails here, not only in a browser.
 */
const COMPONENTS = resolve(import.meta.dirname, '../../components')

/** A component made of an SFC's template, given what its script would bind; the deck's global components as plain stand-ins. */
function fromTemplate(file: string, bindings: Record<string, unknown>, props: string[] = []): Component {
  const template = parse(readFileSync(resolve(COMPONENTS, file), 'utf8')).descriptor.template!.content
  return defineComponent({ props, setup: () => bindings, render: compile(template) as never })
}

async function render(component: Component, props: Record<string, unknown> = {}): Promise<string> {
  const app = createSSRApp({ render: () => h(component, props) })
  app.component('PhraseText', { props: ['text'], render(this: { text: string }) { return this.text } })
  app.component('ProblemBox', { props: ['heading', 'messages'], render(this: { messages: string[] }) { return h('div', { class: 'problem' }, this.messages) } })
  return renderToString(app)
}

/** The text of each element with `class` in the markup, tags removed. */
function textsOf(html: string, tag: string, className: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag} class="${className}"[^>]*>([^]*?)</${tag}>`, 'g'))].map(match => match[1].replace(/<!--[^]*?-->|<[^>]+>/g, ''))
}

describe('the 推算 tag beside a derived value', () => {
  it('is the deck\'s word for it', () => {
    expect(DERIVED_TAG).toBe('推算')
  })

  it('follows each derived value in a chart\'s legend, and no other', async () => {
    const result = validateChartSpec({ kind: 'bar', caption: '一季度投资事件数', labels: ['2022 年一季度', '2023 年一季度'], series: { name: '投资事件数', measure: 'count', unit: '起', source: 'IT 桔子', values: [1636, 1026], derived: [{ label: '2022 年一季度', how: '1026 ÷ (1 − 37.3%)' }] } })
    if (!result.ok)
      throw new Error(JSON.stringify(result.problems))
    const spec = result.spec
    const ChartFigure = fromTemplate('charts/ChartFigure.vue', {
      errorMessage: '',
      spec,
      points: dataPoints(spec, 'zh'),
      swatches: [{}, {}],
      deckWords: DECK_WORDS.zh,
      drawn: false,
      palette: {},
      isPrintMode: true,
      reducedMotion: false,
      description: '',
      failure: '',
      ChartCanvas: { render: () => h('canvas') },
    })
    const html = await render(ChartFigure)
    expect(textsOf(html, 'strong', 'chart-value')).toEqual(['1636 起推算', '1026 起'])
    expect(textsOf(html, 'span', 'derived-tag')).toEqual(['推算'])
    expect(textsOf(html, 'p', 'chart-note').map(text => text.trim())).toEqual(['推算：2022 年一季度 = 1026 ÷ (1 − 37.3%)'])
  })

  it('follows a figure card\'s derived number, after its unit; a number the article states has none', async () => {
    const FigureCard = fromTemplate('figures/FigureCard.vue', { deckWords: DECK_WORDS.zh }, ['value', 'unit', 'label', 'source', 'derived'])
    const derived = await render(FigureCard, { value: '6.62', unit: '万人', label: '博士', source: '施一公', derived: '86.2 万 × 7.7%' })
    expect(textsOf(derived, 'p', 'figure-value')).toEqual(['6.62万人推算'])
    expect(textsOf(derived, 'span', 'derived-tag')).toEqual(['推算'])
    const stated = await render(FigureCard, { value: '86.2', unit: '万人', label: '毕业研究生', source: '施一公' })
    expect(textsOf(stated, 'p', 'figure-value')).toEqual(['86.2万人'])
    expect(stated).not.toContain('derived-tag')
  })
})
